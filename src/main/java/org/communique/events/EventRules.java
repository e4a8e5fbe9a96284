package org.communique.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.semgrex.SemgrexParseException;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communique.api.EventType;
import org.communique.api.Role;

/**
 * The event grammar: the rules, the word lists they share, the modality cues and the CAMEO/PLOVER
 * codes of each type, loaded from {@code models/rules/events.json} on the classpath. Rule ids are
 * unique; they appear in the output.
 */
public final class EventRules {
    /**
     * Codes and conventions of an event type: {@code split_agents} makes one event per sender when a
     * list of them shares the other participants ("greetings came from A, B and C" are three messages);
     * {@code inherit_counterpart} lets an event without a recipient take the one of the same kind just
     * before; {@code definite_refers_back}: "laid the wreath" is the wreath told of before (not so for "stressed
     * the need"); {@code one_per_sentence} merges the events of one sentence ("met and had a talk with");
     * {@code each_sentence_its_own} keeps
     * events of different sentences apart (each placing in a championship is an award of its own).
     */
    record Codes(@JsonProperty("cameo") String cameo, @JsonProperty("plover") String plover,
                 @JsonProperty("split_agents") boolean splitAgents,
                 @JsonProperty("inherit_counterpart") boolean inheritCounterpart,
                 @JsonProperty("each_sentence_its_own") boolean eachSentenceItsOwn,
                 @JsonProperty("one_per_sentence") boolean onePerSentence,
                 @JsonProperty("definite_refers_back") boolean definiteRefersBack) {}

    /** Cue lemmas of one modality: on the trigger or its verb ({@code modifiers}), or governing it. */
    record Cues(Set<String> modifiers, Set<String> governors) {}

    /** The rule of issued statements, whose author speaks for what the statement condemns. */
    static final String STATEMENT_ISSUE = "statement.issue";
    /** The rule of remarks ("X said that ..."), which are no statement when made in talks. */
    static final String STATEMENT_SAID = "statement.said";

    private static final Pattern VARIABLE = Pattern.compile("\\$([A-Z_]+)");
    private static final Pattern FIRST_LEMMA = Pattern.compile("^\\{[^}]*?lemma:(?:/([^/]+)/|([\\w-]+))");

    final Map<EventType, Codes> codes;
    final List<EventRule> rules;
    final Map<String, Cues> modality;
    private final Map<String, Double> derived;
    /** The word lists of {@code vars} as lemma sets, for the conventions in code that read them. */
    private final Map<String, Set<String>> wordLists;
    private final List<RulePrefilter> prefilters;

    private EventRules(JsonNode root) {
        ObjectMapper json = new ObjectMapper();
        Map<EventType, Codes> c = new LinkedHashMap<>();
        root.get("types").fields().forEachRemaining(f ->
                c.put(EventType.valueOf(f.getKey()), json.convertValue(f.getValue(), Codes.class)));
        this.codes = Map.copyOf(c);
        for (EventType t : EventType.values()) {
            if (!codes.containsKey(t)) throw new IllegalStateException("no codes for event type " + t);
        }
        Map<String, String> vars = new HashMap<>();
        root.path("vars").fields().forEachRemaining(f -> vars.put(f.getKey(), f.getValue().asText()));
        Map<String, Set<String>> lists = new HashMap<>();
        vars.forEach((k, v) -> lists.put(k, Set.copyOf(List.of(v.split("\\|")))));
        this.wordLists = Map.copyOf(lists);
        Map<String, Cues> m = new HashMap<>();
        root.path("modality").fields().forEachRemaining(f -> {
            if (!f.getKey().startsWith("_")) m.put(f.getKey(), new Cues(strings(f.getValue().path("modifiers")),
                    strings(f.getValue().path("governors"))));
        });
        this.modality = Map.copyOf(m);
        Map<String, Double> d = new HashMap<>();
        root.path("derived").fields().forEachRemaining(f -> {
            if (f.getValue().isNumber()) d.put(f.getKey(), f.getValue().asDouble());
        });
        this.derived = Map.copyOf(d);
        List<EventRule> list = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<RulePrefilter> filters = new ArrayList<>();
        for (JsonNode r : root.get("rules")) {
            EventRule rule = rule(r, vars);
            filters.add(RulePrefilter.of(expand(r.get("trigger").asText(), vars, rule.id())));
            if (!ids.add(rule.id())) throw new IllegalStateException("duplicate event rule id: " + rule.id());
            list.add(rule);
        }
        this.rules = List.copyOf(list);
        this.prefilters = List.copyOf(filters);
        // conventions in code name these rules: a rename in the file must not switch them off silently
        for (String id : List.of(STATEMENT_ISSUE, STATEMENT_SAID)) {
            if (!ids.contains(id)) throw new IllegalStateException("events.json lacks rule " + id + ", which code uses");
        }
    }

