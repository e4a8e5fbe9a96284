package org.communique.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.SparkSession;
import org.communique.Extractor;
import org.communique.registry.LoadReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code communique-spark}: the {@code extract} command as a Spark job ({@link SparkExtractJob}).
 * Its own main class, not a subcommand of {@code communique}, because it needs Spark on the
 * classpath: {@code spark-submit --class org.communique.spark.SparkExtractCommand}, or {@code java -cp}
 * with Spark's jars (see docs/SPARK.md).
 */
@Command(name = "communique-spark", mixinStandardHelpOptions = true, version = "Communiqué 0.1.0",
        description = {"Extracts entities, dates and events from articles with Apache Spark and writes JSON Lines "
                + "part files (one record per article, in no particular order) and a _SUCCESS marker to DIR. "
                + "Inputs: .txt pages or articles, .jsonl scraper files, directories (recursively), readable at "
                + "the same path on every executor.",
                "With --tables DIR, the registry's tables of the records (those index writes, see 'communique index') "
                        + "are also written as DIR/<table>.parquet, one file per table.",
                "Exit status: 0 all articles processed, 1 some failed (their error records are written), 2 bad usage, "
                        + "3 the records are written but the tables could not be."})
public final class SparkExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or directories")
    List<String> paths;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "output directory (must not exist)")
    String out;

    @Option(names = "--overwrite", description = "replace the output directory if it exists")
    boolean overwrite;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: the one spark-submit sets, else local[*])")
    String master;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "extraction partitions (default: 4 per task slot)")
    int partitions;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "publication date for articles that give none")
    LocalDate date;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "time budget per article; over it the article gets an error of kind timeout (default: 60)")
    long timeoutSeconds;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "2000000",
            description = "articles longer than this are refused with kind too_large (default: 2,000,000)")
    long maxChars;

    @Option(names = "--max-sentence-tokens", paramLabel = "N", defaultValue = "" + Extractor.DEFAULT_MAX_SENTENCE_TOKENS,
            description = "longer sentences are cut before tagging (default: ${DEFAULT-VALUE})")
    int maxSentenceTokens;

    @Option(names = "--tables", paramLabel = "DIR", description = "also write the registry's tables of the records "
            + "as DIR/<table>.parquet (needs --out on the local file system)")
    Path tables;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkExtractCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        for (String p : paths) {
            if (p.equals("-")) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "standard input (-) cannot be read by a Spark job: give files or directories");
            }
            if (!Files.exists(Path.of(p))) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file or directory: " + p);
            }
        }
        if (tables != null && Files.exists(tables) && !Files.isDirectory(tables)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--tables is not a directory: " + tables);
        }
        if (timeoutSeconds < 1 || maxChars < 1 || partitions < 0 || maxSentenceTokens < 10) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--timeout and --max-chars must be positive, --partitions not negative, --max-sentence-tokens >= 10");
        }
        SparkSession.Builder b = SparkSession.builder().appName("communique extract");
        if (master != null) b.master(master);
        else if (!new SparkConf().contains("spark.master")) b.master("local[*]");
        SparkSession spark = b.getOrCreate();
        try {
            SparkExtractJob.Options o = new SparkExtractJob.Options(maxChars, Duration.ofSeconds(timeoutSeconds),
                    new ExtractorSettings(maxSentenceTokens, date), partitions, overwrite);
            SparkExtractJob.Summary s = SparkExtractJob.run(spark, paths, out, o);
            System.err.println(s.describe());
            if (tables != null) {
                try {
                    LoadReport r = RegistryTables.write(out, tables);
                    System.err.printf("tables of %d articles and %d error records written to %s%n", r.articles(),
                            r.errors(), tables);
                } catch (IOException | SQLException e) {
                    System.err.println("communique-spark: the records are written, but not the tables: " + e.getMessage());
                    return 3;
                }
            }
            return s.errors() > 0 ? 1 : 0;
        } catch (Exception e) {
            // Spark refuses an existing output before any work is done: a usage error, not a stack trace
            if (e instanceof SparkThrowable t && "PATH_ALREADY_EXISTS".equals(t.getCondition())) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--out " + out + " already exists (use --overwrite to replace it)");
            }
            throw e;
        } finally {
            spark.stop();
        }
    }
}
