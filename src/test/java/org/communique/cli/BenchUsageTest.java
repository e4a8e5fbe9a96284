package org.communique.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench refuses, before the models load, what would measure nothing (exit 2; never a NaN rate). */
class BenchUsageTest {
    @TempDir
    Path dir;

    @Test
    void withoutCorpus() {
        CliRun.of("bench").assertUsageError("bench", "Missing required parameter: 'CORPUS'");
    }

    @Test
    void missingFile() {
        CliRun.of("bench", dir.resolve("none.jsonl").toString()).assertUsageError("bench", "no such file or directory: ");
    }

    @Test
    void badCounts() throws Exception {
        Path in = Files.writeString(dir.resolve("a.txt"), "Talks were held.");
        CliRun.of("bench", "--limit", "0", in.toString()).assertUsageError("bench", "--limit must be positive, not 0");
        CliRun.of("bench", "--threads", "0", in.toString()).assertUsageError("bench", "--threads must be positive, not 0");
        CliRun.of("bench", "--warmup", "-1", in.toString()).assertUsageError("bench", "--warmup must be at least 0, not -1");
    }

    /** The distribution ships only our pipeline's models: bench (c) then needs --skip-default (checked in src/it). */
    @Test
    void defaultModelsAreFoundOnTheClassPath() {
        assertTrue(BenchCommand.hasDefaultModels(BenchUsageTest.class.getClassLoader()));
        assertFalse(BenchCommand.hasDefaultModels(new URLClassLoader(new URL[0], null)));
    }

    @Test
    void noArticleLeftToMeasure() throws Exception {
        Path in = Files.writeString(dir.resolve("a.txt"), "Talks were held.");
        CliRun.of("bench", in.toString()).assertUsageError("bench", "no article left to measure");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        CliRun.of("bench", "--warmup", "0", empty.toString()).assertUsageError("bench", "(0 read, 0 of them for the warm-up)");
    }
}