    private static EventRule rule(JsonNode r, Map<String, String> vars) {
        String id = r.path("id").asText(null);
        if (id == null || !r.hasNonNull("trigger")) throw new IllegalArgumentException("an event rule needs an id and a trigger");
        boolean attach = r.path("attach").asBoolean(false);
        EventType type = r.hasNonNull("type") ? EventType.valueOf(r.get("type").asText()) : null;
        if (type == null && !attach) throw new IllegalArgumentException("rule " + id + " needs a type");
        String trigger = expand(r.get("trigger").asText(), vars, id);
        // the trigger node comes first and names its lemmas: what the rule is about, and what the prefilter looks for
        if (!FIRST_LEMMA.matcher(trigger).find()) {
            throw new IllegalArgumentException("rule " + id + ": the trigger must start with a node {lemma:/.../}");
        }
        List<EventRule.ArgumentPath> args = new ArrayList<>();
        for (JsonNode a : r.path("args")) {
            String path = a.get("path").asText();
            args.add(new EventRule.ArgumentPath(path, compile("{}=trigger " + expand(path, vars, id), id),
                    Role.valueOf(a.get("role").asText())));
        }
        Set<Role> needs = EnumSet.noneOf(Role.class);
        r.path("needs").forEach(n -> needs.add(Role.valueOf(n.asText())));
        List<EventRule.Example> examples = new ArrayList<>();
        for (JsonNode e : r.path("examples")) {
            Map<String, Role> roles = new LinkedHashMap<>();
            e.path("roles").fields().forEachRemaining(f -> roles.put(f.getKey(), Role.valueOf(f.getValue().asText())));
            examples.add(new EventRule.Example(e.get("text").asText(), Map.copyOf(roles)));
        }
        return new EventRule(id, type, compile(trigger, id),
                r.hasNonNull("subject") ? Role.valueOf(r.get("subject").asText()) : null, List.copyOf(args),
                r.hasNonNull("object") ? Role.valueOf(r.get("object").asText()) : null, preps(r.path("preps")),
                Set.copyOf(needs), attach, r.path("confidence").asDouble(0.7), r.path("talk").asBoolean(false), r.path("act").asText(null),
                List.copyOf(examples));
    }

    private static String expand(String pattern, Map<String, String> vars, String id) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = vars.get(m.group(1));
            if (v == null) throw new IllegalArgumentException("rule " + id + " uses an unknown word list $" + m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        return m.appendTail(sb).toString();
    }

    private static SemgrexPattern compile(String pattern, String id) {
        try {
            return SemgrexPattern.compile(pattern);
        } catch (SemgrexParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("rule " + id + ": bad Semgrex pattern " + pattern + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Role> preps(JsonNode n) {
        Map<String, Role> m = new LinkedHashMap<>();
        n.fields().forEachRemaining(f -> m.put(f.getKey(), Role.valueOf(f.getValue().asText())));
        return Map.copyOf(m);
    }

    private static Set<String> strings(JsonNode n) {
        Set<String> s = new HashSet<>();
        n.forEach(x -> s.add(x.asText()));
        return Set.copyOf(s);
    }

    /** Loads the rules of the models on the classpath. */
    public static EventRules load() {
        String path = "/models/rules/events.json";
        try (InputStream in = EventRules.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing " + path + " on the classpath");
            return new EventRules(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /**
     * True for a sentence (its tokens, lemmas in lower case) some rule's trigger pattern can match:
     * it holds a word for every node the pattern requires. Only those sentences are worth parsing.
     */
    public Predicate<List<CoreLabel>> mayFire() {
        return sentence -> prefilters.stream().anyMatch(f -> f.mayMatch(sentence));
    }

    /** True when the rule of that id reports a conversation (talks, calls, presentations, messages). */
    boolean isTalk(String ruleId) {
        for (EventRule r : rules) if (r.id().equals(ruleId)) return r.talk();
        return false;
    }

    /** CAMEO code of a type, or null. */
    public String cameo(EventType t) { return codes.get(t).cameo(); }

    /** PLOVER category of a type, or null. */
    public String plover(EventType t) { return codes.get(t).plover(); }

    Codes of(EventType t) { return codes.get(t); }

    /** The cues of a modality ("future", "negated", ...); none where the rule file lists none. */
    Cues cues(String name) {
        Cues c = modality.get(name);
        return c == null ? new Cues(Set.of(), Set.of()) : c;
    }

    /** The lemmas of a word list of {@code vars} ("HOSTILE" -> provocation, scum, ...), which code uses too. */
    Set<String> words(String var) {
        Set<String> w = wordLists.get(var);
        if (w == null) throw new IllegalStateException("no word list " + var + " in events.json");
        return w;
    }

    /** Confidence of an event that code derives from others (the "derived" section), by rule id. */
    double derived(String ruleId) {
        Double c = derived.get(ruleId);
        if (c == null) throw new IllegalStateException("no confidence for derived rule " + ruleId + " in events.json");
        return c;
    }
}
