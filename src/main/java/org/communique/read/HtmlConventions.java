package org.communique.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.communique.lexicon.ModelJson;
import org.jsoup.nodes.Element;

/** The HTML reading conventions of {@code models/read/html.json}. */
final class HtmlConventions {
    private static final Pattern TOKEN = Pattern.compile("[\\s_-]+");

    /** Where a value is: a CSS selector and the attribute that holds it ("text" for the element's text). */
    record Source(String select, String attr) {
        String value(Element e) {
            return attr.equals("text") ? e.text() : e.attr(attr);
        }
    }

    final Set<String> drop;
    final Set<String> dropOutside;
    final Set<String> dropRoles;
    final Set<String> furnitureTokens;
    final Set<String> contentTokens;
    final Set<String> blocks;
    final String contentElements;
    final List<Source> title;
    final List<Source> published;
    final List<Source> siteName;
    final List<Source> url;
    final Pattern siteSeparators;

    private HtmlConventions() {
        JsonNode root = ModelJson.read("/models/read/html.json");
        drop = set(root, "drop");
        dropOutside = set(root, "dropOutside");
        dropRoles = set(root, "dropRoles");
        furnitureTokens = set(root, "furnitureTokens");
        contentTokens = set(root, "contentTokens");
        blocks = set(root, "blocks");
        contentElements = String.join(", ", ModelJson.strings(root.get("contentElements")));
        title = sources(root.get("title"));
        published = sources(root.get("published"));
        siteName = sources(root.get("siteName"));
        url = sources(root.get("url"));
        siteSeparators = Pattern.compile(root.get("siteSeparators").asText());
    }

    private static final class Holder {
        static final HtmlConventions INSTANCE = new HtmlConventions();
    }

    static HtmlConventions get() { return Holder.INSTANCE; }

    /** Whether an element's class or id names furniture (a furniture token, and no content token). */
    boolean furnitureByName(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).strip();
        if (names.isEmpty()) return false;
        boolean furniture = false;
        for (String t : TOKEN.split(names)) {
            if (contentTokens.contains(t)) return false;
            furniture |= furnitureTokens.contains(t);
        }
        return furniture;
    }

    private static Set<String> set(JsonNode root, String field) {
        return Set.copyOf(ModelJson.strings(root.get(field)));
    }

    private static List<Source> sources(JsonNode array) {
        List<Source> out = new ArrayList<>();
        array.forEach(n -> out.add(new Source(n.get("select").asText(), n.get("attr").asText())));
        return List.copyOf(out);
    }
}
