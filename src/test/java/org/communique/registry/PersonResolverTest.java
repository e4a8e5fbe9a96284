package org.communique.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of who is one person, each on the smallest registry that shows it (names of the corpus). */
class PersonResolverTest {
    private final List<EntityRow> rows = new ArrayList<>();

    private void person(String article, String name, String country, String... aliases) {
        rows.add(new EntityRow(article + "/e" + rows.size(), article, article, name, List.of(aliases), List.of(), country,
                LocalDate.of(2024, 10, 1)));
    }

    /** entity key -> person id */
    private Map<String, String> resolve() {
        Map<String, String> out = new HashMap<>();
        for (PersonResolver.Person p : PersonResolver.resolve(rows)) p.rows().forEach(r -> out.put(r.key(), p.id()));
        return out;
    }

    private String idOf(Map<String, String> ids, int row) {
        return ids.get(rows.get(row).key());
    }

    @Test
    void differentCountriesAreNeverOne() {
        person("a", "Kim Song", "PRK");
        person("b", "Kim Song", "KOR");
        person("c", "Kim Song", null); // two countries have the name: it joins neither
        Map<String, String> ids = resolve();
        assertEquals(3, new HashSet<>(ids.values()).size());
    }

    @Test
    void aNameWithoutCountryJoinsTheOneCountryThatHasIt() {
        person("a", "Choe Son Hui", "PRK");
        person("b", "Choe Son-hui", null);
        Map<String, String> ids = resolve();
        assertEquals("choe-son-hui-prk", idOf(ids, 1));
    }

    @Test
    void aSurnameJoinsTheOnlyFullNameOfItsArticle() {
        person("a", "Choe Son Hui", "PRK");
        person("a", "Choe", "PRK");
        person("b", "Choe Ryong Hae", "PRK");
        person("b", "Choe Son Hui", "PRK");
        person("b", "Choe", "PRK"); // two Choes in its article: a person of its own
        Map<String, String> ids = resolve();
        assertEquals("choe-son-hui-prk", idOf(ids, 1));
        assertEquals("choe-prk", idOf(ids, 4));
    }

    @Test
    void aSurnameAloneInItsArticleJoinsTheOnlyCandidateOfItsCountry() {
        person("a", "Yoon Suk Yeol", "KOR", "Yoon");
        person("b", "Yoon", "KOR");
        person("c", "Yoon", "PRK"); // no PRK Yoon in full anywhere
        Map<String, String> ids = resolve();
        assertEquals("yoon-suk-yeol-kor", idOf(ids, 1));
        assertNotEquals("yoon-suk-yeol-kor", idOf(ids, 2));
    }

    @Test
    void aliasesLinkFullNamesUnlessTwoNamesShareThem() {
        person("a", "Vladimir Vladimirovich Putin", "RUS", "Vladimir Putin");
        person("b", "Vladimir Putin", "RUS");
        person("c", "Kim Il Sung", "PRK", "President Kim");
        person("d", "Kim Jong Il", "PRK", "President Kim");
        Map<String, String> ids = resolve();
        assertEquals(idOf(ids, 0), idOf(ids, 1));
        assertNotEquals(idOf(ids, 2), idOf(ids, 3));
    }
}
