package org.communique.registry;

import java.util.HashMap;
import java.util.Map;

/** Disjoint sets of strings; the representative of a set is the first member added to it. */
final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, Integer> order = new HashMap<>();

    String find(String x) {
        String p = parent.get(x);
        if (p == null) {
            parent.put(x, x);
            order.put(x, order.size());
            return x;
        }
        if (p.equals(x)) return x;
        String root = find(p);
        parent.put(x, root);
        return root;
    }

    void union(String a, String b) {
        String ra = find(a), rb = find(b);
        if (ra.equals(rb)) return;
        if (order.get(ra) <= order.get(rb)) parent.put(rb, ra);
        else parent.put(ra, rb);
    }
}
