package org.communique.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import org.communique.output.JsonLines;

/**
 * An existing output file being resumed: the ids it already holds (with how many times each
 * occurs) and the repair of a last line cut short by a crash.
 *
 * <p>The batch writes one record per line and flushes it whole, so a killed run leaves complete
 * lines followed by at most one torn line without its line break. That torn line is cut off (its
 * article is extracted again). A complete line that is not a record means the file is not the
 * output of a batch, or was damaged otherwise: resuming would have to destroy data, so it is
 * refused with {@link NotResumableException} and the file is left untouched.
 */
final class OutputFile {
    private OutputFile() {}

    /** What resuming found in the output file. */
    record Resumed(Map<String, Integer> ids, long records, long cutBytes) {}

    /** The output file holds something other than records; it is left as it was. */
    static final class NotResumableException extends IOException {
        NotResumableException(String message) { super(message); }
    }

    /**
     * Truncates a torn last line (no final line break) and returns the count of complete records
     * per id.
     *
     * @throws NotResumableException when a complete line is not a record (nothing is changed then)
     */
    static Resumed repairAndIndex(Path out) throws IOException {
        return scan(out, true);
    }

    /** Like {@link #repairAndIndex} without changing the file (a torn last line is only counted). */
    static Resumed check(Path out) throws IOException {
        return scan(out, false);
    }

    private static Resumed scan(Path out, boolean repair) throws IOException {
        Map<String, Integer> ids = new HashMap<>();
        if (!Files.exists(out)) return new Resumed(ids, 0, 0);
        if (!Files.isRegularFile(out)) throw new NotResumableException(out + " is not a regular file");
        long keep = 0;
        long pos = 0;
        long records = 0;
        ByteArrayOutputStream line = new ByteArrayOutputStream(1 << 12);
        boolean open = false; // bytes after the last line break
        try (InputStream in = new BufferedInputStream(Files.newInputStream(out), 1 << 16)) {
            for (int b; (b = in.read()) != -1; ) {
                pos++;
                if (b != '\n') {
                    line.write(b);
                    open = true;
                    continue;
                }
                String id = recordId(line.toByteArray());
                if (id == null) {
                    throw new NotResumableException("line " + (records + 1) + " of " + out
                            + " is not an output record; refusing to resume (it would cut the file there)");
                }
                ids.merge(id, 1, Integer::sum);
                records++;
                keep = pos;
                line.reset();
                open = false;
            }
        }
        long cut = 0;
        if (open) {
            cut = pos - keep;
            if (!repair) return new Resumed(ids, records, cut);
            try (FileChannel ch = FileChannel.open(out, StandardOpenOption.WRITE)) {
                ch.truncate(keep);
                ch.force(true);
            }
        }
        return new Resumed(ids, records, cut);
    }

    /** The id of a line that is an output record, or null. */
    private static String recordId(byte[] line) {
        try {
            JsonNode n = JsonLines.mapper().readTree(line);
            if (n == null || !n.isObject()) return null;
            JsonNode id = n.get("id");
            return id != null && id.isTextual() ? id.asText() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
