package org.communique.report;

import java.util.Map;

/** One colour per event type, the same on every page and in the chart. */
final class TypePalette {
    private static final Map<String, String> COLOURS = Map.ofEntries(
            Map.entry("MEETING", "#1f77b4"), Map.entry("VISIT", "#2ca02c"), Map.entry("AGREEMENT_SIGNED", "#9467bd"),
            Map.entry("MESSAGE", "#ff7f0e"), Map.entry("GIFT", "#e377c2"), Map.entry("TRIBUTE", "#8c564b"),
            Map.entry("CREDENTIALS", "#17becf"), Map.entry("RECEPTION", "#bcbd22"), Map.entry("STATEMENT", "#7f7f7f"),
            Map.entry("CRITICISM", "#d62728"), Map.entry("DEMAND", "#a0522d"), Map.entry("OPENING", "#393b79"),
            Map.entry("AWARD", "#b8860b"), Map.entry("INSPECTION", "#637939"), Map.entry("WEAPON_TEST", "#843c39"));

    private TypePalette() {}

    /** The colour of an event type; grey for a type this build does not know. */
    static String colour(String type) {
        return COLOURS.getOrDefault(type, "#555555");
    }

    /** "AGREEMENT_SIGNED" → "agreement signed". */
    static String label(String type) {
        return type.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
