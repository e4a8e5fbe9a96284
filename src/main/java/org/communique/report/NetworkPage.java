package org.communique.report;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * {@code network.html}: the who-met-whom network of the {@code top} most connected persons and states
 * (a note says how many are left out), and a table of the strongest ties of the whole network.
 */
final class NetworkPage {
    private static final int TIES_LISTED = 30;

    private final Links links;
    private final int top;

    NetworkPage(Links links, int top) {
        this.links = links;
        this.top = top;
    }

    String render(Network network) {
        Document doc = Html.page("Who met whom", "", "network");
        Element main = Html.main(doc);
        main.appendElement("h1").text("Who met whom");
        main.appendElement("p").addClass("lead").text("Persons and states that took part in the same meeting, visit, "
                + "signed agreement or message. A line's width is the number of such events (one happening reported "
                + "by several articles counts once; planned or denied events do not count); a node's size is its "
                + "number of partners. A person's state is a node of its own.");
        if (network.nodes().isEmpty()) {
            main.appendElement("p").addClass("empty").attr("id", "no-network")
                    .text("No meeting, visit, agreement or message between two named participants in this registry.");
            return Html.render(doc);
        }
        Network shown = network.top(top);
        int left = network.nodes().size() - shown.nodes().size();
        main.appendElement("p").addClass("note").attr("id", "network-note").text(left == 0
                ? "All " + network.nodes().size() + " persons and states with a partner are shown."
                : "The " + shown.nodes().size() + " most connected of " + network.nodes().size() + " persons and states are "
                        + "shown; " + left + " are left out (their person pages list their partners).");
        Element legend = main.appendElement("p").addClass("legend");
        legend.appendElement("span").addClass("key person").text("person");
        legend.appendElement("span").addClass("key state").text("state");
        legend.appendElement("span").addClass("hint").text("Point at a node to see its ties; select it to open its page.");
        new NetworkSvg(links).append(main.appendElement("div").addClass("figure"), shown);

        main.appendElement("h2").text("Strongest ties");
        Element table = main.appendElement("table").addClass("ties");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : List.of("", "", "Events")) head.appendElement("th").text(h);
        Element body = table.appendElement("tbody");
        for (Network.Edge e : network.edges().subList(0, Math.min(TIES_LISTED, network.edges().size()))) {
            Element tr = body.appendElement("tr");
            name(tr.appendElement("td"), network.node(e.a()));
            name(tr.appendElement("td"), network.node(e.b()));
            tr.appendElement("td").addClass("num").text(Integer.toString(e.weight()));
        }
        Html.script(doc.body(), Html.resource("network.js"));
        return Html.render(doc);
    }

    private void name(Element td, Network.Node n) {
        String href = n.kind() == Network.Kind.PERSON ? links.person(n.key()) : Links.countryTimeline(n.key());
        Html.linkOrText(td, href, n.label());
        if (n.kind() == Network.Kind.STATE) td.appendElement("span").addClass("cc").text(n.key());
    }
}
