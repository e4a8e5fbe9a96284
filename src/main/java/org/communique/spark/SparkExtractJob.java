package org.communique.spark;

import com.google.common.collect.Iterators;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.communique.api.ErrorRecord;
import org.communique.api.OutputRecord;
import org.communique.output.JsonLines;
import org.communique.read.InputReader;

/**
 * The {@code extract} batch as an Apache Spark job. It reads the same inputs (JSON Lines files,
 * {@code .txt} pages, directories of them), extracts every article and writes the same JSON Lines
 * records, error records included, as partitioned text output ({@code part-*} files and a
 * {@code _SUCCESS} marker). The set of records equals that of {@code extract --no-dedup} on the same
 * inputs; their order across partitions does not. The job does not look for duplicate articles:
 * each is extracted (order across partitions is what makes {@code extract} decide which one comes
 * first), and every record carries its {@code text_hash}, so duplicates can be grouped afterwards,
 * as the registry does.
 *
 * <p>One task per input path reads it with the batch's own {@link InputReader}, so ids, error kinds
 * and messages are the batch's; the articles are then spread round-robin over the extraction
 * partitions, where each executor JVM extracts them with one lazily built extractor shared by its
 * task threads ({@link ExecutorExtractor}). Input paths must therefore be readable at the same path
 * on every executor: the local disk in local mode, a shared mount on a cluster. The output may be
 * any path Spark writes to.
 */
public final class SparkExtractJob {
    private SparkExtractJob() {}

    /**
     * Settings of a run; {@link #DEFAULTS} are those of {@code extract}.
     *
     * @param maxChars   articles longer than this become {@code too_large} errors ({@code --max-chars})
     * @param timeout    time budget per article ({@code --timeout})
     * @param extractor  settings of the executors' extractors
     * @param partitions extraction partitions, or 0 for four per task slot (small partitions even out
     *                   the long articles)
     * @param overwrite  replace an existing output directory instead of failing
     */
    public record Options(long maxChars, Duration timeout, ExtractorSettings extractor, int partitions,
                          boolean overwrite) implements Serializable {
        public static final Options DEFAULTS =
                new Options(2_000_000, Duration.ofSeconds(60), ExtractorSettings.DEFAULT, 0, false);
    }

    /**
     * What a run wrote. Counted by accumulators, so a task that Spark retried counts twice.
     *
     * @param records records written, error records included
     * @param errors  error records written
     */
    public record Summary(long records, long errors, Duration elapsed) {
        /** One line for standard error, like {@code extract}'s summary. */
        public String describe() {
            double secs = Math.max(0.001, elapsed.toMillis() / 1000.0);
            return String.format("records written %d (%d ok, %d errors); %.1f s, %.2f articles/s",
                    records, records - errors, errors, secs, records / secs);
        }
    }

    /**
     * Runs the job and returns when the output is complete.
     *
     * @param inputs files and directories as {@code extract} takes them (no {@code -})
     * @param output the output directory
     */
    public static Summary run(SparkSession spark, List<String> inputs, String output, Options options) {
        if (inputs.isEmpty() || inputs.contains("-")) {
            throw new IllegalArgumentException("inputs must be files or directories (standard input cannot be shared)");
        }
        long t0 = System.nanoTime();
        int partitions = options.partitions() > 0 ? options.partitions() : 4 * spark.sparkContext().defaultParallelism();
        LongAccumulator records = spark.sparkContext().longAccumulator("communique records");
        LongAccumulator errors = spark.sparkContext().longAccumulator("communique error records");
        // lambdas below capture only these serializable values, never this class or the session
        long maxChars = options.maxChars();
        ExtractorSettings settings = options.extractor();
        Duration timeout = options.timeout();

        Dataset<ShippedInput> articles = spark.createDataset(inputs, Encoders.STRING())
                .flatMap((FlatMapFunction<String, ShippedInput>) path -> Iterators.transform(
                        new InputReader(List.of(path), maxChars, InputStream::nullInputStream).iterator(),
                        ShippedInput::of), Encoders.javaSerialization(ShippedInput.class));
        Dataset<String> lines = articles.repartition(partitions).map((MapFunction<ShippedInput, String>) in -> {
            OutputRecord r = ExecutorExtractor.record(in.toInput(), settings, timeout);
            records.add(1);
            if (r instanceof ErrorRecord) errors.add(1);
            return JsonLines.line(r);
        }, Encoders.STRING());
        lines.write().mode(options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists).text(output);
        return new Summary(records.value(), errors.value(), Duration.ofNanos(System.nanoTime() - t0));
    }
}
