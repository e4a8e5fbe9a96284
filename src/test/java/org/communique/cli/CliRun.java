package org.communique.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

/** A command line run in this JVM with picocli's output captured: for usage errors, found before any model loads. */
record CliRun(int status, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(status, out.toString(), err.toString());
    }

    /**
     * Exit 2 and exactly two lines on standard error: "communique COMMAND: ..." containing
     * {@code message}, then the hint to --help; no help text, no stack trace.
     */
    static void assertUsageError(String command, int status, String err, String message) {
        String name = "communique " + command;
        assertEquals(2, status, err);
        String[] lines = err.split("\\R");
        assertEquals(2, lines.length, () -> "two lines expected: " + err);
        assertTrue(lines[0].startsWith(name + ": ") && lines[0].contains(message),
                () -> "expected '" + name + ": ...'" + message + "...' in: " + err);
        assertEquals("Try '" + name + " --help' for more information.", lines[1]);
    }

    void assertUsageError(String command, String message) {
        assertUsageError(command, status, err, message);
    }
}
