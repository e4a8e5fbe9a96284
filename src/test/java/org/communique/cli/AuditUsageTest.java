package org.communique.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** audit's usage errors, found before the models load. */
class AuditUsageTest {
    @TempDir
    Path dir;

    @Test
    void badUsage() throws Exception {
        Path in = Files.writeString(dir.resolve("a.txt"), "Talks were held.");
        CliRun.of("audit").assertUsageError("audit", "Missing required parameter");
        CliRun.of("audit", dir.resolve("none.jsonl").toString()).assertUsageError("audit", "no such file or directory: ");
        CliRun.of("audit", "--threads", "0", in.toString()).assertUsageError("audit", "--threads must be positive, not 0");
        CliRun.of("audit", "--examples", "-2", in.toString()).assertUsageError("audit", "--examples must be at least 0, not -2");
    }
}
