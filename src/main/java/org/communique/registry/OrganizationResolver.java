package org.communique.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the organizations behind the ORGANIZATION entities of all articles: names are one organization
 * when their keys ({@link PhraseForm#organization}: "DPRK Foreign Ministry" = "Foreign Ministry of the
 * Democratic People's Republic of Korea") and countries are equal, or when a record gives one as an
 * alias of the other (an alias that records give to two different names of one country, such as
 * "Central Committee", links none); a name without country joins the one country that has it.
 * Organizations of different countries are never one; the largest of those that share a key gets
 * the plain id.
 */
final class OrganizationResolver {
    /** One organization: its id, canonical name (the most frequent form), country, and its entities. */
    record Organization(String id, String name, String country, List<EntityRow> rows) {
        Organization {
            rows = List.copyOf(rows);
        }
    }

    private OrganizationResolver() {}

    static List<Organization> resolve(List<EntityRow> rows, PhraseForm form) {
        UnionFind sets = new UnionFind();
        Map<String, String> nodeOf = new LinkedHashMap<>();
        Map<String, Set<String>> countriesOfKey = new HashMap<>();
        // an alias links two names only when no other name of its country has it ("Central Committee" is many's)
        Map<String, Set<String>> namesOfAlias = new HashMap<>();
        for (EntityRow r : rows) {
            for (String alias : r.aliases()) {
                namesOfAlias.computeIfAbsent(node(r.country(), form.organization(alias)), k -> new HashSet<>())
                        .add(form.organization(r.name()));
            }
        }
        for (EntityRow r : rows) {
            String key = form.organization(r.name());
            String n = node(r.country(), key);
            sets.find(n);
            nodeOf.put(r.key(), n);
            for (String alias : r.aliases()) {
                String a = node(r.country(), form.organization(alias));
                if (namesOfAlias.get(a).size() == 1) sets.union(n, a);
            }
            if (r.country() != null) countriesOfKey.computeIfAbsent(key, k -> new HashSet<>()).add(r.country());
        }
        for (EntityRow r : rows) {
            String key = form.organization(r.name());
            Set<String> countries = countriesOfKey.getOrDefault(key, Set.of());
            if (r.country() == null && countries.size() == 1) {
                sets.union(nodeOf.get(r.key()), node(countries.iterator().next(), key));
            }
        }
        Map<String, List<EntityRow>> byRoot = new LinkedHashMap<>();
        for (EntityRow r : rows) byRoot.computeIfAbsent(sets.find(nodeOf.get(r.key())), k -> new ArrayList<>()).add(r);

        record Named(String name, String key, String country, List<EntityRow> rows) {}
        List<Named> named = new ArrayList<>();
        for (List<EntityRow> g : byRoot.values()) {
            String name = Groups.mostFrequent(g.stream().map(EntityRow::name).toList());
            named.add(new Named(name, form.organization(name), Groups.mostFrequent(g.stream().map(EntityRow::country).toList()), g));
        }
        named.sort(Comparator.comparing((Named n) -> NameKey.slug(n.key())).thenComparing(n -> -n.rows().size())
                .thenComparing(n -> n.rows().get(0).key()));
        Set<String> ids = new HashSet<>();
        List<Organization> out = new ArrayList<>();
        for (Named n : named) {
            String country = n.country() == null ? null : n.country().toLowerCase(Locale.ROOT);
            boolean inKey = country == null || n.key().contains("#" + country); // "foreign ministry of #prk"
            String id = NameKey.slug(n.key()) + (inKey ? "" : "-" + country);
            out.add(new Organization(Groups.unique(id, ids), n.name(), n.country(), n.rows()));
        }
        return out;
    }

    private static String node(String country, String key) {
        return (country == null ? "" : country) + "|" + key;
    }
}
