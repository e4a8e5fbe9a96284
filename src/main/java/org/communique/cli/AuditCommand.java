package org.communique.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.communique.Extractor;
import org.communique.api.Article;
import org.communique.api.ExtractionResult;
import org.communique.api.OutputRecord;
import org.communique.eval.CorpusAudit;
import org.communique.lexicon.Lexicon;
import org.communique.read.Input;
import org.communique.read.InputReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code audit}: extraction over a corpus without gold, per rule and by kinds of records that are always wrong. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Extracts a corpus and prints, per rule, how often it fires, and counts of anomalies: asserted "
                + "events dated after publication, DATEs inside names, arguments that are venues or titles, events "
                + "without a named argument, identical events in one record.")
final class AuditCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CORPUS", arity = "1..*", description = "articles (.jsonl, .txt or directories)")
    List<String> corpus;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: number of cores)")
    Integer threads;

    @Option(names = "--examples", paramLabel = "K", defaultValue = "5", description = "examples shown per anomaly (default: 5)")
    int examples;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Usage.pathsExist(spec, corpus);
        if (threads != null) Usage.inRange(spec, "--threads", threads, 1, ExtractCommand.MAX_THREADS);
        Usage.inRange(spec, "--examples", examples, 0, Integer.MAX_VALUE);
        List<Article> articles = new ArrayList<>();
        for (Input in : new InputReader(corpus, 2_000_000, () -> System.in)) {
            if (in instanceof Input.Ok ok) articles.add(ok.article());
        }
        Extractor.Builder b = Extractor.builder();
        if (threads != null) b.threads(threads);
        Extractor x = b.build();
        CorpusAudit audit = new CorpusAudit(Lexicon.get());
        List<OutputRecord> records = x.extractAll(articles);
        for (int i = 0; i < articles.size(); i++) {
            if (records.get(i) instanceof ExtractionResult r) audit.add(articles.get(i), r);
        }
        System.out.print(audit.report(examples));
        return 0;
    }
}
