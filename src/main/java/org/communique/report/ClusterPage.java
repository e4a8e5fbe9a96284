package org.communique.report;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** {@code cluster/<id>.html}: one happening and its reports, an event from each article with its evidence. */
final class ClusterPage {
    private final ReportData data;
    private final Links links;
    private final Map<String, ReportEvent> byKey = new HashMap<>();

    ClusterPage(ReportData data, Links links) {
        this.data = data;
        this.links = links;
        for (ReportEvent e : data.events()) byKey.put(e.eventKey(), e);
    }

    String render(Cluster c) {
        String heading = TypePalette.label(c.type()) + ", " + Html.date(c.date()) + (c.location() == null ? "" : ", " + c.location());
        Document doc = Html.page(heading, "../", null);
        Element main = Html.main(doc);
        Element h1 = main.appendElement("h1");
        Html.badge(h1, c.type());
        h1.appendText(" " + Html.date(c.date()) + (c.location() == null ? "" : " in " + c.location()));
        Element facts = main.appendElement("dl").addClass("facts");
        fact(facts, "Cluster", c.clusterId());
        fact(facts, "Reported by", c.nArticles() + (c.nArticles() == 1 ? " article" : " articles") + " from "
                + c.nSources() + (c.nSources() == 1 ? " source" : " sources"));
        if (c.firstArticle() != null) fact(facts, "First report", c.firstArticle());

        main.appendElement("h2").text("Reports");
        EventView view = new EventView(data, links, "../", false);
        Element list = main.appendElement("div").addClass("events");
        for (String key : c.memberEventKeys()) {
            ReportEvent e = byKey.get(key);
            if (e == null) {
                list.appendElement("p").addClass("missing").text("Event " + key + " is a member but not in the events table.");
                continue;
            }
            Element box = view.append(list, e);
            ArticleInfo a = data.articles().get(e.articleId());
            if (a != null && a.isDuplicate()) {
                box.appendElement("p").addClass("note").text("This article repeats the text of " + a.duplicateOf() + ".");
            }
        }
        if (c.memberEventKeys().isEmpty()) list.appendElement("p").addClass("empty").text("No member event recorded.");
        return Html.render(doc);
    }

    private static void fact(Element dl, String term, String value) {
        dl.appendElement("dt").text(term);
        dl.appendElement("dd").text(value);
    }
}
