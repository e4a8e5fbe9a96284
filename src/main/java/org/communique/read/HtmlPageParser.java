package org.communique.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communique.api.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads an HTML page (.html, .htm) with jsoup: the metadata gives the headline, date, site and address
 * ({@link HtmlMetadata}); the furniture is dropped ({@link HtmlCleaner}); the main content is found by
 * structure and text density ({@link HtmlMainContent}); its text then goes the way of a text page
 * ({@link PageParser}), which drops what furniture is left and reads a publication stamp in the text
 * when the metadata gave no date (else in the lines just above the content). The article's text, to
 * which all offsets refer, is that extracted text: one line per block of the page, a blank line between
 * paragraphs.
 */
public final class HtmlPageParser {
    /** Blocks above the main content searched for a stamp ("Updated: 2016-05-31 21:30" over the text). */
    private static final int HEADER_BLOCKS = 15;
    private static final double SAME_TITLE = 0.5;

    private final HtmlCleaner cleaner = new HtmlCleaner();
    private final HtmlBlocks blocks = new HtmlBlocks();
    private final HtmlMainContent content = new HtmlMainContent();
    private final HtmlMetadata metadata = new HtmlMetadata();
    private final PageParser pages = new PageParser();
    private final LineClassifier classifier = new LineClassifier();
    private final ArticleFinder finder = new ArticleFinder();
    private final PageDate dates = new PageDate();

    /** @param bytes the file; its charset is the page's own (byte-order mark or meta charset), else UTF-8 */
    public PageParser.Page parse(String id, byte[] bytes) { return parse(id, bytes, null); }

    /** @param charset the bytes' charset when it is known (a reader that decoded them), else null: the page's own */
    public PageParser.Page parse(String id, byte[] bytes, Charset charset) {
        try {
            return parse(id, Jsoup.parse(new ByteArrayInputStream(bytes), charset == null ? null : charset.name(), ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from memory does not fail
        }
    }

    public PageParser.Page parse(String id, String html) { return parse(id, Jsoup.parse(html)); }

    private PageParser.Page parse(String id, Document page) {
        Document cleaned = page.clone();
        cleaner.clean(cleaned);
        HtmlMetadata.Meta meta = metadata.read(page, cleaned);
        List<HtmlBlocks.Block> all = blocks.of(cleaned.body());
        HtmlMainContent.Content c = content.find(all);
        // a <title> alone may be the site's name: the text's own headline is preferred unless the page shows it
        String shown = meta.titleFromTag() ? metadata.titleAmong(meta.pageTitle(), all.stream().map(HtmlBlocks.Block::text).toList())
                : null;
        String known = shown != null ? shown : meta.title();
        boolean sure = known != null && (!meta.titleFromTag() || shown != null
                || c.lines().stream().anyMatch(l -> HtmlMetadata.similarity(l, known) >= SAME_TITLE));
        PageParser.Page p = pages.parse(id, String.join("\n", c.lines()),
                new PageParser.Hints(sure ? known : null, meta.published(), meta.site(), meta.url(), true));
        Article a = p.article();
        String title = a.title() != null ? a.title() : known;
        LocalDate published = a.published() != null ? a.published() : headerDate(all, c.first(), a.text());
        if (java.util.Objects.equals(title, a.title()) && java.util.Objects.equals(published, a.published())) return p;
        return new PageParser.Page(new Article(a.id(), title, a.text(), published, a.source(), a.section(), a.url()), p.related(),
                p.warnings());
    }

    /** The date of the stamp lines just above the main content, if any. */
    private LocalDate headerDate(List<HtmlBlocks.Block> all, int first, String text) {
        List<PageLine> lines = new ArrayList<>();
        for (int i = Math.max(0, first - HEADER_BLOCKS); i < first; i++) {
            lines.add(classifier.classify(lines.size(), all.get(i).text(), null));
        }
        return dates.choose(finder.headerStamps(lines).stream().map(ArticleFinder.PlacedStamp::stamp).toList(), text);
    }
}
