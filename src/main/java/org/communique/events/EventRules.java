package org.communique.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communique.api.EventType;

/**
 * The event grammar: the rules and the CAMEO/PLOVER codes of each type, loaded from
 * {@code models/rules/events.json} on the classpath. Rule ids are unique; they appear in the output.
 */
public final class EventRules {
    /**
     * Codes and conventions of an event type: {@code split_agents} makes one event per sender when a
     * list of them shares the other participants ("greetings came from A, B and C" are three messages);
     * {@code inherit_counterpart} lets an event without a recipient take the one of the same kind just
     * before ("Kim Jong Un received messages ... Congratulations came from A"); {@code split_places} makes
     * one visit per place toured ("visited the Tower of the Juche Idea and Kim Il Sung Square");
     * {@code each_sentence_its_own} keeps events of different sentences apart (each placing in a
     * championship is an award of its own).
     */
    record Codes(@JsonProperty("cameo") String cameo, @JsonProperty("plover") String plover,
                 @JsonProperty("split_agents") boolean splitAgents,
                 @JsonProperty("inherit_counterpart") boolean inheritCounterpart,
                 @JsonProperty("split_places") boolean splitPlaces,
                 @JsonProperty("each_sentence_its_own") boolean eachSentenceItsOwn) {}

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties({"_doc"})
    private record File(@JsonProperty("types") Map<EventType, Codes> types,
                        @JsonProperty("modality") Map<String, List<String>> modality,
                        @JsonProperty("derived") Map<String, Object> derived,
                        @JsonProperty("rules") List<EventRule> rules) {}

    /** The rule of issued statements, whose author speaks for what the statement condemns. */
    static final String STATEMENT_ISSUE = "statement.issue";

    final Map<EventType, Codes> codes;
    final List<EventRule> rules;
    final Map<String, List<String>> modalityCues;
    private final Map<String, Double> derived = new java.util.HashMap<>();

    private EventRules(File f) {
        this.codes = Map.copyOf(f.types());
        this.rules = List.copyOf(f.rules());
        this.modalityCues = Map.copyOf(f.modality());
        if (f.derived() != null) {
            f.derived().forEach((k, v) -> {
                if (v instanceof Number n) derived.put(k, n.doubleValue());
            });
        }
        Set<String> ids = new HashSet<>();
        for (EventRule r : rules) {
            if (!ids.add(r.id())) throw new IllegalStateException("duplicate event rule id: " + r.id());
        }
        for (EventType t : EventType.values()) {
            if (!codes.containsKey(t)) throw new IllegalStateException("no codes for event type " + t);
        }
        // conventions in code name these rules: a rename in the file must not switch them off silently
        for (String id : List.of(STATEMENT_ISSUE)) {
            if (!ids.contains(id)) throw new IllegalStateException("events.json lacks rule " + id + ", which code uses");
        }
    }

    /** Loads the rules of the models on the classpath. */
    public static EventRules load() {
        String path = "/models/rules/events.json";
        try (InputStream in = EventRules.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing " + path + " on the classpath");
            return new EventRules(new ObjectMapper().readValue(in, File.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** CAMEO code of a type, or null. */
    public String cameo(EventType t) { return codes.get(t).cameo(); }

    Codes of(EventType t) { return codes.get(t); }

    /** Confidence of an event that code derives from others (the "derived" section), by rule id. */
    double derived(String ruleId) {
        Double c = derived.get(ruleId);
        if (c == null) throw new IllegalStateException("no confidence for derived rule " + ruleId + " in events.json");
        return c;
    }

    /** PLOVER category of a type, or null. */
    public String plover(EventType t) { return codes.get(t).plover(); }
}
