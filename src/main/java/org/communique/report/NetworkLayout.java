package org.communique.report;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places a network's nodes in a box: a force-directed layout (Fruchterman and Reingold, 1991) started
 * from a circle in the nodes' order, with a pull towards the centre so that small components stay in
 * view. Nothing is random and the arithmetic is {@link StrictMath}'s, so the same network gives the same
 * coordinates on every run and every JVM.
 */
public final class NetworkLayout {
    /** A node's centre in the box. */
    public record Point(double x, double y) {}

    private static final int ITERATIONS = 400;

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
        for (int i = 0; i < n; i++) index.put(nodes.get(i).id(), i);
        double[] x = new double[n], y = new double[n];
        for (int i = 0; i < n; i++) { // a circle, most connected first
            double angle = 2 * StrictMath.PI * i / n;
            x[i] = StrictMath.cos(angle);
            y[i] = StrictMath.sin(angle);
        }
        double k = StrictMath.sqrt(4.0 / n); // the ideal distance in a 2 × 2 square
        double[] dx = new double[n], dy = new double[n];
        for (int iter = 0; iter < ITERATIONS; iter++) {
            double temperature = 0.1 * (1 - (double) iter / ITERATIONS) + 0.001;
            java.util.Arrays.fill(dx, 0);
            java.util.Arrays.fill(dy, 0);
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double ddx = x[i] - x[j], ddy = y[i] - y[j];
                    double d = StrictMath.max(StrictMath.sqrt(ddx * ddx + ddy * ddy), 1e-3);
                    double f = k * k / d;
                    dx[i] += ddx / d * f;
                    dy[i] += ddy / d * f;
                    dx[j] -= ddx / d * f;
                    dy[j] -= ddy / d * f;
                }
            }
            for (Network.Edge e : network.edges()) {
                int a = index.get(e.a()), b = index.get(e.b());
                double ddx = x[a] - x[b], ddy = y[a] - y[b];
                double d = StrictMath.max(StrictMath.sqrt(ddx * ddx + ddy * ddy), 1e-3);
                double f = d * d / k * (1 + StrictMath.log(e.weight())); // heavier ties pull closer
                dx[a] -= ddx / d * f;
                dy[a] -= ddy / d * f;
                dx[b] += ddx / d * f;
                dy[b] += ddy / d * f;
            }
            for (int i = 0; i < n; i++) {
                dx[i] -= x[i] * k; // gravity: keeps components that share no edge from drifting apart
                dy[i] -= y[i] * k;
                double d = StrictMath.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (d > 0) {
                    double step = StrictMath.min(d, temperature);
                    x[i] += dx[i] / d * step;
                    y[i] += dy[i] / d * step;
                }
            }
        }
        return fit(nodes, x, y);
    }

    /** Scales the coordinates into the box, keeping the aspect ratio, rounded to tenths for a stable file. */
    private Map<String, Point> fit(List<Network.Node> nodes, double[] x, double[] y) {
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < x.length; i++) {
            minX = StrictMath.min(minX, x[i]);
            maxX = StrictMath.max(maxX, x[i]);
            minY = StrictMath.min(minY, y[i]);
            maxY = StrictMath.max(maxY, y[i]);
        }
        double spanX = StrictMath.max(maxX - minX, 1e-9), spanY = StrictMath.max(maxY - minY, 1e-9);
        double scale = StrictMath.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY);
        double offX = (width - spanX * scale) / 2, offY = (height - spanY * scale) / 2;
        Map<String, Point> out = new LinkedHashMap<>();
        for (int i = 0; i < x.length; i++) {
            out.put(nodes.get(i).id(), new Point(round(offX + (x[i] - minX) * scale), round(offY + (y[i] - minY) * scale)));
        }
        return out;
    }

    private static double round(double v) {
        return StrictMath.rint(v * 10) / 10;
    }
}
