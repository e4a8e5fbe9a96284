package org.communique.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.communique.Shared;
import org.communique.batch.BatchRunner;
import org.communique.output.JsonLines;
import org.communique.read.InputReader;
import org.communique.registry.LoadReport;
import org.communique.registry.Registry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job in local[2] writes the records of the batch path, error records included. */
class SparkExtractJobTest {
    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        // the executors of local[2] live in this JVM: let them use the suite's extractor, not load another
        ExecutorExtractor.install(ExtractorSettings.DEFAULT, Shared.extractor());
        spark = SparkSession.builder().master("local[2]").appName("communique-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) spark.stop();
    }

    @Test
    void devSetGivesTheBatchRecords(@TempDir Path tmp) throws IOException {
        assumeTrue(Shared.hasDevSet(), "no development set at " + Shared.devSet());
        List<String> inputs = List.of(Shared.devSet().resolve("articles.jsonl").toString(),
                Shared.devSet().resolve("pages").toString());
        Path out = tmp.resolve("spark-out");

        SparkExtractJob.Summary s = SparkExtractJob.run(spark, inputs, out.toString(), options(4));

        assertTrue(Files.exists(out.resolve("_SUCCESS")), "no _SUCCESS marker");
        List<String> expected = batchLines(inputs, tmp.resolve("batch.jsonl"));
        List<String> got = partLines(out);
        assertEquals(sorted(expected), sorted(got));
        assertEquals(expected.size(), s.records());
        assertTrue(partFiles(out).size() > 1, "output should be partitioned");
        for (String line : got) {
            JsonNode r = JsonLines.mapper().readTree(line);
            if (!r.has("error")) assertTrue(r.get("text_hash").asText().matches("[0-9a-f]{64}"), line);
        }
    }

    @Test
    void malformedLineAndEmptyArticleInOnePartitionBecomeErrorRecords(@TempDir Path tmp) throws Exception {
        Path jsonl = tmp.resolve("faulty.jsonl");
        Files.writeString(jsonl, String.join("\n",
                "{\"id\": \"good\", \"title\": \"Talks Held\", \"text\": \"Pyongyang, November 1 (KCNA) -- "
                        + "Kim Jong Un met Russian Foreign Minister Sergei Lavrov in Pyongyang on Friday.\"}",
                "{\"id\": \"broken\", \"text\": \"the line ends here",
                "{\"id\": \"blank\", \"text\": \"   \"}") + "\n");
        List<String> inputs = List.of(jsonl.toString());
        Path out = tmp.resolve("spark-out");

        SparkExtractJob.Summary s = SparkExtractJob.run(spark, inputs, out.toString(), options(1));

        assertTrue(Files.exists(out.resolve("_SUCCESS")), "the job should succeed");
        assertEquals(1, partFiles(out).size());
        List<String> got = partLines(out);
        assertEquals(sorted(batchLines(inputs, tmp.resolve("batch.jsonl"))), sorted(got));
        Map<String, String> kinds = new TreeMap<>();
        for (String line : got) {
            JsonNode n = JsonLines.mapper().readTree(line);
            kinds.put(n.get("id").asText(), n.has("error") ? n.get("error").get("kind").asText() : "ok");
        }
        assertEquals(Map.of("good", "ok", "faulty.jsonl#2", "malformed", "blank", "empty"), kinds);
        assertEquals(2, s.errors());

        // --tables: the registry's tables of these records, one Parquet file each
        Path tables = tmp.resolve("tables");
        LoadReport r = RegistryTables.write(out.toString(), tables);
        assertEquals(List.of(1, 2), List.of(r.articles(), r.errors()));
        for (String t : Registry.TABLES) assertTrue(Files.isRegularFile(tables.resolve(t + ".parquet")), t);
        try (Registry check = Registry.inMemory(); Statement st = check.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT string_agg(article_id, ',') FROM read_parquet('"
                     + tables.resolve("articles.parquet") + "')), (SELECT string_agg(kind, ',' ORDER BY kind) FROM "
                     + "read_parquet('" + tables.resolve("errors.parquet") + "'))")) {
            rs.next();
            assertEquals("good|empty,malformed", rs.getString(1) + "|" + rs.getString(2));
        }
    }

    @Test
    void articleOverItsTimeBudgetBecomesATimeoutRecord(@TempDir Path tmp) throws IOException {
        String text = "Pyongyang, November 1 (KCNA) -- Kim Jong Un met Russian Foreign Minister Sergei Lavrov. ".repeat(40);
        Path jsonl = tmp.resolve("slow.jsonl");
        Files.writeString(jsonl, "{\"id\": \"slow\", \"text\": \"" + text + "\"}\n");
        Path out = tmp.resolve("spark-out");
        SparkExtractJob.Options d = SparkExtractJob.Options.DEFAULTS;

        SparkExtractJob.run(spark, List.of(jsonl.toString()), out.toString(),
                new SparkExtractJob.Options(d.maxChars(), Duration.ofMillis(1), d.extractor(), 1, false));

        assertTrue(Files.exists(out.resolve("_SUCCESS")), "the job should succeed");
        assertEquals(List.of("{\"id\":\"slow\",\"error\":{\"kind\":\"timeout\",\"message\":"
                + "\"extraction took longer than the time budget of 1 ms (--timeout); the article was not extracted\"}}"),
                partLines(out));
    }

    private static SparkExtractJob.Options options(int partitions) {
        SparkExtractJob.Options d = SparkExtractJob.Options.DEFAULTS;
        return new SparkExtractJob.Options(d.maxChars(), d.timeout(), d.extractor(), partitions, false);
    }

    /** The records of the batch path ({@code extract --no-dedup}'s reader and runner) on the same inputs. */
    private static List<String> batchLines(List<String> inputs, Path file) throws IOException {
        SparkExtractJob.Options d = SparkExtractJob.Options.DEFAULTS;
        new BatchRunner(Shared.extractor(), 2, d.timeout(), null).extractingDuplicates()
                .run(new InputReader(inputs, d.maxChars(), InputStream::nullInputStream), file, null, false, -1);
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    private static List<Path> partFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
    }

    private static List<String> partLines(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path p : partFiles(dir)) {
            try {
                lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lines;
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }
}
