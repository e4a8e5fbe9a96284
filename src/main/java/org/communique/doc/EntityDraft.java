package org.communique.doc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.communique.api.EntityType;
import org.communique.api.LocationSubtype;

/**
 * An entity being built: its mentions (analysed-text spans), name forms, titles and country.
 * Becomes an immutable {@link org.communique.api.Entity} at output.
 */
public final class EntityDraft {
    public final EntityType type;
    public LocationSubtype subtype;
    public String name;
    public final Set<String> aliases = new LinkedHashSet<>();
    public final Set<String> titles = new LinkedHashSet<>();
    public final Set<EntityDraft> affiliations = new LinkedHashSet<>();
    public String country;
    /** ISO value of a DATE entity. */
    public String value;
    public final List<Span> mentions = new ArrayList<>();
    /** Set at output: "e1", "e2", ... */
    public String id;

    public EntityDraft(EntityType type, String name) {
        this.type = type;
        this.name = name;
    }

    /** A mention span with the surface form written there. */
    public record Span(int start, int end, String text) {}

    public boolean isCountry() { return type == EntityType.LOCATION && subtype == LocationSubtype.COUNTRY; }

    @Override
    public String toString() { return type + ":" + name; }
}
