package org.communique.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communique.api.EntityType;
import org.communique.doc.Doc;
import org.communique.doc.EntityDraft;
import org.communique.doc.Tok;

/**
 * The article's entity mentions (dates aside) as token spans, sorted by start, and for each token
 * the mention it belongs to: where an argument node of the parse lands.
 */
final class Mentions {
    /** An entity mention as the token span [from, to). */
    record Ref(int from, int to, EntityDraft entity) {}

    final List<Ref> all;
    private final Ref[] byToken;

    Mentions(Doc doc) {
        List<Tok> toks = doc.tokens();
        Map<Integer, Integer> startTok = new HashMap<>();
        Map<Integer, Integer> endTok = new HashMap<>();
        for (Tok t : toks) {
            startTok.put(t.begin(), t.i());
            endTok.put(t.end(), t.i());
        }
        List<Ref> refs = new ArrayList<>();
        for (EntityDraft e : doc.entities()) {
            if (e.type == EntityType.DATE) continue;
            for (EntityDraft.Span s : e.mentions) {
                Integer a = startTok.get(s.start()), b = endTok.get(s.end());
                if (a != null && b != null) refs.add(new Ref(a, b + 1, e));
            }
        }
        refs.sort(Comparator.comparingInt(Ref::from));
        this.all = List.copyOf(refs);
        this.byToken = new Ref[toks.size()];
        for (Ref r : all) {
            for (int k = r.from(); k < r.to(); k++) {
                // the longer mention wins ("Ministry of Foreign Affairs of the DPRK" over "DPRK")
                if (byToken[k] == null || byToken[k].to() - byToken[k].from() < r.to() - r.from()) byToken[k] = r;
            }
        }
    }

    /** The mention token {@code k} belongs to, or null. */
    Ref at(int k) { return k >= 0 && k < byToken.length ? byToken[k] : null; }

    /** The mentions that start in tokens [from, to): a binary search over the sorted list. */
    List<Ref> slice(int from, int to) {
        int lo = 0, hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).from() < from) lo = mid + 1; else hi = mid;
        }
        int end = lo;
        while (end < all.size() && all.get(end).from() < to) end++;
        return all.subList(lo, end);
    }
}
