package org.communique.report;

/**
 * One participant of an event, with what the entities and persons tables add to the argument.
 *
 * @param name the name as the article gives it
 * @param subtype COUNTRY, CITY, ... for a LOCATION, else null
 * @param personId the person across articles, for a PERSON the registry resolved, else null
 */
public record Participant(String role, String entityKey, String name, String entityType, String subtype,
                          String country, String personId) {

    /**
     * The node of the who-met-whom network this participant is: {@code person:<person_id>} for a person,
     * {@code state:<ISO code>} for a country; null for anything else (organisations, cities). A person is
     * never merged into their state.
     */
    public String nodeId() {
        if (personId != null) return "person:" + personId;
        if ("LOCATION".equals(entityType) && "COUNTRY".equals(subtype) && country != null) return "state:" + country;
        return null;
    }
}
