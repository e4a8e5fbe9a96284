package org.communique.report;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * One event as the person and cluster pages show it: date, type, participants, place, the sentence
 * that says so and the article it comes from (the timeline's script draws the same).
 */
final class EventView {
    private final ReportData data;
    private final Links links;
    private final String root;
    private final boolean clusterLinks;

    /**
     * @param root the way from the page to the report's folder: "" or "../"
     * @param clusterLinks whether each event links to its cluster (not on the cluster's own page)
     */
    EventView(ReportData data, Links links, String root, boolean clusterLinks) {
        this.data = data;
        this.links = links;
        this.root = root;
        this.clusterLinks = clusterLinks;
    }

    Element append(Element parent, ReportEvent e) {
        Element box = parent.appendElement("article").addClass("event").attr("data-type", e.type())
                .attr("data-key", e.eventKey()).attr("style", "--c:" + TypePalette.colour(e.type()));
        Element head = box.appendElement("div").addClass("head");
        head.appendElement("time").text(Html.date(e.date()));
        Html.badge(head, e.type());
        if (!e.isAsserted()) head.appendElement("span").addClass("modality").text(e.modality().toLowerCase(Locale.ROOT));
        if (e.location() != null) head.appendElement("span").addClass("where").text("in " + e.location());
        participants(box.appendElement("p").addClass("who"), e);
        if (e.evidence() != null) box.appendElement("blockquote").text(e.evidence());
        source(box.appendElement("p").addClass("src"), e);
        return box;
    }

    private void participants(Element p, ReportEvent e) {
        if (e.participants().isEmpty()) {
            p.appendElement("span").addClass("none").text("no named participant");
            return;
        }
        for (Participant who : e.participants()) {
            Element one = p.appendElement("span").addClass("participant");
            one.appendElement("span").addClass("role").text(who.role().toLowerCase(Locale.ROOT));
            String page = links.person(who.personId());
            Html.linkOrText(one, page == null ? null : root + page, data.displayName(who));
            if (who.country() != null && who.personId() != null) one.appendElement("span").addClass("cc").text(who.country());
        }
    }

    private void source(Element p, ReportEvent e) {
        p.appendElement("code").text(e.articleId());
        ArticleInfo a = data.articles().get(e.articleId());
        if (a != null) {
            if (a.title() != null) Html.linkOrText(p, a.url(), a.title()).addClass("title");
            if (a.source() != null) p.appendElement("span").addClass("outlet").text(a.source());
            if (a.published() != null) p.appendElement("span").addClass("published").text("published " + a.published());
        }
        String cluster = clusterLinks ? links.cluster(e.clusterId()) : null;
        if (cluster != null) {
            int reports = data.clusters().get(e.clusterId()).nArticles();
            p.appendElement("a").addClass("cluster").attr("href", root + cluster)
                    .text(reports == 1 ? "cluster (1 report)" : "cluster (" + reports + " reports)");
        }
    }
}
