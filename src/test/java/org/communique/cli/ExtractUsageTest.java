package org.communique.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad command lines exit with status 2 and a message with the usage, before any model is loaded
 * (these run in the suite's JVM and take milliseconds).
 */
class ExtractUsageTest {
    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(status, out.toString(), err.toString());
    }

    private static void assertUsageError(Result r, String message) {
        assertEquals(2, r.status(), r::toString);
        assertTrue(r.err().contains(message), () -> "expected '" + message + "' in: " + r.err());
        assertTrue(r.err().contains("Usage: communique extract"), r::err);
    }

    @Test
    void unknownOption() throws Exception {
        Path in = Files.writeString(dir.resolve("a.txt"), "Talks were held.");
        assertUsageError(run("extract", "--bogus", in.toString()), "Unknown option: '--bogus'");
    }

    @Test
    void missingPath() {
        assertUsageError(run("extract", dir.resolve("nowhere.jsonl").toString()), "no such file or directory");
        assertUsageError(run("extract"), "Missing required parameter");
    }

    @Test
    void brokenSymlinkGivenAsPath() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("gone.jsonl"), dir.resolve("nowhere.jsonl"));
        assertUsageError(run("extract", link.toString()), "broken symbolic link");
    }

    @Test
    void badOptionValues() throws Exception {
        Path in = Files.writeString(dir.resolve("a.txt"), "Talks were held.");
        assertUsageError(run("extract", "--threads", "many", in.toString()), "--threads");
        assertUsageError(run("extract", "--timeout", "0", in.toString()), "must be positive");
        assertUsageError(run("extract", "--resume", in.toString()), "--resume needs --out");
        assertUsageError(run("extract", "--out", dir.toString(), in.toString()), "--out is a directory");
        assertUsageError(run("extract", "--out", dir.resolve("no/such/dir/out.jsonl").toString(), in.toString()),
                "no such directory");
    }

    @Test
    void outputThatIsAnInputIsRefusedUntouched() throws Exception {
        Path in = Files.writeString(dir.resolve("a.jsonl"), "{\"id\": \"a\", \"story_text\": \"Talks were held.\"}\n");
        assertUsageError(run("extract", "--out", in.toString(), in.toString()), "is also an input");
        assertEquals("{\"id\": \"a\", \"story_text\": \"Talks were held.\"}\n", Files.readString(in));
    }

    @Test
    void resumingAFileThatIsNotOutputIsRefusedUntouched() throws Exception {
        Path in = Files.writeString(dir.resolve("a.txt"), "Talks were held.");
        String notes = "my notes\nnot records\n";
        Path out = Files.writeString(dir.resolve("notes.txt"), notes);
        assertUsageError(run("extract", "--resume", "--out", out.toString(), in.toString()), "cannot resume");
        assertEquals(notes, Files.readString(out));
    }

    @Test
    void noSubcommand() {
        Result r = run();
        assertEquals(2, r.status());
        assertTrue(r.err().contains("a subcommand is required"), r::err);
    }
}
