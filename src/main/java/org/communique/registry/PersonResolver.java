package org.communique.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the persons behind the PERSON entities of all articles. Full names (two words or more) are one
 * person when their {@link NameKey}s and countries are equal, or when a record gives one as an alias of
 * the other (an alias given to two different names of one country links none); a full name without
 * country joins the one country that has it. A one-word name ("Choe")
 * joins a person only when its own article has exactly one full-name person with that word as first
 * or last name, or else when the whole registry has exactly one such person of its country; otherwise
 * it stays a person of its own. Two persons of different countries are never one.
 */
final class PersonResolver {
    /** One person: its id, canonical name (the most frequent full form), country, and its entities. */
    record Person(String id, String name, String country, List<EntityRow> rows) {
        Person {
            rows = List.copyOf(rows);
        }
    }

    private final UnionFind sets = new UnionFind();
    private final Map<String, String> countryOfNode = new HashMap<>();

    static List<Person> resolve(List<EntityRow> rows) {
        return new PersonResolver().persons(rows);
    }

    private List<Person> persons(List<EntityRow> rows) {
        List<EntityRow> full = new ArrayList<>(), single = new ArrayList<>();
        for (EntityRow r : rows) (NameKey.words(NameKey.of(r.name())).size() >= 2 ? full : single).add(r);
        Map<String, String> nodeOf = new LinkedHashMap<>();
        Map<String, Set<String>> countriesOfKey = new HashMap<>();
        Map<String, Set<String>> namesOfAlias = new HashMap<>();
        for (EntityRow r : full) {
            for (String alias : r.aliases()) {
                namesOfAlias.computeIfAbsent(node(r.country(), NameKey.of(alias)), k -> new HashSet<>()).add(NameKey.of(r.name()));
            }
        }
        for (EntityRow r : full) {
            String n = node(r.country(), NameKey.of(r.name()));
            nodeOf.put(r.key(), n);
            for (String alias : r.aliases()) {
                String k = NameKey.of(alias);
                String a = node(r.country(), k);
                if (NameKey.words(k).size() >= 2 && namesOfAlias.get(a).size() == 1) sets.union(n, a);
            }
            if (r.country() != null) countriesOfKey.computeIfAbsent(NameKey.of(r.name()), k -> new HashSet<>()).add(r.country());
        }
        for (EntityRow r : full) {
            Set<String> countries = countriesOfKey.getOrDefault(NameKey.of(r.name()), Set.of());
            if (r.country() == null && countries.size() == 1) {
                sets.union(nodeOf.get(r.key()), node(countries.iterator().next(), NameKey.of(r.name())));
            }
        }
        Map<String, List<EntityRow>> fullByArticle = Groups.by(full, EntityRow::articleId);
        Map<String, Set<String>> nodesByWord = new HashMap<>();
        for (EntityRow r : full) {
            List<String> w = NameKey.words(NameKey.of(r.name()));
            for (String word : Set.of(w.get(0), w.get(w.size() - 1))) {
                nodesByWord.computeIfAbsent(word, k -> new LinkedHashSet<>()).add(nodeOf.get(r.key()));
            }
        }
        for (EntityRow r : single) nodeOf.put(r.key(), singleName(r, fullByArticle, nodesByWord));

        Map<String, List<EntityRow>> byRoot = new LinkedHashMap<>();
        for (EntityRow r : rows) byRoot.computeIfAbsent(sets.find(nodeOf.get(r.key())), k -> new ArrayList<>()).add(r);
        return named(byRoot.values());
    }

    private String singleName(EntityRow r, Map<String, List<EntityRow>> fullByArticle, Map<String, Set<String>> nodesByWord) {
        String word = NameKey.of(r.name());
        Set<String> inArticle = new HashSet<>();
        for (EntityRow f : fullByArticle.getOrDefault(r.articleId(), List.of())) {
            List<String> w = NameKey.words(NameKey.of(f.name()));
            if ((w.get(0).equals(word) || w.get(w.size() - 1).equals(word)) && compatible(r.country(), f.country())) {
                inArticle.add(sets.find(node(f.country(), NameKey.of(f.name()))));
            }
        }
        if (inArticle.size() == 1) return inArticle.iterator().next();
        Set<String> inRegistry = new HashSet<>();
        for (String n : nodesByWord.getOrDefault(word, Set.of())) {
            if (r.country() == null || Objects.equals(r.country(), countryOfNode.get(n))) inRegistry.add(sets.find(n));
        }
        if (inArticle.isEmpty() && inRegistry.size() == 1) return inRegistry.iterator().next();
        return node(r.country(), word);
    }

    private static boolean compatible(String a, String b) {
        return a == null || b == null || a.equals(b);
    }

    private String node(String country, String key) {
        String n = (country == null ? "" : country) + "|" + key;
        countryOfNode.putIfAbsent(n, country);
        sets.find(n);
        return n;
    }

    private static List<Person> named(Iterable<List<EntityRow>> groups) {
        record Named(String name, String country, List<EntityRow> rows) {}
        List<Named> named = new ArrayList<>();
        for (List<EntityRow> g : groups) {
            List<String> fullForms = g.stream().map(EntityRow::name)
                    .filter(n -> NameKey.words(NameKey.of(n)).size() >= 2).toList();
            String name = Groups.mostFrequent(fullForms.isEmpty() ? g.stream().map(EntityRow::name).toList() : fullForms);
            named.add(new Named(name, Groups.mostFrequent(g.stream().map(EntityRow::country).toList()), g));
        }
        named.sort(Comparator.comparing((Named n) -> NameKey.slug(NameKey.of(n.name()))).thenComparing(n -> -n.rows().size())
                .thenComparing(n -> n.rows().get(0).key()));
        Set<String> ids = new HashSet<>();
        List<Person> out = new ArrayList<>();
        for (Named n : named) {
            String id = NameKey.slug(NameKey.of(n.name())) + (n.country() == null ? "" : "-" + n.country().toLowerCase(Locale.ROOT));
            out.add(new Person(Groups.unique(id, ids), n.name(), n.country(), n.rows()));
        }
        return out;
    }
}
