package org.communique.read;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communique.api.Article;
import org.communique.api.RelatedItem;

/**
 * Turns the text of a saved web page, or a bare article, into an article. Recognises the KCNA Watch
 * layout (crawl-date line, outlet line, title, "Date: DD/MM/YYYY | Source: ..." line, body,
 * "More From ..." teasers) and drops the chrome of other pages (calendar lines, copyright footers,
 * share buttons, comment counters). Teasers become {@link RelatedItem}s and are never extracted.
 */
public final class PageParser {
    private static final Pattern CRAWL = Pattern.compile(
            "^[A-Z][a-z]+ \\d{1,2}, \\d{4}[A-Z][a-z]{2} \\d{1,2}, \\d{4}\\s*$");
    private static final Pattern META = Pattern.compile(
            "^Date:\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4})\\s*\\|\\s*Source:\\s*(.*?)\\s*(?:\\|.*)?$");
    private static final Pattern MORE_FROM = Pattern.compile("^More From\\s+(.+?)\\s*$");
    private static final Pattern TEASER_DATE = Pattern.compile("^[A-Z][a-z]+ \\d{1,2}, \\d{4}\\s*$");
    private static final Pattern HEADER_DATE = Pattern.compile(
            "^(?:calendar>>\\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\\s*)?([A-Z][a-z]+)\\s+(\\d{1,2})[.,]\\s*(\\d{4})\\b.*$");
    private static final Pattern CHROME = Pattern.compile(
            "(?i)^(?:\\|+|copyright\\b.*|\\(c\\)\\s.*|all rights reserved.*|no comments:?|\\d+ comments?:?|"
                    + "share( this)?( on .*)?|tweet|print|email|facebook|twitter|telegram|more articles|"
                    + "read more|home(\\s*\\|.*)?|posted by .*|labels?:.*|newer post|older post|subscribe to:.*|"
                    + "post comments \\(atom\\)|kcna|related (articles|posts):?)\\s*\\|?\\s*$");

    /** The parse of a page: the article and the teasers and notes found around it. */
    public record Page(Article article, List<RelatedItem> related, List<String> warnings) {}

    /**
     * @param id       the article id (file name without extension)
     * @param contents the page text
     */
    public Page parse(String id, String contents) {
        List<String> lines = contents.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) i++;
        if (i < lines.size() && CRAWL.matcher(lines.get(i).trim()).matches()) {
            return kcnaWatch(id, lines, i + 1);
        }
        return generic(id, lines, i);
    }

    private Page kcnaWatch(String id, List<String> lines, int i) {
        List<String> warnings = new ArrayList<>();
        int meta = -1;
        for (int j = i; j < Math.min(lines.size(), i + 12); j++) {
            if (META.matcher(lines.get(j).trim()).matches()) { meta = j; break; }
        }
        if (meta < 0) return generic(id, lines, i);
        // before the Date line: outlet line, then the title (last non-blank line)
        String title = null;
        for (int j = meta - 1; j >= i; j--) {
            if (!lines.get(j).isBlank()) { title = lines.get(j).trim(); break; }
        }
        Matcher m = META.matcher(lines.get(meta).trim());
        m.matches();
        LocalDate published = null;
        try {
            published = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1)));
        } catch (java.time.DateTimeException e) {
            warnings.add("page date is not a calendar date: " + lines.get(meta).trim());
        }
        String source = m.group(4).isBlank() ? null : m.group(4).trim();
        int end = lines.size();
        for (int j = meta + 1; j < lines.size(); j++) {
            if (MORE_FROM.matcher(lines.get(j).trim()).matches()) { end = j; break; }
        }
        String body = join(lines.subList(meta + 1, end));
        List<RelatedItem> related = end < lines.size() ? teasers(lines.subList(end + 1, lines.size())) : List.of();
        return new Page(new Article(id, title, body, published, source, null), related, warnings);
    }

    /** Teaser blocks: title, title again, text, date, text again; "More Articles" ends the list. */
    private static List<RelatedItem> teasers(List<String> lines) {
        List<String> l = lines.stream().map(String::trim).filter(s -> !s.isEmpty())
                .filter(s -> !s.equalsIgnoreCase("More Articles")).toList();
        List<RelatedItem> out = new ArrayList<>();
        int k = 0;
        while (k < l.size()) {
            String title = l.get(k);
            int d = k + 1;
            while (d < l.size() && !TEASER_DATE.matcher(l.get(d)).matches()) d++;
            String text = null;
            for (int t = k + 1; t < d; t++) {
                if (!l.get(t).equals(title)) { text = l.get(t); break; }
            }
            String date = d < l.size() ? isoDate(l.get(d)) : null;
            out.add(new RelatedItem(title, date, text));
            k = d + 1;
            if (k < l.size() && text != null && l.get(k).equals(text)) k++;
        }
        return out;
    }

    private Page generic(String id, List<String> lines, int i) {
        List<String> warnings = new ArrayList<>();
        LocalDate published = null;
        String title = null;
        List<String> body = new ArrayList<>();
        for (int j = i; j < lines.size(); j++) {
            String t = lines.get(j).trim();
            if (t.isEmpty()) { body.add(""); continue; }
            Matcher hd = HEADER_DATE.matcher(t);
            if (title == null && body.stream().allMatch(String::isEmpty) && hd.matches() && t.length() < 80) {
                LocalDate d = parse(hd.group(1) + " " + hd.group(2) + " " + hd.group(3));
                if (d != null && published == null) { published = d; continue; }
            }
            if (CHROME.matcher(t).matches()) continue;
            String line = t.endsWith("|") ? t.substring(0, t.length() - 1).trim() : t;
            if (line.isEmpty()) continue;
            if (title == null && body.stream().allMatch(String::isEmpty) && looksLikeTitle(line, lines, j)) {
                title = line;
                continue;
            }
            body.add(line);
        }
        String text = join(body);
        return new Page(new Article(id, title, text, published, null, null), List.of(), warnings);
    }

    /** A short line without a final full stop, followed by more text, is the headline. */
    private static boolean looksLikeTitle(String line, List<String> lines, int j) {
        if (line.length() > 160 || line.endsWith(".") || line.contains("(KCNA)")) return false;
        for (int k = j + 1; k < lines.size(); k++) {
            if (!lines.get(k).isBlank()) return true;
        }
        return false;
    }

    private static String join(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        boolean para = false;
        for (String l : lines) {
            if (l.isBlank()) { para = sb.length() > 0; continue; }
            if (sb.length() > 0) sb.append(para ? "\n\n" : "\n");
            sb.append(l.strip());
            para = false;
        }
        return sb.toString();
    }

    private static String isoDate(String s) {
        LocalDate d = parse(s.replace(",", ""));
        return d == null ? null : d.toString();
    }

    private static LocalDate parse(String monthDayYear) {
        try {
            return LocalDate.parse(monthDayYear.replace(",", "").replaceAll("\\s+", " ").trim(),
                    DateTimeFormatter.ofPattern("MMMM d yyyy", Locale.ENGLISH));
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(monthDayYear.trim(), DateTimeFormatter.ofPattern("MMM d yyyy", Locale.ENGLISH));
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
