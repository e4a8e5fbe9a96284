package org.communique.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * {@code person/<id>.html}: a person's name, spellings, country, offices over time, partners in the
 * network, and events newest first with the sentence that says so and the article it comes from.
 */
final class PersonPage {
    private final ReportData data;
    private final Links links;
    private final Network network;
    private final Map<String, List<ReportEvent>> eventsOf = new HashMap<>();

    PersonPage(ReportData data, Links links, Network network) {
        this.data = data;
        this.links = links;
        this.network = network;
        for (ReportEvent e : data.distinctEvents()) {
            e.participants().stream().map(Participant::personId).filter(Objects::nonNull).distinct()
                    .forEach(id -> eventsOf.computeIfAbsent(id, k -> new ArrayList<>()).add(e));
        }
    }

    String render(Person person) {
        Document doc = Html.page(person.name(), "../", null);
        Element main = Html.main(doc);
        main.appendElement("h1").text(person.name());
        Element facts = main.appendElement("dl").addClass("facts");
        fact(facts, "Also written", person.variants().isEmpty() ? "—" : String.join("; ", person.variants()));
        fact(facts, "Country", person.country() == null ? "—" : person.country());
        fact(facts, "Articles", Integer.toString(person.nArticles()));
        if (person.firstSeen() != null || person.lastSeen() != null) {
            fact(facts, "Seen", Html.date(person.firstSeen()) + " to " + Html.date(person.lastSeen()));
        }

        main.appendElement("h2").text("Titles");
        if (person.titles().isEmpty()) {
            main.appendElement("p").addClass("empty").text("No title recorded.");
        } else {
            Element table = main.appendElement("table").addClass("titles");
            Element head = table.appendElement("thead").appendElement("tr");
            for (String h : List.of("Title", "First seen", "Last seen", "Articles")) head.appendElement("th").text(h);
            Element body = table.appendElement("tbody");
            for (TitleSpan t : person.titles()) {
                Element tr = body.appendElement("tr");
                tr.appendElement("td").text(t.title());
                tr.appendElement("td").text(Html.date(t.firstSeen()));
                tr.appendElement("td").text(Html.date(t.lastSeen()));
                tr.appendElement("td").addClass("num").text(Integer.toString(t.nArticles()));
            }
        }

        partners(main, "person:" + person.personId());

        List<ReportEvent> events = eventsOf.getOrDefault(person.personId(), List.of()).stream()
                .sorted(Comparator.comparing(ReportEvent::date, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(ReportEvent::eventKey))
                .toList();
        main.appendElement("h2").text("Events (" + events.size() + "), newest first");
        if (events.isEmpty()) main.appendElement("p").addClass("empty").text("No event names this person.");
        EventView view = new EventView(data, links, "../", true);
        Element list = main.appendElement("div").addClass("events");
        for (ReportEvent e : events) view.append(list, e);
        return Html.render(doc);
    }

    private void partners(Element main, String nodeId) {
        List<Map.Entry<String, Integer>> partners = network.partners(nodeId);
        if (partners.isEmpty()) return;
        main.appendElement("h2").text("Met, visited, signed with or wrote to");
        Element ul = main.appendElement("ul").addClass("partners");
        for (Map.Entry<String, Integer> p : partners) {
            Network.Node node = network.node(p.getKey());
            Element li = ul.appendElement("li");
            String href = node.kind() == Network.Kind.PERSON ? links.person(node.key()) : Links.countryTimeline(node.key());
            Html.linkOrText(li, href == null ? null : "../" + href, node.label());
            li.appendElement("span").addClass("weight").text(p.getValue() == 1 ? "1 event" : p.getValue() + " events");
        }
    }

    private static void fact(Element dl, String term, String value) {
        dl.appendElement("dt").text(term);
        dl.appendElement("dd").text(value);
    }
}
