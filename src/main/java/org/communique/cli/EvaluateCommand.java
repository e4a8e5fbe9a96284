package org.communique.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.communique.eval.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evaluate}: precision, recall and F1 of a prediction file against gold files. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Scores JSON Lines predictions against a directory of gold files (one <id>.json per "
                + "article, the format of the annotation guideline): P/R/F1 per entity type, dates, events "
                + "and event arguments, title and publication-date accuracy.")
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "directory of gold files")
    Path gold;

    @Parameters(paramLabel = "PRED.jsonl", description = "predictions written by extract")
    Path pred;

    @Option(names = "--show", paramLabel = "N", defaultValue = "0", description = "list N misses")
    int show;

    @Option(names = "--ids", paramLabel = "ID,...", split = ",", description = "score only these articles")
    java.util.Set<String> ids;

    @Override
    public Integer call() throws Exception {
        Scorer.Report r = Scorer.score(gold, pred, ids);
        System.out.print(r.table(show));
        return 0;
    }
}
