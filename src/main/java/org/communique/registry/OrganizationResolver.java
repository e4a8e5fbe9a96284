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
 * alias of the other; a name without country joins the one country that has it. Organizations of
 * different countries are never one.
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
        for (EntityRow r : rows) {
            String key = form.organization(r.name());
            String n = node(r.country(), key);
            sets.find(n);
            nodeOf.put(r.key(), n);
            for (String alias : r.aliases()) sets.union(n, node(r.country(), form.organization(alias)));
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
        named.sort(Comparator.comparing(Named::key).thenComparing(n -> n.rows().get(0).key()));
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
