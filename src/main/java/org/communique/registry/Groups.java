package org.communique.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What persons and organizations share: the figures of a group of entity rows. */
final class Groups {
    private Groups() {}

    /** The most frequent value (ties: the first in natural order), or null when there is none. */
    static String mostFrequent(Collection<String> values) {
        Map<String, Long> counts = values.stream().filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream()
                .min(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    static int distinctTexts(List<EntityRow> rows) {
        Set<String> texts = new HashSet<>();
        rows.forEach(r -> texts.add(r.textId()));
        return texts.size();
    }

    static LocalDate first(List<EntityRow> rows) {
        return rows.stream().map(EntityRow::published).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    static LocalDate last(List<EntityRow> rows) {
        return rows.stream().map(EntityRow::published).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    /** Every name and alias of the rows but {@code canonical}, sorted. */
    static List<String> variants(List<EntityRow> rows, String canonical) {
        Set<String> v = new TreeSet<>();
        for (EntityRow r : rows) {
            v.add(r.name());
            v.addAll(r.aliases());
        }
        v.remove(canonical);
        return List.copyOf(v);
    }

    /** An id made unique among {@code taken}: a suffix -2, -3, ... when needed. */
    static String unique(String id, Set<String> taken) {
        String out = id;
        for (int i = 2; !taken.add(out); i++) out = id + "-" + i;
        return out;
    }

    /** Groups rows by a key, keeping the first-met order of keys. */
    static Map<String, List<EntityRow>> by(List<EntityRow> rows, Function<EntityRow, String> key) {
        Map<String, List<EntityRow>> out = new LinkedHashMap<>();
        for (EntityRow r : rows) out.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r);
        return out;
    }
}
