package org.communique;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communique.api.Entity;
import org.communique.api.EntityType;
import org.communique.api.Event;
import org.communique.api.EventType;
import org.communique.api.ExtractionResult;
import org.communique.read.PageParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article of the project: the KCNA Watch page of the DPRK–Russia IT agreement (samples/). */
class SeedArticleTest {
    private static ExtractionResult r;
    private static Map<String, Entity> byName;
    private static Map<String, Entity> byId;

    @BeforeAll
    static void extract() throws Exception {
        String page = Files.readString(Path.of("samples/seed-000.txt"), StandardCharsets.UTF_8);
        PageParser.Page p = new PageParser().parse("seed-000", page);
        r = Shared.extractor().extract(p.article(), p.related(), p.warnings());
        byName = r.entities().stream().filter(e -> e.type() != EntityType.DATE)
                .collect(Collectors.toMap(Entity::name, Function.identity(), (a, b) -> a));
        byId = r.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    @Test
    void metadataComesFromThePageNotTheCrawlLine() {
        assertEquals("2024-11-01", r.published());
        assertEquals("Pyongyang Times", r.source());
        assertEquals("Agreement on cooperation signed between ministries of DPRK and Russia", r.title());
        assertEquals(13, r.related().size(), "the teasers under 'More From' are listed as related");
        assertEquals("2026-02-03", r.related().get(0).date());
    }

    @Test
    void personsWithTheirTitles() {
        assertEquals(Set.of("Vice-Minister of IT Industry"), Set.copyOf(person("Jang Yong Gil").titles()));
        assertEquals(Set.of("vice-minister of Digital Development, Post and Telecommunications and Public Information"),
                Set.copyOf(person("Andrei Zarenin").titles()));
        assertEquals(Set.of("Russian ambassador to the DPRK"), Set.copyOf(person("Alexandr Matsegora").titles()));
        assertEquals(Set.of("Minister of IT Industry"), Set.copyOf(person("Ju Yong Il").titles()));
        assertEquals("RUS", person("Alexandr Matsegora").country());
        assertEquals("PRK", person("Jang Yong Gil").country());
    }

    @Test
    void bothMinistriesAndThePlaces() {
        assertEquals(EntityType.ORGANIZATION, byName.get("DPRK Ministry of IT Industry").type());
        assertEquals(EntityType.ORGANIZATION, byName.get(
                "Russian Ministry of Digital Development, Post and Telecommunications and Public Information").type());
        assertEquals("PRK", byName.get("DPRK").country());
        assertEquals("RUS", byName.get("Russia").country(), "the headline names Russia");
        assertNotNull(byName.get("Pyongyang"));
    }

    @Test
    void agreementSignedWithBothSignersAndBothMinistries() {
        Event e = only(EventType.AGREEMENT_SIGNED);
        assertEquals("2024-10-30", e.date());
        assertEquals("Pyongyang", byId.get(e.location()).name());
        Set<String> who = participants(e);
        assertTrue(who.containsAll(Set.of("Jang Yong Gil", "Andrei Zarenin", "DPRK Ministry of IT Industry",
                "Russian Ministry of Digital Development, Post and Telecommunications and Public Information")), who::toString);
        assertEquals("agreement.sign", e.rule());
        assertTrue(e.evidence().sentence().contains("signed"));
    }

    @Test
    void meetingOnTheSameDay() {
        Event m = r.events().stream().filter(e -> e.type() == EventType.MEETING)
                .filter(e -> participants(e).contains("Ju Yong Il")).findFirst().orElseThrow();
        assertEquals("2024-10-30", m.date(), "'on the same day' is the day of the signing");
        assertTrue(participants(m).contains("Andrei Zarenin"));
    }

    @Test
    void nothingFromTheTeasers() {
        for (Entity e : r.entities()) {
            assertFalse(e.name().contains("Zelensky") || e.name().contains("Putin") || e.name().contains("Hwanghae"),
                    () -> "teaser entity leaked: " + e.name());
        }
    }

    @Test
    void offsetsPointIntoTheArticleAsRead() throws Exception {
        String page = Files.readString(Path.of("samples/seed-000.txt"), StandardCharsets.UTF_8);
        String body = new PageParser().parse("seed-000", page).article().text();
        for (Entity e : r.entities()) {
            for (var m : e.mentions()) {
                String src = m.section() == null ? body : r.title();
                assertEquals(m.text(), src.substring(m.start(), m.end()).replaceAll("\\s+", " "), e::name);
            }
        }
        for (Event e : r.events()) {
            assertEquals(e.trigger().text(), body.substring(e.trigger().start(), e.trigger().end()));
        }
    }

    private static Entity person(String name) {
        Entity e = byName.get(name);
        assertNotNull(e, () -> "no person " + name + " in " + byName.keySet());
        assertEquals(EntityType.PERSON, e.type());
        return e;
    }

    private static Event only(EventType t) {
        var list = r.events().stream().filter(e -> e.type() == t).toList();
        assertEquals(1, list.size(), () -> "one " + t + " expected: " + list);
        return list.get(0);
    }

    private static Set<String> participants(Event e) {
        return e.arguments().stream().map(a -> byId.get(a.entity()).name()).collect(Collectors.toSet());
    }
}
