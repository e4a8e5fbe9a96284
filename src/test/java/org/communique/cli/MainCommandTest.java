package org.communique.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The top command: --version, and help as a subcommand. */
class MainCommandTest {
    private record Result(int status, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(status, out.toString(), err.toString());
    }

    @Test
    void versionIsThePomsVersion() {
        Result r = run("--version");
        assertEquals(0, r.status(), r::toString);
        assertEquals("communique " + Version.artifactVersion() + System.lineSeparator(), r.out());
        // filled in by the build: a version, not the placeholder
        assertTrue(Pattern.matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?", Version.artifactVersion()), Version.artifactVersion());
    }

    @Test
    void helpIsASubcommand() {
        Result r = run("help", "extract");
        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().startsWith("Usage: communique extract"), r::out);
        Result top = run("help");
        assertEquals(0, top.status(), top::toString);
        assertTrue(top.out().contains("evaluate") && top.out().contains("help"), top::out);
    }
}
