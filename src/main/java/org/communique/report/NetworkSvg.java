package org.communique.report;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Draws a network as inline SVG: persons as circles, states as squares, sized by degree; edges as lines
 * as wide as their weight allows; every node a link (a person to their page, a state to the timeline
 * filtered by its country), with its name as label and a tooltip.
 */
final class NetworkSvg {
    static final int WIDTH = 1100;
    static final int HEIGHT = 720;
    private static final int MARGIN = 80;

    private final Links links;

    NetworkSvg(Links links) {
        this.links = links;
    }

    /** Appends the drawing of {@code network} (all its nodes) to {@code parent}. */
    Element append(Element parent, Network network) {
        Map<String, NetworkLayout.Point> at = new NetworkLayout(WIDTH, HEIGHT, MARGIN).place(network);
        Element svg = parent.appendElement("svg").addClass("network").attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("viewBox", "0 0 " + WIDTH + " " + HEIGHT).attr("role", "img")
                .attr("aria-label", "Who met whom: " + network.nodes().size() + " persons and states, "
                        + network.edges().size() + " ties");
        Element edges = svg.appendElement("g").addClass("edges");
        List<Network.Edge> all = network.edges();
        for (int i = all.size() - 1; i >= 0; i--) { // the heaviest drawn last, on top
            Network.Edge e = all.get(i);
            NetworkLayout.Point a = at.get(e.a()), b = at.get(e.b());
            Element line = edges.appendElement("line").addClass("edge").attr("data-a", e.a()).attr("data-b", e.b())
                    .attr("data-weight", Integer.toString(e.weight()))
                    .attr("x1", num(a.x())).attr("y1", num(a.y())).attr("x2", num(b.x())).attr("y2", num(b.y()))
                    .attr("stroke-width", num(edgeWidth(e.weight())));
            line.appendElement("title").text(network.node(e.a()).label() + " — " + network.node(e.b()).label() + ": "
                    + events(e.weight()));
        }
        Element nodes = svg.appendElement("g").addClass("nodes");
        Set<String> usedIds = new HashSet<>();
        for (Network.Node n : network.nodes()) {
            NetworkLayout.Point p = at.get(n.id());
            double r = radius(n.degree());
            boolean person = n.kind() == Network.Kind.PERSON;
            Element g = nodes.appendElement("g").addClass("node").addClass(person ? "person" : "state")
                    .attr("id", elementId(n.id(), usedIds)).attr("data-node", n.id())
                    .attr("data-degree", Integer.toString(n.degree()));
            g.appendElement("title").text(n.label() + (n.country() == null || !person ? "" : " (" + n.country() + ")")
                    + (person ? "" : " (state " + n.key() + ")") + ": " + n.degree()
                    + (n.degree() == 1 ? " partner, " : " partners, ") + events(n.events()));
            String href = person ? links.person(n.key()) : Links.countryTimeline(n.key());
            Element target = href == null ? g : g.appendElement("a").attr("href", href);
            if (person) {
                target.appendElement("circle").attr("cx", num(p.x())).attr("cy", num(p.y())).attr("r", num(r));
            } else {
                target.appendElement("rect").attr("x", num(p.x() - r)).attr("y", num(p.y() - r))
                        .attr("width", num(2 * r)).attr("height", num(2 * r)).attr("rx", "3");
            }
            target.appendElement("text").attr("x", num(p.x() + r + 3)).attr("y", num(p.y() + 4)).text(n.label());
        }
        return svg;
    }

    /** Node radius: grows with the square root of the degree, capped so that hubs do not hide their ties. */
    static double radius(int degree) {
        return StrictMath.min(4 + 2.5 * StrictMath.sqrt(degree), 24);
    }

    /** Edge width: 1 for one event, growing with the logarithm of the weight, at most 9. */
    static double edgeWidth(int weight) {
        return StrictMath.min(1 + 1.6 * StrictMath.log(weight) / StrictMath.log(2), 9);
    }

    private static String events(int n) {
        return n == 1 ? "1 event" : n + " events";
    }

    private static String elementId(String nodeId, Set<String> used) {
        String base = "node-" + nodeId.replaceAll("[^A-Za-z0-9_-]", "-");
        String id = base;
        for (int i = 2; !used.add(id); i++) id = base + "-" + i;
        return id;
    }

    /** A coordinate without a trailing ".0" and never in exponent form. */
    static String num(double v) {
        return BigDecimal.valueOf(StrictMath.rint(v * 10) / 10).stripTrailingZeros().toPlainString();
    }
}
