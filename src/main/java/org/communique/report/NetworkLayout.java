package org.communique.report;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places a network's nodes in a box with a force-directed layout in the manner of ForceAtlas2 (Jacomy
 * et al., 2014): nodes repel in proportion to their degrees, so that a hub's many partners spread
 * around it instead of piling up; ties pull linearly, more for heavier ties; a gravity as strong as a
 * node's degree keeps small components near the centre. It starts from a circle in the nodes' order.
 * Nothing is random and the arithmetic is {@link StrictMath}'s, so the same network gives the same
 * coordinates on every run and every JVM.
 */
public final class NetworkLayout {
    /** A node's centre in the box. */
    public record Point(double x, double y) {}

    private static final int ITERATIONS = 600;
    private static final double REPULSION = 1.0;
    private static final double GRAVITY = 0.08;

    private final double width;
    private final double height;
    private final double margin;

    /**
     * @param margin the room kept free at each side of the box (for the labels)
     */
    public NetworkLayout(double width, double height, double margin) {
        if (width <= 2 * margin || height <= 2 * margin) throw new IllegalArgumentException("box too small for its margins");
        this.width = width;
        this.height = height;
        this.margin = margin;
    }

    /** The position of each node, in the order of the network's nodes. */
    public Map<String, Point> place(Network network) {
        List<Network.Node> nodes = network.nodes();
        int n = nodes.size();
        Map<String, Point> out = new LinkedHashMap<>();
        if (n == 0) return out;
        if (n == 1) {
            out.put(nodes.get(0).id(), new Point(width / 2, height / 2));
            return out;
        }
        Map<String, Integer> index = new HashMap<>();
        double[] mass = new double[n];
        for (int i = 0; i < n; i++) {
            index.put(nodes.get(i).id(), i);
            mass[i] = nodes.get(i).degree() + 1;
        }
        double radius = StrictMath.sqrt(n) * 2;
        double[] x = new double[n], y = new double[n];
        for (int i = 0; i < n; i++) { // a circle, most connected first
            double angle = 2 * StrictMath.PI * i / n;
            x[i] = radius * StrictMath.cos(angle);
            y[i] = radius * StrictMath.sin(angle);
        }
        double[] dx = new double[n], dy = new double[n];
        for (int iter = 0; iter < ITERATIONS; iter++) {
            double temperature = radius * 0.1 * (1 - (double) iter / ITERATIONS) + 0.01;
            java.util.Arrays.fill(dx, 0);
            java.util.Arrays.fill(dy, 0);
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double ddx = x[i] - x[j], ddy = y[i] - y[j];
                    double d2 = StrictMath.max(ddx * ddx + ddy * ddy, 1e-4);
                    // force m·m/d², divided by d for the unit vector; falling off with the square keeps a small
                    // component that shares no tie with the rest from being pushed to the box's edge
                    double f = REPULSION * mass[i] * mass[j] / (d2 * StrictMath.sqrt(d2));
                    dx[i] += ddx * f;
                    dy[i] += ddy * f;
                    dx[j] -= ddx * f;
                    dy[j] -= ddy * f;
                }
            }
            for (Network.Edge e : network.edges()) {
                int a = index.get(e.a()), b = index.get(e.b());
                double w = 1 + StrictMath.log(e.weight()); // heavier ties pull closer
                double ddx = x[a] - x[b], ddy = y[a] - y[b];
                dx[a] -= ddx * w;
                dy[a] -= ddy * w;
                dx[b] += ddx * w;
                dy[b] += ddy * w;
            }
            for (int i = 0; i < n; i++) {
                dx[i] -= x[i] * GRAVITY * mass[i];
                dy[i] -= y[i] * GRAVITY * mass[i];
                double d = StrictMath.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (d > 0) {
                    double step = StrictMath.min(d / mass[i], temperature); // hubs move slowly
                    x[i] += dx[i] / d * step;
                    y[i] += dy[i] / d * step;
                }
            }
        }
        return fit(nodes, x, y);
    }

    /**
     * Scales the coordinates into the box, each axis to fill it but neither stretched more than 1.5 times
     * the other (a layout is shaped by its forces, not by the page); rounded to tenths for a stable file.
     */
    private Map<String, Point> fit(List<Network.Node> nodes, double[] x, double[] y) {
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < x.length; i++) {
            minX = StrictMath.min(minX, x[i]);
            maxX = StrictMath.max(maxX, x[i]);
            minY = StrictMath.min(minY, y[i]);
            maxY = StrictMath.max(maxY, y[i]);
        }
        double spanX = StrictMath.max(maxX - minX, 1e-9), spanY = StrictMath.max(maxY - minY, 1e-9);
        double scaleX = (width - 2 * margin) / spanX, scaleY = (height - 2 * margin) / spanY;
        scaleX = StrictMath.min(scaleX, 1.5 * scaleY);
        scaleY = StrictMath.min(scaleY, 1.5 * scaleX);
        double offX = (width - spanX * scaleX) / 2, offY = (height - spanY * scaleY) / 2;
        Map<String, Point> out = new LinkedHashMap<>();
        for (int i = 0; i < x.length; i++) {
            out.put(nodes.get(i).id(), new Point(round(offX + (x[i] - minX) * scaleX), round(offY + (y[i] - minY) * scaleY)));
        }
        return out;
    }

    private static double round(double v) {
        return StrictMath.rint(v * 10) / 10;
    }
}
