package org.communique.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;

/**
 * The frame every page shares, built with jsoup so that every name and sentence from the registry is
 * escaped as text or attribute value by the library, never pasted into markup. Each page records its
 * script errors in the {@code data-errors} attribute of {@code <html>} (the browser test reads it).
 */
final class Html {
    private Html() {}

    /**
     * A page with the shared header and style sheet.
     *
     * @param root the way from the page to the report's folder: "" or "../"
     * @param current the nav entry to mark ("timeline", "network" or null)
     */
    static Document page(String title, String root, String current) {
        Document doc = Document.createShell("");
        doc.parser(Parser.htmlParser().settings(ParseSettings.preserveCase)); // SVG's viewBox keeps its capital
        doc.prependChild(new DocumentType("html", "", ""));
        doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(true).indentAmount(1);
        doc.selectFirst("html").attr("lang", "en");
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title + " — Communiqué report");
        script(head, resource("errors.js"));
        head.appendElement("link").attr("rel", "stylesheet").attr("href", root + Links.STYLE);
        Element bar = doc.body().appendElement("header").addClass("bar");
        bar.appendElement("a").addClass("brand").attr("href", root + Links.INDEX).text("Communiqué report");
        Element nav = bar.appendElement("nav");
        navLink(nav, root + Links.INDEX, "Timeline", "timeline".equals(current));
        navLink(nav, root + Links.NETWORK, "Who met whom", "network".equals(current));
        doc.body().appendElement("main");
        return doc;
    }

    private static void navLink(Element nav, String href, String text, boolean current) {
        Element a = nav.appendElement("a").attr("href", href).text(text);
        if (current) a.attr("aria-current", "page");
    }

    /** The page's main element. */
    static Element main(Document doc) {
        return doc.selectFirst("main");
    }

    /** An inline script; its text is ours (a resource), never registry data. */
    static Element script(Element parent, String code) {
        return parent.appendElement("script").appendChild(new DataNode(code));
    }

    /** The page as the file holds it. */
    static String render(Document doc) {
        return doc.outerHtml() + "\n";
    }

    /** A date as the pages write it; "undated" for none. */
    static String date(LocalDate d) {
        return d == null ? "undated" : d.toString();
    }

    /** An event type's badge. */
    static Element badge(Element parent, String type) {
        return parent.appendElement("span").addClass("badge").attr("style", "--c:" + TypePalette.colour(type))
                .text(TypePalette.label(type));
    }

    /** A link when there is a target, else plain text. */
    static Element linkOrText(Element parent, String href, String text) {
        if (href == null) return parent.appendElement("span").text(text);
        return parent.appendElement("a").attr("href", href).text(text);
    }

    /** A text resource of this package (the pages' CSS and JavaScript). */
    static String resource(String name) {
        try (InputStream in = Html.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource org/communique/report/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
