package org.communique.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.communique.api.Article;
import org.communique.api.RelatedItem;

/**
 * Turns the text of a saved web page, or a bare article, into an article. A page of a known layout
 * ({@link KnownLayouts}) is read by it; any other page by the block classifier ({@link LineClassifier},
 * {@link ArticleFinder}): headline, body, publication stamp ({@link PublicationStamps}), with menus,
 * captions, bylines, mastheads, credit lines, share and comment lines, related lists and footers left
 * out. Teasers and related lists become {@link RelatedItem}s and are never extracted.
 */
public final class PageParser {
    private static final Pattern BULLET = Pattern.compile("^[•·▪●►◦]\\s*");

    /** The parse of a page: the article and the teasers and notes found around it. */
    public record Page(Article article, List<RelatedItem> related, List<String> warnings) {}

    /**
     * What a page's metadata already says (an HTML page's title and date); any field may be null.
     *
     * @param blocks the text is the blocks of an HTML page's main content (see {@link ArticleFinder#find})
     */
    public record Hints(String title, LocalDate published, String source, String url, boolean blocks) {
        public static final Hints NONE = new Hints(null, null, null, null, false);
    }

    private final KnownLayouts layouts = new KnownLayouts();
    private final Unwrapper unwrapper = new Unwrapper();
    private final LineClassifier classifier = new LineClassifier();
    private final ArticleFinder finder = new ArticleFinder();
    private final PageDate dates = new PageDate();
    private final PublicationStamps stamps = PublicationStamps.get();

    /**
     * @param id       the article id (file name without extension)
     * @param contents the page text
     */
    public Page parse(String id, String contents) { return parse(id, contents, Hints.NONE); }

    /** As {@link #parse(String, String)}, with what the page's metadata said taking precedence. */
    public Page parse(String id, String contents, Hints hints) {
        List<String> lines = lines(contents);
        Optional<KnownLayouts.Read> known = layouts.read(lines);
        if (known.isPresent()) {
            KnownLayouts.Read r = known.get();
            String body = ArticleText.join(textOnly(r.body()));
            return new Page(new Article(id, or(hints.title(), r.title()), body, or(hints.published(), r.published()),
                    Outlet.of(or(hints.source(), r.source()), hints.url()), hints.url()), r.related(), r.warnings());
        }
        List<PublicationStamps.Stamp> found = new ArrayList<>();
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) first++;
        if (first < lines.size()) {
            Optional<PublicationStamps.Prefix> p = stamps.prefix(lines.get(first));
            if (p.isPresent()) {
                found.add(p.get().stamp());
                lines.set(first, lines.get(first).substring(p.get().end()).strip());
            }
        }
        List<PageLine> classified = classify(unwrapper.unwrap(lines));
        ArticleFinder.Found f = finder.find(classified, hints.title(), hints.blocks());
        f.stamps().forEach(s -> found.add(s.stamp()));
        String body = ArticleText.join(f.body());
        LocalDate published = hints.published() != null ? hints.published() : dates.choose(found, body);
        return new Page(new Article(id, f.title(), body, published, Outlet.of(hints.source(), hints.url()), hints.url()),
                f.related(), List.of());
    }

    /** The page's lines, trimmed, without the pipes and bullets of table cells and lists. */
    private static List<String> lines(String contents) {
        List<String> out = new ArrayList<>();
        for (String l : contents.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String t = l.strip().replace('\u00a0', ' ');
            while (t.endsWith("|") && t.length() > 1 && !t.chars().allMatch(c -> c == '|')) {
                t = t.substring(0, t.length() - 1).strip();
            }
            out.add(BULLET.matcher(t).replaceFirst(""));
        }
        return out;
    }

    private List<PageLine> classify(List<String> lines) {
        List<PageLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) out.add(classifier.classify(i, lines.get(i), null));
        return out;
    }

    /** A known layout's body without the stamp, caption and credit lines inside it. */
    private List<String> textOnly(List<String> body) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            PageLine l = classifier.classify(i, body.get(i), null);
            if (l.role() == Role.BLANK) out.add("");
            else if (l.role().text()) out.add(l.text());
        }
        return out;
    }

    private static <T> T or(T a, T b) { return a != null ? a : b; }
}
