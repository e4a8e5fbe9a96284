package org.communique.api;

/** The fifteen event types of the annotation guideline. */
public enum EventType {
    AGREEMENT_SIGNED, MEETING, VISIT, MESSAGE, GIFT, TRIBUTE, CREDENTIALS, RECEPTION, STATEMENT,
    CRITICISM, DEMAND, OPENING, AWARD, INSPECTION, WEAPON_TEST
}
