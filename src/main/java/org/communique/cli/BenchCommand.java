package org.communique.cli;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.communique.Extractor;
import org.communique.api.Article;
import org.communique.output.JsonLines;
import org.communique.read.Input;
import org.communique.read.InputReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench}: throughput of (a) bare CoreNLP with exactly our annotators and settings plus the
 * dependency parser on every sentence, (b) the full Communiqué extraction including JSON (which parses
 * only the sentences that may hold an event), (c) CoreNLP's default tokenize,ssplit,pos,lemma,ner, on
 * the same articles after a warm-up; and what the parse costs: (a) without it.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures articles/s and tokens/s of (a) bare CoreNLP with our settings and the dependency parser, (b) full extraction "
                + "with JSON output, (c) CoreNLP's default NER pipeline, on the same articles, and prints the "
                + "ratios b/a and b/c, model load times and peak heap.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CORPUS", arity = "1..*", description = "articles (.jsonl, .txt or directories)")
    List<String> corpus;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "threads (default: 1)")
    int threads;

    @Option(names = "--limit", paramLabel = "K", defaultValue = "200", description = "articles measured (default: 200)")
    int limit;

    @Option(names = "--warmup", paramLabel = "W", defaultValue = "20", description = "warm-up articles (default: 20)")
    int warmup;

    @Option(names = "--skip-default", description = "do not measure (c), CoreNLP's default pipeline (slow)")
    boolean skipDefault;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Usage.pathsExist(spec, corpus);
        Usage.inRange(spec, "--threads", threads, 1, ExtractCommand.MAX_THREADS);
        Usage.inRange(spec, "--limit", limit, 1, Integer.MAX_VALUE);
        Usage.inRange(spec, "--warmup", warmup, 0, Integer.MAX_VALUE - limit);
        if (!skipDefault && !hasDefaultModels(BenchCommand.class.getClassLoader())) {
            throw Usage.error(spec, "CoreNLP's default models, for (c), are not on the class path (the distribution "
                    + "ships only those of our pipeline): give --skip-default, or run target/communique.jar of a build");
        }
        List<Article> arts = new ArrayList<>();
        for (Input in : new InputReader(corpus, 2_000_000, () -> System.in)) {
            if (in instanceof Input.Ok ok) arts.add(ok.article());
            if (arts.size() >= limit + warmup) break;
        }
        List<Article> warm = arts.subList(0, Math.min(warmup, arts.size()));
        List<Article> measured = arts.subList(warm.size(), arts.size());
        // rates over no article would be NaN: refuse before the models load
        if (measured.isEmpty()) {
            throw Usage.error(spec, "no article left to measure in " + corpus + " (" + arts.size()
                    + " read, " + warm.size() + " of them for the warm-up); give more articles or a smaller --warmup");
        }
        System.out.printf("articles: %d measured after %d warm-up, threads %d%n", measured.size(), warm.size(), threads);

        long t0 = System.nanoTime();
        Extractor x = Extractor.builder().threads(threads).build();
        double loadB = (System.nanoTime() - t0) / 1e9;
        Properties ours = x.coreNlpProperties();
        Properties parsed = (Properties) ours.clone();
        parsed.setProperty("annotators", ours.getProperty("annotators") + ",depparse");
        t0 = System.nanoTime();
        StanfordCoreNLP bare = new StanfordCoreNLP(parsed);
        double loadA = (System.nanoTime() - t0) / 1e9;
        StanfordCoreNLP unparsed = new StanfordCoreNLP(ours);

        long tokens = tokens(unparsed, measured);
        Function<Article, Integer> fa = art -> {
            bare.annotate(new Annotation(text(art)));
            return 0;
        };
        Function<Article, Integer> fb = art -> JsonLines.line(x.extractOrError(art)).length();
        // (a) and (b) run back to back on each article, timed separately: measured in separate passes,
        // the second pipeline ran under the first one's heap and JIT state and the ratio swung by 0.2
        Result[] ab = interleaved(warm, measured, fa, fb);
        Result a = ab[0], b = ab[1];
        System.out.printf("model load: ours %.1f s (extractor %.1f s)%n", loadA, loadB);
        a.print(tokens);
        b.print(tokens);
        System.out.printf("b/a = %.2f%n", b.rate() / a.rate());
        // what the parse costs: the same annotators without it, each in a pass of its own
        Result a1 = time("a) CoreNLP, our annotators with depparse, own pass", warm, measured, fa);
        Result a0 = time("a0) CoreNLP, our annotators without depparse", warm, measured, art -> {
            unparsed.annotate(new Annotation(text(art)));
            return 0;
        });
        a1.print(tokens);
        a0.print(tokens);
        System.out.printf("the parse of every sentence costs %.0f%% of (a0)'s time%n", 100 * (a1.seconds() / a0.seconds() - 1));
        // throughput as a run of extract sees it, for comparing thread counts: (b) alone, in its own pass
        time("b) alone, its own pass (compare across --threads)", warm, measured, fb).print(tokens);
        if (!skipDefault) {
            Properties def = new Properties();
            def.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
            t0 = System.nanoTime();
            StanfordCoreNLP dflt = new StanfordCoreNLP(def);
            double loadC = (System.nanoTime() - t0) / 1e9;
            Result c = time("c) CoreNLP default tokenize,ssplit,pos,lemma,ner", warm, measured, art -> {
                dflt.annotate(new Annotation(text(art)));
                return 0;
            });
            System.out.printf("model load: default %.1f s%n", loadC);
            c.print(tokens);
            System.out.printf("b/c = %.2f%n", b.rate() / c.rate());
        }
        System.out.printf("peak heap: %d MB%n", peakHeapMb());
        return 0;
    }

    /** Whether the models of CoreNLP's default pipeline (c) can be loaded: its first NER model stands for them. */
    static boolean hasDefaultModels(ClassLoader loader) {
        return loader.getResource(DefaultPaths.DEFAULT_NER_CONLL_MODEL) != null;
    }

    /** Runs fa then fb on every article (N threads); each one's time is its summed share of the wall time. */
    private Result[] interleaved(List<Article> warm, List<Article> arts, Function<Article, Integer> fa,
                                 Function<Article, Integer> fb) throws Exception {
        long[] t = new long[2];
        for (List<Article> set : List.of(warm, arts)) {
            t[0] = 0;
            t[1] = 0;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<long[]>> fs = new ArrayList<>();
                for (Article art : set) {
                    fs.add(pool.submit(() -> {
                        long t0 = System.nanoTime();
                        fa.apply(art);
                        long t1 = System.nanoTime();
                        fb.apply(art);
                        return new long[] {t1 - t0, System.nanoTime() - t1};
                    }));
                }
                for (Future<long[]> f : fs) {
                    long[] r = f.get();
                    t[0] += r[0];
                    t[1] += r[1];
                }
            } finally {
                pool.shutdown();
            }
        }
        return new Result[] {new Result("a) CoreNLP, our annotators + depparse", arts.size(), t[0] / 1e9 / threads),
                new Result("b) Communiqué extract + JSON", arts.size(), t[1] / 1e9 / threads)};
    }

    private static String text(Article a) {
        return a.title() == null ? a.text() : a.title() + "\n\n" + a.text();
    }

    private static long tokens(StanfordCoreNLP nlp, List<Article> arts) {
        long n = 0;
        for (Article a : arts) {
            Annotation an = new Annotation(text(a));
            nlp.annotate(an);
            n += an.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        return n;
    }

    private record Result(String name, int articles, double seconds) {
        double rate() { return articles / seconds; }

        void print(long tokens) {
            System.out.printf("%-50s %7.2f articles/s %9.0f tokens/s (%.1f s)%n", name, rate(), tokens / seconds, seconds);
        }
    }

    private Result time(String name, List<Article> warm, List<Article> arts, Function<Article, Integer> f)
            throws Exception {
        run(warm, f);
        long t0 = System.nanoTime();
        run(arts, f);
        return new Result(name, arts.size(), (System.nanoTime() - t0) / 1e9);
    }

    private void run(List<Article> arts, Function<Article, Integer> f) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> fs = new ArrayList<>();
            for (Article a : arts) fs.add(pool.submit(() -> f.apply(a)));
            for (Future<Integer> fu : fs) fu.get();
        } finally {
            pool.shutdown();
        }
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        }
        return sum >> 20;
    }
}
