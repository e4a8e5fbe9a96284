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
 * Bad command lines exit with status 2 and a one-line message with a hint to --help, before any model is loaded
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
        CliRun.assertUsageError("extract", r.status(), r.err(), message);
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
        assertUsageError(run("extract", "--timeout", "0", in.toString()), "--timeout must be positive, not 0");
        assertUsageError(run("extract", "--threads", "0", in.toString()), "--threads must be positive, not 0");
        assertUsageError(run("extract", "--max-chars", "-5", in.toString()), "--max-chars must be positive, not -5");
        assertUsageError(run("extract", "--max-sentence-tokens", "3", in.toString()),
                "--max-sentence-tokens must be at least 10, not 3");
        assertUsageError(run("extract", "--date", "garbage", in.toString()),
                "Invalid value for option '--date': 'garbage' is not a date YYYY-MM-DD");
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

    /** Issue 11, case 13: huge values are usage errors (exit 2) with a message, not a stack trace and exit 1. */
    @Test
    void hugeOptionValuesAreUsageErrors() throws Exception {
        Path in = Files.writeString(dir.resolve("a.txt"), "Talks were held.");
        for (String[] o : new String[][] {{"--threads", "2000000000"}, {"--timeout", "9223372036854775807"},
                {"--timeout", "99999999999"}, {"--max-chars", "9223372036854775807"}}) {
            Result r = run("extract", o[0], o[1], in.toString());
            assertUsageError(r, "at most");
            assertTrue(!r.err().contains("Exception") && !r.err().contains("\tat "), r::err);
        }
        assertUsageError(run("extract", "--threads", "99999999999", in.toString()), "--threads");
        assertUsageError(run("extract", "--retry-errors", "--out", dir.resolve("o.jsonl").toString(), in.toString()),
                "--retry-errors needs --resume");
        assertUsageError(run("extract", "--format", "xml", in.toString()), "--format");
    }

    /** What a run says on standard error, with its exit status: messages that come before any model loads. */
    private record Stderr(int status, String text) {}

    private static Stderr runCapturingStderr(String... args) {
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            Result r = run(args);
            return new Stderr(r.status(), buf.toString(java.nio.charset.StandardCharsets.UTF_8) + r.err());
        } finally {
            System.setErr(saved);
        }
    }

    /**
     * Issue 11, case 13: an --out that cannot be written is found before the models load (exit 3).
     * As root, chmod changes nothing; a sysctl file refuses writing even to root.
     */
    @Test
    void unwritableOutIsFoundAtOnce() throws Exception {
        Path in = Files.writeString(dir.resolve("a.txt"), "Talks were held.");
        Path readOnly = Path.of("/proc/sys/kernel/ostype");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(readOnly) && !Files.isWritable(readOnly),
                "needs a file nobody may write");
        Stderr r = runCapturingStderr("extract", "--out", readOnly.toString(), in.toString());
        assertEquals(3, r.status(), r::text);
        assertTrue(r.text().contains("cannot write --out") && !r.text().contains("models loaded"), r::text);
    }

    /** Issue 11, case 13: a run that finds no article says so even with -q and exits 1. */
    @Test
    void noArticleFoundIsSaidEvenWhenQuiet() throws Exception {
        Path only = Files.createDirectories(dir.resolve("archive"));
        Files.writeString(only.resolve("README.md"), "# notes");
        Files.write(only.resolve("old.gz"), new byte[] {0x1f, (byte) 0x8b});
        Stderr r = runCapturingStderr("extract", "-q", only.toString());
        assertEquals(1, r.status(), r::text);
        assertTrue(r.text().contains("no input article found"), r::text);
    }

    @Test
    void noSubcommand() {
        Result r = run();
        assertEquals(2, r.status());
        assertTrue(r.err().contains("a subcommand is required"), r::err);
        assertEquals(2, r.err().split("\\R").length, r::err);
    }
}
