package org.communique.entities;

import org.communique.api.EntityType;
import org.communique.api.LocationSubtype;

/**
 * A possible entity mention: token span [from, to), what it would be, and how sure the finder is.
 * Overlapping candidates are resolved longest first, then by {@link #priority()}.
 *
 * @param priority  3 lexicon, 2 name pattern, 1 statistical tagger
 * @param canonical for lexicon hits: the canonical name the lexicon gives, else null
 * A candidate without type is a blocker: a span (a competition's name) that is no entity and
 * keeps the names inside it from being entities.
 */
record Candidate(int from, int to, EntityType type, LocationSubtype subtype, String country, int priority,
                 String canonical) {
    int length() { return to - from; }

    boolean blocker() { return type == null; }

}
