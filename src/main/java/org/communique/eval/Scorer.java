package org.communique.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * Scores predictions against gold files exactly as the annotation guideline says (and as the
 * project's reference scorer {@code score.py} does): one-to-one greedy matching per entity type
 * after folding, exact matches first; events by type, date and a shared participant.
 */
public final class Scorer {
    private static final List<String> TYPES = List.of("PERSON", "ORGANIZATION", "LOCATION");
    private static final Set<String> STOP = Set.of("of", "the", "and", "for", "in", "on", "to", "a", "an");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern POSS = Pattern.compile("'s\\b");
    private static final Pattern NONWORD = Pattern.compile("[^\\p{L}\\p{N}_\\s]", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LEAD_THE = Pattern.compile("^\\s*the\\s+");

    private Scorer() {}

    /** Counts of one figure. */
    public static final class Count {
        public int tp, fp, fn;

        public double p() { return tp + fp == 0 ? (fn == 0 ? 1 : 0) : (double) tp / (tp + fp); }

        public double r() { return tp + fn == 0 ? 1 : (double) tp / (tp + fn); }

        public double f1() { return p() + r() == 0 ? 0 : 2 * p() * r() / (p() + r()); }

        /** For accuracies: correct / total. */
        public double acc() { return tp + fn == 0 ? 1 : (double) tp / (tp + fn); }
    }

    /**
     * The figures of one scoring run, what was missed and what was wrong (per category, for error
     * analysis), and each predicted event's confidence with whether it matched (for calibration).
     */
    public record Report(Map<String, Count> counts, List<String> misses, List<String> wrong,
                         List<Map.Entry<Double, Boolean>> events, int articles, int predicted) {
        public Count get(String k) { return counts.get(k); }

        /** Share of right events per confidence band, and for confidence >= 0.8. */
        public String calibration() {
            StringBuilder sb = new StringBuilder("confidence  events  right\n");
            double[] edges = {0, 0.4, 0.6, 0.7, 0.8, 0.9, 1.01};
            for (int i = 0; i + 1 < edges.length; i++) {
                double lo = edges[i], hi = edges[i + 1];
                long n = events.stream().filter(e -> e.getKey() >= lo && e.getKey() < hi).count();
                long ok = events.stream().filter(e -> e.getKey() >= lo && e.getKey() < hi && e.getValue()).count();
                if (n > 0) sb.append(String.format(Locale.ROOT, "%.1f-%.1f   %6d  %5.1f%%%n", lo, Math.min(hi, 1.0), n, 100.0 * ok / n));
            }
            long n = events.stream().filter(e -> e.getKey() >= 0.8).count();
            long ok = events.stream().filter(e -> e.getKey() >= 0.8 && e.getValue()).count();
            sb.append(String.format(Locale.ROOT, ">= 0.8     %6d  %5.1f%%%n", n, n == 0 ? 0 : 100.0 * ok / n));
            return sb.toString();
        }

        public String table(int show) {
            StringBuilder sb = new StringBuilder();
            for (String k : List.of("PERSON", "ORGANIZATION", "LOCATION", "ENTITY", "DATE", "EVENT", "EVENT_LOOSE", "ARG")) {
                Count c = counts.get(k);
                sb.append(String.format(Locale.ROOT, "%-13s P %s  R %s  F1 %s  (tp %d fp %d fn %d)%n", k, fixed3(c.p()),
                        fixed3(c.r()), fixed3(c.f1()), c.tp, c.fp, c.fn));
            }
            for (String k : List.of("TITLE", "PUBLISHED")) {
                Count c = counts.get(k);
                sb.append(String.format(Locale.ROOT, "%-13s acc %s (%d/%d)%n", k, fixed3(c.acc()), c.tp, c.tp + c.fn));
            }
            sb.append(String.format("articles %d, with a prediction %d%n", articles, predicted));
            if (show > 0) {
                sb.append("missed (in the gold, not found), by category:\n");
                group(misses, show, sb);
                sb.append("wrong (predicted, not in the gold), by category:\n");
                group(wrong, show, sb);
                sb.append("calibration of event confidence:\n").append(calibration());
            }
            return sb.toString();
        }

        /** Three decimals of the exact binary value, as Python's {@code %.3f} prints them (0.9945 -> 0.994). */
        static String fixed3(double v) {
            return new java.math.BigDecimal(v).setScale(3, java.math.RoundingMode.HALF_EVEN).toPlainString();
        }

        private static void group(List<String> items, int show, StringBuilder sb) {
            Map<String, List<String>> by = new TreeMap<>();
            for (String m : items) by.computeIfAbsent(m.split(" ")[1], k -> new ArrayList<>()).add(m);
            by.forEach((cat, list) -> {
                sb.append(String.format("  %s (%d)%n", cat, list.size()));
                list.stream().limit(show).forEach(m -> sb.append("    ").append(m).append('\n'));
            });
        }
    }

    static String fold(String s) {
        if (s == null) return "";
        String x = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        x = x.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('`', '\'');
        x = POSS.matcher(x).replaceAll("");
        x = NONWORD.matcher(x).replaceAll(" ");
        x = LEAD_THE.matcher(x).replaceFirst("");
        return String.join(" ", x.trim().split("\\s+")).trim();
    }

    private static Set<String> words(String s) {
        Set<String> w = new HashSet<>(List.of(fold(s).split(" ")));
        w.remove("");
        w.removeAll(STOP);
        return w;
    }

    static double jaccard(String a, String b) {
        Set<String> x = words(a), y = words(b);
        if (x.isEmpty() || y.isEmpty()) return 0;
        Set<String> i = new HashSet<>(x);
        i.retainAll(y);
        Set<String> u = new HashSet<>(x);
        u.addAll(y);
        return (double) i.size() / u.size();
    }

    private static Set<String> names(JsonNode e) {
        Set<String> n = new HashSet<>();
        n.add(fold(text(e, "name")));
        JsonNode al = e.get("aliases");
        if (al != null && al.isArray()) al.forEach(a -> n.add(fold(a.asText())));
        n.remove("");
        return n;
    }

    private static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    static boolean entMatch(String type, JsonNode g, JsonNode p, boolean loose) {
        Set<String> gn = names(g), pn = names(p);
        for (String x : gn) if (pn.contains(x)) return true;
        if (!loose) return false;
        String gc = text(g, "country");
        if (type.equals("LOCATION") && gc != null && gc.equals(text(p, "country"))
                && ("COUNTRY".equals(text(p, "subtype")) || "COUNTRY".equals(text(p, "type")))) return true;
        if (type.equals("ORGANIZATION")) {
            for (String a : gn) for (String b : pn) if (jaccard(a, b) >= 0.75) return true;
        }
        if (type.equals("PERSON")) {
            for (String a : gn) {
                for (String b : pn) {
                    String[] wa = a.split(" "), wb = b.split(" ");
                    if (wa.length >= 2 && wb.length >= 2 && wa.length != wb.length && wa[0].equals(wb[0])
                            && wa[wa.length - 1].equals(wb[wb.length - 1])) return true;
                }
            }
        }
        return false;
    }

    private static <G, P> List<int[]> greedy(List<G> golds, List<P> preds, BiPredicate<G, P> match,
                                            BiPredicate<G, P> first) {
        Set<Integer> used = new HashSet<>(), done = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        List<BiPredicate<G, P>> ms = new ArrayList<>();
        if (first != null) ms.add(first);
        ms.add(match);
        for (BiPredicate<G, P> m : ms) {
            for (int gi = 0; gi < golds.size(); gi++) {
                if (done.contains(gi)) continue;
                for (int pi = 0; pi < preds.size(); pi++) {
                    if (!used.contains(pi) && m.test(golds.get(gi), preds.get(pi))) {
                        used.add(pi);
                        done.add(gi);
                        pairs.add(new int[] {gi, pi});
                        break;
                    }
                }
            }
        }
        return pairs;
    }

    /** Scores a prediction file against a gold directory; {@code ids} restricts the articles (or null). */
    public static Report score(Path goldDir, Path predFile, Set<String> ids) throws IOException {
        Map<String, JsonNode> golds = new TreeMap<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(goldDir, "*.json")) {
            List<Path> files = new ArrayList<>();
            ds.forEach(files::add);
            files.sort(null);
            for (Path f : files) {
                JsonNode g = JSON.readTree(f.toFile());
                String id = text(g, "id");
                if (id == null) id = f.getFileName().toString().replaceFirst("\\.json$", "");
                if (ids == null || ids.contains(id)) golds.put(id, g);
            }
        }
        Map<String, JsonNode> preds = new HashMap<>();
        if (predFile != null && Files.exists(predFile)) {
            try (BufferedReader r = Files.newBufferedReader(predFile, StandardCharsets.UTF_8)) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.isBlank()) continue;
                    try {
                        JsonNode n = JSON.readTree(line);
                        if (n != null && n.isObject() && n.hasNonNull("id")) preds.put(n.get("id").asText(), n);
                    } catch (IOException ignored) {
                        // a torn line scores as a missing prediction, as in score.py
                    }
                }
            }
        }
        Map<String, Count> c = new LinkedHashMap<>();
        for (String k : List.of("PERSON", "ORGANIZATION", "LOCATION", "DATE", "EVENT", "EVENT_LOOSE", "ARG", "TITLE",
                "PUBLISHED", "ENTITY")) c.put(k, new Count());
        List<String> misses = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        List<Map.Entry<Double, Boolean>> calib = new ArrayList<>();
        for (Map.Entry<String, JsonNode> ge : golds.entrySet()) {
            String aid = ge.getKey();
            JsonNode g = ge.getValue();
            JsonNode p = preds.getOrDefault(aid, JSON.createObjectNode());
            Map<String, List<JsonNode>> pe = new HashMap<>();
            TYPES.forEach(t -> pe.put(t, new ArrayList<>()));
            Set<String> pdates = new HashSet<>();
            Map<String, JsonNode> byId = new HashMap<>();
            for (JsonNode e : iter(p.get("entities"))) {
                byId.put(text(e, "id"), e);
                String t = text(e, "type");
                if (t == null) continue;
                if (pe.containsKey(t)) pe.get(t).add(e);
                else if (t.equals("DATE")) {
                    String v = text(e, "value") != null ? text(e, "value") : text(e, "normalized");
                    if (v != null && !v.isEmpty()) pdates.add(v);
                } else if (Set.of("COUNTRY", "CITY", "STATE_OR_PROVINCE", "GPE", "FACILITY").contains(t)) {
                    pe.get("LOCATION").add(e);
                }
            }
            Map<String, GoldEntity> gents = new HashMap<>();
            for (String t : TYPES) {
                List<JsonNode> gl = iter(g.path("entities").get(t));
                for (JsonNode x : gl) {
                    gents.put(fold(text(x, "name")), new GoldEntity(x, t));
                    for (JsonNode a : iter(x.get("aliases"))) gents.put(fold(a.asText()), new GoldEntity(x, t));
                }
                List<JsonNode> pl = pe.get(t);
                List<int[]> pairs = greedy(gl, pl, (a, b) -> entMatch(t, a, b, true), (a, b) -> entMatch(t, a, b, false));
                Count ct = c.get(t);
                ct.tp += pairs.size();
                ct.fp += pl.size() - pairs.size();
                ct.fn += gl.size() - pairs.size();
                Set<Integer> matched = new HashSet<>();
                for (int[] pr : pairs) matched.add(pr[0]);
                if (t.equals("PERSON")) {
                    for (int[] pr : pairs) {
                        List<JsonNode> pt = iter(pl.get(pr[1]).get("titles"));
                        for (JsonNode title : iter(gl.get(pr[0]).get("titles"))) {
                            String gt = title.asText();
                            boolean ok = pt.stream().anyMatch(x -> jaccard(gt, x.asText()) >= 0.5
                                    || fold(x.asText()).contains(fold(gt)));
                            if (ok) c.get("TITLE").tp++;
                            else c.get("TITLE").fn++;
                        }
                    }
                    for (int gi = 0; gi < gl.size(); gi++) {
                        if (!matched.contains(gi)) c.get("TITLE").fn += iter(gl.get(gi).get("titles")).size();
                    }
                }
                for (int gi = 0; gi < gl.size(); gi++) {
                    if (!matched.contains(gi)) misses.add(aid + " " + t + " " + text(gl.get(gi), "name"));
                }
                Set<Integer> used = new HashSet<>();
                for (int[] pr : pairs) used.add(pr[1]);
                for (int pi = 0; pi < pl.size(); pi++) {
                    if (!used.contains(pi)) wrong.add(aid + " " + t + " " + text(pl.get(pi), "name"));
                }
            }
            Set<String> gd = new HashSet<>();
            iter(g.path("entities").get("DATE")).forEach(d -> gd.add(d.asText()));
            Count dc = c.get("DATE");
            for (String d : pdates) {
                if (gd.contains(d)) dc.tp++;
                else { dc.fp++; wrong.add(aid + " DATE " + d); }
            }
            for (String d : gd) {
                if (!pdates.contains(d)) { dc.fn++; misses.add(aid + " DATE " + d); }
            }
            if (g.has("published")) {
                String gp = text(g, "published"), pp = text(p, "published");
                boolean ok = (gp == null || gp.isEmpty()) ? (pp == null || pp.isEmpty()) : gp.equals(pp);
                if (ok) c.get("PUBLISHED").tp++;
                else c.get("PUBLISHED").fn++;
            }
            List<JsonNode> gev = iter(g.get("events"));
            List<JsonNode> pev = new ArrayList<>();
            for (JsonNode e : iter(p.get("events"))) {
                String m = text(e, "modality");
                if (m == null || m.isEmpty() || m.equals("asserted")) pev.add(e);
            }
            BiPredicate<JsonNode, JsonNode> strict = (ge2, pv) -> evMatch(ge2, pv, true, gents, byId);
            List<int[]> pairs = greedy(gev, pev, strict, null);
            Count ec = c.get("EVENT");
            ec.tp += pairs.size();
            ec.fp += pev.size() - pairs.size();
            ec.fn += gev.size() - pairs.size();
            List<int[]> loose = greedy(gev, pev, (ge2, pv) -> evMatch(ge2, pv, false, gents, byId), null);
            Count el = c.get("EVENT_LOOSE");
            el.tp += loose.size();
            el.fp += pev.size() - loose.size();
            el.fn += gev.size() - loose.size();
            Set<Integer> usedEv = new HashSet<>();
            for (int[] pr : pairs) usedEv.add(pr[1]);
            for (int pi = 0; pi < pev.size(); pi++) {
                JsonNode pv = pev.get(pi);
                calib.add(Map.entry(pv.path("confidence").asDouble(0), usedEv.contains(pi)));
                if (!usedEv.contains(pi)) {
                    List<String> names = new ArrayList<>();
                    argNames(pv, byId).forEach(x -> names.add(text(x, "name")));
                    wrong.add(aid + " EVENT " + text(pv, "type") + " " + text(pv, "date") + " " + String.join(",", names)
                            + " [" + text(pv, "rule") + "]");
                }
            }
            Count ac = c.get("ARG");
            Set<Integer> matched = new HashSet<>();
            for (int[] pr : pairs) {
                matched.add(pr[0]);
                List<JsonNode> gp = iter(gev.get(pr[0]).get("participants"));
                List<JsonNode> pn = argNames(pev.get(pr[1]), byId);
                int hit = 0;
                for (JsonNode n : gp) if (pn.stream().anyMatch(x -> partMatch(n.asText(), gents, x))) hit++;
                ac.tp += hit;
                ac.fn += gp.size() - hit;
                ac.fp += Math.max(0, pn.size() - hit);
            }
            for (int gi = 0; gi < gev.size(); gi++) {
                if (matched.contains(gi)) continue;
                JsonNode ge2 = gev.get(gi);
                ac.fn += iter(ge2.get("participants")).size();
                List<String> parts = new ArrayList<>();
                iter(ge2.get("participants")).forEach(x -> parts.add(x.asText()));
                misses.add(aid + " EVENT " + text(ge2, "type") + " " + text(ge2, "date") + " " + String.join(",", parts));
            }
        }
        Count ent = c.get("ENTITY");
        for (String t : TYPES) {
            ent.tp += c.get(t).tp;
            ent.fp += c.get(t).fp;
            ent.fn += c.get(t).fn;
        }
        int predicted = (int) golds.keySet().stream().filter(preds::containsKey).count();
        return new Report(c, misses, wrong, calib, golds.size(), predicted);
    }

    /** A gold entity with the type it is listed under, which its participant mentions are matched as. */
    private record GoldEntity(JsonNode entity, String type) {}

    private static boolean evMatch(JsonNode ge, JsonNode pv, boolean strict, Map<String, GoldEntity> gents,
                                   Map<String, JsonNode> byId) {
        if (!text(ge, "type").equals(text(pv, "type"))) return false;
        String gd = text(ge, "date");
        if (strict && gd != null && !gd.isEmpty() && !gd.equals(text(pv, "date"))) return false;
        List<JsonNode> gp = iter(ge.get("participants"));
        if (gp.isEmpty()) return true;
        List<JsonNode> pn = argNames(pv, byId);
        for (JsonNode n : gp) for (JsonNode x : pn) if (partMatch(n.asText(), gents, x)) return true;
        return false;
    }

    private static List<JsonNode> argNames(JsonNode ev, Map<String, JsonNode> byId) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode a : iter(ev.get("arguments"))) {
            JsonNode e = byId.get(text(a, "entity"));
            if (e != null) {
                if ("DATE".equals(text(e, "type"))) continue;
                out.add(e);
            } else if (text(a, "name") != null) {
                out.add(JSON.createObjectNode().put("name", text(a, "name")));
            }
        }
        return out;
    }

    /**
     * A gold participant is matched under its own gold type only, so that a predicted country never
     * stands in for a gold person of that country; a name the gold entities lack is tried as any type.
     */
    private static boolean partMatch(String gname, Map<String, GoldEntity> gents, JsonNode pent) {
        GoldEntity g = gents.get(fold(gname));
        if (g != null) return entMatch(g.type(), g.entity(), pent, true);
        JsonNode bare = JSON.createObjectNode().put("name", gname);
        for (String t : List.of("ORGANIZATION", "PERSON", "LOCATION")) if (entMatch(t, bare, pent, true)) return true;
        return false;
    }

    private static List<JsonNode> iter(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n != null && n.isArray()) n.forEach(out::add);
        return out;
    }
}
