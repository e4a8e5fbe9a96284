package org.communique.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who met whom: persons and states, with an edge between two participants of the same MEETING, VISIT,
 * AGREEMENT_SIGNED or MESSAGE. An edge's weight is the number of events the two share, counted as
 * happenings: the reports of one event cluster count once, events of duplicate articles and events
 * not asserted (planned, negated, ...) not at all.
 *
 * @param nodes by degree (most partners first), then events, then id
 * @param edges by weight (heaviest first), then the two node ids
 */
public record Network(List<Node> nodes, List<Edge> edges) {
    /** The event types that make an edge. */
    public static final Set<String> TYPES = Set.of("MEETING", "VISIT", "AGREEMENT_SIGNED", "MESSAGE");

    public Network {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** A person or state. */
    public enum Kind { PERSON, STATE }

    /**
     * A node of the network.
     *
     * @param id {@code person:<person_id>} or {@code state:<ISO code>}
     * @param key the person_id or the country code
     * @param degree the number of distinct partners
     * @param events the number of happenings it takes part in with at least one partner
     */
    public record Node(String id, Kind kind, String key, String label, String country, int degree, int events) {}

    /** An undirected edge; {@code a} sorts before {@code b}. */
    public record Edge(String a, String b, int weight) {}

    /** The network of the registry's events. */
    public static Network of(ReportData data) {
        Map<String, Set<String>> happeningsOf = new HashMap<>();   // node → happenings with a partner
        Map<String, Set<String>> edgeHappenings = new TreeMap<>(); // "a\tb" → happenings
        Map<String, NameCount> labels = new HashMap<>();
        Map<String, String> countries = new HashMap<>();
        for (ReportEvent e : data.distinctEvents()) {
            if (!TYPES.contains(e.type()) || !e.isAsserted()) continue;
            Set<String> ids = new LinkedHashSet<>();
            for (Participant p : e.participants()) {
                String id = p.nodeId();
                if (id == null) continue;
                ids.add(id);
                labels.computeIfAbsent(id, k -> new NameCount()).add(data.displayName(p));
                if (p.country() != null) countries.putIfAbsent(id, p.country());
            }
            List<String> sorted = new ArrayList<>(ids);
            sorted.sort(null);
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    edgeHappenings.computeIfAbsent(sorted.get(i) + "\t" + sorted.get(j), k -> new HashSet<>()).add(e.happening());
                    happeningsOf.computeIfAbsent(sorted.get(i), k -> new HashSet<>()).add(e.happening());
                    happeningsOf.computeIfAbsent(sorted.get(j), k -> new HashSet<>()).add(e.happening());
                }
            }
        }
        List<Edge> edges = new ArrayList<>();
        Map<String, Integer> degree = new HashMap<>();
        edgeHappenings.forEach((pair, happenings) -> {
            String[] ab = pair.split("\t", 2);
            edges.add(new Edge(ab[0], ab[1], happenings.size()));
            degree.merge(ab[0], 1, Integer::sum);
            degree.merge(ab[1], 1, Integer::sum);
        });
        edges.sort(Comparator.comparingInt(Edge::weight).reversed().thenComparing(Edge::a).thenComparing(Edge::b));
        List<Node> nodes = new ArrayList<>();
        for (String id : degree.keySet()) {
            boolean person = id.startsWith("person:");
            String key = id.substring(id.indexOf(':') + 1);
            Person known = person ? data.persons().get(key) : null;
            String label = known != null ? known.name() : labels.get(id).best();
            if (label == null) label = key;
            String country = known != null && known.country() != null ? known.country() : countries.get(id);
            nodes.add(new Node(id, person ? Kind.PERSON : Kind.STATE, key, label, country, degree.get(id),
                    happeningsOf.get(id).size()));
        }
        nodes.sort(Comparator.comparingInt(Node::degree).reversed().thenComparing(Comparator.comparingInt(Node::events).reversed())
                .thenComparing(Node::id));
        return new Network(nodes, edges);
    }

    /** The {@code n} nodes of highest degree and the edges between them. */
    public Network top(int n) {
        if (n >= nodes.size()) return this;
        List<Node> kept = nodes.subList(0, n);
        Set<String> ids = new HashSet<>();
        for (Node node : kept) ids.add(node.id());
        return new Network(kept, edges.stream().filter(e -> ids.contains(e.a()) && ids.contains(e.b())).toList());
    }

    /** The weight of the edge between two nodes, 0 when there is none. */
    public int weight(String x, String y) {
        String a = x.compareTo(y) <= 0 ? x : y, b = a.equals(x) ? y : x;
        for (Edge e : edges) if (e.a().equals(a) && e.b().equals(b)) return e.weight();
        return 0;
    }

    /** The partners of a node with the weight of each tie, heaviest first. */
    public List<Map.Entry<String, Integer>> partners(String id) {
        List<Map.Entry<String, Integer>> out = new ArrayList<>();
        for (Edge e : edges) {
            if (e.a().equals(id)) out.add(Map.entry(e.b(), e.weight()));
            else if (e.b().equals(id)) out.add(Map.entry(e.a(), e.weight()));
        }
        return out; // edges are heaviest first already
    }

    /** The node with this id, or null. */
    public Node node(String id) {
        for (Node n : nodes) if (n.id().equals(id)) return n;
        return null;
    }

    /** The most frequent name of a node (a state is "DPRK" in one article, "Democratic People's Republic of Korea" in another). */
    private static final class NameCount {
        private final Map<String, Integer> counts = new TreeMap<>();

        void add(String name) {
            if (name != null) counts.merge(name, 1, Integer::sum);
        }

        String best() {
            String best = null;
            for (Map.Entry<String, Integer> e : counts.entrySet()) if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
            return best;
        }
    }
}
