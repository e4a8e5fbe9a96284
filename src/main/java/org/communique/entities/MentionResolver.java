package org.communique.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses among overlapping candidates: word lists and name patterns first, longest span first
 * (so "Kim Il Sung University" beats "Kim Il Sung", and "Korea" inside "Workers' Party of Korea"
 * is no mention of its own); the statistical tagger fills what they left.
 */
final class MentionResolver {
    private static final Comparator<Candidate> ORDER = Comparator
            .comparingInt((Candidate c) -> c.priority() >= 2 ? 0 : 1)
            .thenComparingInt(c -> -c.length())
            .thenComparingInt(c -> -c.priority())
            // an event's name over a body's of the same words ("ROK Armed Forces' Day")
            .thenComparingInt(c -> c.blocker() ? 0 : 1)
            .thenComparingInt(Candidate::from);

    List<Candidate> resolve(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(ORDER);
        List<Candidate> kept = new ArrayList<>();
        java.util.BitSet taken = new java.util.BitSet();
        for (Candidate c : sorted) {
            int next = taken.nextSetBit(c.from());
            if (next == -1 || next >= c.to()) {
                kept.add(c);
                taken.set(c.from(), c.to());
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::from));
        return kept;
    }
}
