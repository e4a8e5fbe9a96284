package org.communique.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** evaluate refuses what it cannot score (exit 2 with a message) rather than print a table of zeros or ones. */
class EvaluateUsageTest {
    @TempDir
    Path dir;

    Path gold;
    Path pred;

    @BeforeEach
    void goldAndPrediction() throws Exception {
        gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("a.json"), "{\"id\": \"a\", \"entities\": {\"PERSON\": [{\"name\": \"Kim Jong Un\"}]}}");
        pred = Files.writeString(dir.resolve("pred.jsonl"), "{\"id\": \"a\", \"entities\": [{\"id\": \"e1\", "
                + "\"type\": \"PERSON\", \"name\": \"Kim Jong Un\"}]}\n");
    }

    @Test
    void scoresAPredictionOfAGoldArticle() {
        CliRun r = CliRun.of("evaluate", "--gold", gold.toString(), pred.toString());
        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().contains("articles 1, with a prediction 1"), r::out);
    }

    @Test
    void missingPredictionFile() {
        CliRun.of("evaluate", "--gold", gold.toString(), dir.resolve("none.jsonl").toString())
                .assertUsageError("evaluate", "no such prediction file: ");
        CliRun.of("evaluate", "--gold", gold.toString(), gold.toString()).assertUsageError("evaluate", "not a file: ");
    }

    @Test
    void missingOrNonDirectoryGold() throws Exception {
        CliRun.of("evaluate", "--gold", dir.resolve("nowhere").toString(), pred.toString())
                .assertUsageError("evaluate", "--gold: no such directory: ");
        CliRun.of("evaluate", "--gold", pred.toString(), pred.toString())
                .assertUsageError("evaluate", "--gold is not a directory: ");
        CliRun.of("evaluate", "--gold", Files.createDirectories(dir.resolve("empty")).toString(), pred.toString())
                .assertUsageError("evaluate", "no gold file (*.json) in ");
    }

    @Test
    void predictionsWithNoGoldId() throws Exception {
        Path other = Files.writeString(dir.resolve("other.jsonl"), "{\"id\": \"b\", \"entities\": []}\n");
        CliRun.of("evaluate", "--gold", gold.toString(), other.toString())
                .assertUsageError("evaluate", "no prediction in " + other + " has the id of a gold article");
    }

    @Test
    void idsMatchingNothing() {
        CliRun.of("evaluate", "--gold", gold.toString(), "--ids", "x,y", pred.toString())
                .assertUsageError("evaluate", "--ids: none of ");
    }

    @Test
    void negativeShow() {
        CliRun.of("evaluate", "--gold", gold.toString(), "--show", "-1", pred.toString())
                .assertUsageError("evaluate", "--show must be at least 0, not -1");
    }

    @Test
    void goldThatIsNoJson() throws Exception {
        Files.writeString(gold.resolve("b.json"), "{not json");
        CliRun.of("evaluate", "--gold", gold.toString(), pred.toString())
                .assertUsageError("evaluate", "cannot read the gold or the predictions");
    }
}
