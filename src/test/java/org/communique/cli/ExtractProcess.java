package org.communique.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The extract command started as a process of its own, on this JVM's class path (each start that
 * gets as far as the models loads them, about 3 s), for what only a real process shows: signals,
 * closed or full standard streams, locks held by another process, exit statuses.
 */
final class ExtractProcess {
    private static final Pattern SUMMARY = Pattern.compile(
            "articles read (\\d+) = written (\\d+) \\((\\d+) ok \\+ (\\d+) failed\\) \\+ skipped (\\d+)");

    private ExtractProcess() {}

    /** The command line of {@code extract args}, with a heap of {@code heap}. */
    static List<String> command(String heap, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "extract"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** A process builder for {@code extract args} whose standard error goes to {@code stderr}. */
    static ProcessBuilder extract(Path stderr, String... args) {
        return new ProcessBuilder(command("1g", args)).redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE);
    }

    /**
     * The command run by bash after {@code redirections} (such as {@code <&-}, which no
     * ProcessBuilder redirect can do), with standard error to {@code stderr}.
     */
    static ProcessBuilder throughShell(String redirections, Path stderr, List<String> command) {
        List<String> cmd = new ArrayList<>(List.of("bash", "-c", "exec \"$@\" " + redirections, "extract"));
        cmd.addAll(command);
        return new ProcessBuilder(cmd).redirectError(stderr.toFile());
    }

    /** Waits for the process and returns its exit status. */
    static int exit(Process p, Path stderr) throws InterruptedException {
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), () -> "still running: " + read(stderr));
        return p.exitValue();
    }

    static long lines(Path f) throws IOException {
        if (!Files.exists(f)) return 0;
        long n = 0;
        for (byte x : Files.readAllBytes(f)) if (x == '\n') n++;
        return n;
    }

    /** The summary's counts: read, written, ok, failed, skipped. */
    static long[] summary(Path stderr) throws IOException {
        Matcher m = SUMMARY.matcher(Files.readString(stderr));
        assertTrue(m.find(), () -> "no summary line in: " + read(stderr));
        long[] c = new long[5];
        for (int i = 0; i < 5; i++) c[i] = Long.parseLong(m.group(i + 1));
        return c;
    }

    static boolean hasSummary(Path stderr) {
        return SUMMARY.matcher(read(stderr)).find();
    }

    static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
