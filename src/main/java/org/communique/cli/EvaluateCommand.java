package org.communique.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import org.communique.eval.Scorer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evaluate}: precision, recall and F1 of a prediction file against gold files. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores JSON Lines predictions against a directory of gold files (one <id>.json per "
                + "article, the format of the annotation guideline): P/R/F1 per entity type, dates, events "
                + "and event arguments, title and publication-date accuracy.",
                "Exit status: 0 scored; 2 bad usage, or nothing to score: no gold file, no gold article "
                        + "among --ids, or no prediction for any gold article (a table of zeros would mislead)."})
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "directory of gold files")
    Path gold;

    @Parameters(paramLabel = "PRED.jsonl", description = "predictions written by extract")
    Path pred;

    @Option(names = "--show", paramLabel = "N", defaultValue = "0", description = "list N misses")
    int show;

    @Option(names = "--ids", paramLabel = "ID,...", split = ",", description = "score only these articles")
    Set<String> ids;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.exists(gold)) throw Usage.error(spec, "--gold: no such directory: " + gold);
        if (!Files.isDirectory(gold)) throw Usage.error(spec, "--gold is not a directory: " + gold);
        if (!Files.isRegularFile(pred)) {
            throw Usage.error(spec, (Files.exists(pred) ? "not a file: " : "no such prediction file: ") + pred);
        }
        Usage.inRange(spec, "--show", show, 0, Integer.MAX_VALUE);
        Scorer.Report r;
        try {
            r = Scorer.score(gold, pred, ids);
        } catch (IOException e) { // a gold file that is no JSON, say
            throw Usage.error(spec, "cannot read the gold or the predictions: " + e.getMessage());
        }
        if (r.articles() == 0) {
            throw Usage.error(spec, ids == null ? "no gold file (*.json) in " + gold
                    : "--ids: none of " + ids + " is a gold article in " + gold);
        }
        if (r.predicted() == 0) {
            throw Usage.error(spec, "no prediction in " + pred + " has the id of a gold article in " + gold
                    + " (" + r.articles() + " articles)");
        }
        spec.commandLine().getOut().print(r.table(show));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
