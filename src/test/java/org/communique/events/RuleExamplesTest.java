package org.communique.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.communique.Shared;
import org.communique.api.Article;
import org.communique.api.Argument;
import org.communique.api.Entity;
import org.communique.api.Event;
import org.communique.api.ExtractionResult;
import org.communique.api.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the event grammar carries example sentences with the participants and roles they must
 * give; this runs each through the whole extractor. A rule changed so that its own example no longer
 * works fails here, under the rule's id.
 */
class RuleExamplesTest {
    private static final EventRules RULES = EventRules.load();

    static Stream<Arguments> examples() {
        return RULES.rules.stream().flatMap(r -> r.examples().stream().map(e -> Arguments.of(r.id(), r, e)));
    }

    @Test
    void everyRuleThatMakesEventsHasAnExample() {
        for (EventRule r : RULES.rules) {
            assertFalse(r.examples().isEmpty(), "rule " + r.id() + " has no example");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleGivesItsEventAndRoles(String id, EventRule rule, EventRule.Example example) throws Exception {
        ExtractionResult r = Shared.extractor().extract(new Article("example", null, example.text(),
                LocalDate.of(2024, 10, 31), "test", null));
        Map<String, Entity> byId = new java.util.HashMap<>();
        r.entities().forEach(e -> byId.put(e.id(), e));
        List<Event> candidates = r.events().stream()
                .filter(ev -> rule.type() == null || ev.type() == rule.type())
                .filter(ev -> ev.rule().equals(id) || ev.arguments().stream().anyMatch(a -> id.equals(a.rule())))
                .toList();
        assertFalse(candidates.isEmpty(), () -> "rule " + id + " made no event of its type from: " + example.text()
                + "\nevents: " + r.events());
        boolean ok = candidates.stream().anyMatch(ev -> example.roles().entrySet().stream()
                .allMatch(want -> has(ev, byId, want.getKey(), want.getValue())));
        assertTrue(ok, () -> "rule " + id + " gave no event with " + example.roles() + " from: " + example.text()
                + "\nevents: " + candidates + "\nentities: " + r.entities().stream().map(Entity::name).toList());
    }

    private static boolean has(Event ev, Map<String, Entity> byId, String name, Role role) {
        for (Argument a : ev.arguments()) {
            Entity e = byId.get(a.entity());
            if (e != null && a.role() == role && (e.name().equals(name) || e.aliases().contains(name))) return true;
        }
        return false;
    }
}
