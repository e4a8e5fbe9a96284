package org.communique.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.communique.doc.Tok;

/**
 * A small pattern over token lemmas, written in the rule files as space-separated items:
 * {@code sign|conclude} (one of these lemmas), {@code a?} (optional), {@code ~} (a gap of up to
 * three tokens). Example: {@code "lay ~ wreath|basket|bouquet|flower"}.
 */
final class TokenPattern {
    private record Item(Set<String> lemmas, boolean optional, boolean gap) {}

    private final List<Item> items;
    private final String source;

    TokenPattern(String source) {
        this.source = source;
        List<Item> list = new ArrayList<>();
        for (String part : source.trim().split("\\s+")) {
            if (part.equals("~")) {
                list.add(new Item(Set.of(), true, true));
                continue;
            }
            boolean opt = part.endsWith("?");
            String p = opt ? part.substring(0, part.length() - 1) : part;
            list.add(new Item(Arrays.stream(p.split("\\|")).map(x -> x.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet()), opt, false));
        }
        if (list.isEmpty() || list.get(0).optional()) {
            throw new IllegalArgumentException("a pattern must start with a required word: " + source);
        }
        this.items = List.copyOf(list);
    }

    /** True when one of these words or lemmas can start a match: a cheap filter before matching. */
    boolean mayStartWithin(Set<String> words) {
        for (String w : items.get(0).lemmas()) {
            if (words.contains(w) || words.contains(w + "s")) return true;
        }
        return false;
    }

    /** End (exclusive) of a match starting at token {@code k}, or -1. */
    int matchAt(List<Tok> toks, int k, int limit) {
        return match(toks, k, limit, 0);
    }

    private int match(List<Tok> toks, int k, int limit, int item) {
        if (item == items.size()) return k;
        Item it = items.get(item);
        if (it.gap()) {
            for (int g = 0; g <= 3 && k + g <= limit; g++) {
                int r = match(toks, k + g, limit, item + 1);
                if (r >= 0) return r;
            }
            return -1;
        }
        if (k < limit && matches(it, toks.get(k))) {
            int r = match(toks, k + 1, limit, item + 1);
            if (r >= 0) return r;
        }
        return it.optional() ? match(toks, k, limit, item + 1) : -1;
    }

    private static boolean matches(Item it, Tok t) {
        if (it.lemmas().contains(t.lemma()) || it.lemmas().contains(t.lower())) return true;
        // title-case headlines leave verbs unlemmatised ("Inspects", "Receives")
        String w = t.lower();
        return w.length() > 3 && w.endsWith("s") && it.lemmas().contains(w.substring(0, w.length() - 1));
    }

    /** True when any token in [from, to) has one of the lemmas of a one-item pattern. */
    boolean anyIn(List<Tok> toks, int from, int to) {
        for (int k = Math.max(0, from); k < to && k < toks.size(); k++) {
            if (matchAt(toks, k, to) >= 0) return true;
        }
        return false;
    }

    @Override
    public String toString() { return source; }
}
