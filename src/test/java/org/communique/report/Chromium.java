package org.communique.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium (Debian's package) for the report's browser test: dumps a page's DOM after its
 * scripts ran, or takes a screenshot. Each run gets a fresh profile and no network features.
 */
final class Chromium {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 90;

    private final Path profiles;

    /** @param profiles a folder for the runs' throw-away profiles */
    Chromium(Path profiles) {
        if (!Files.isExecutable(BINARY)) {
            fail("headless Chromium is missing (" + BINARY + "): run .ci/run, which installs Debian's chromium package "
                    + "(or apt-get install -y chromium)");
        }
        this.profiles = profiles;
    }

    /** The DOM of {@code url} once its scripts ran (5 s of virtual time). */
    String dumpDom(String url) throws IOException, InterruptedException {
        return run(List.of("--dump-dom", url));
    }

    /** A screenshot of {@code url} at 1400 × {@code height} pixels into {@code png}. */
    void screenshot(String url, Path png, int height) throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.deleteIfExists(png);
        run(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=1400," + height, "--hide-scrollbars", url));
        assertTrue(Files.size(png) > 10_000, "a screenshot was written: " + png);
    }

    private String run(List<String> args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(profiles, "chromium-");
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--virtual-time-budget=5000"));
        command.addAll(args);
        Path log = profile.resolve("stderr.log");
        Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + command);
        }
        assertEquals(0, p.exitValue(), () -> "chromium failed: " + command + "\n" + read(log));
        return new String(out, StandardCharsets.UTF_8);
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
