package org.communique.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.communique.output.JsonLines;

/**
 * An existing output file being resumed: the ids it already holds (with how many times each
 * occurs) and the repair of a last line cut short by a crash.
 */
final class OutputFile {
    private OutputFile() {}

    /**
     * Truncates a torn last line (no final newline, or not valid JSON) and returns the count of
     * complete records per id.
     */
    static Map<String, Integer> repairAndIndex(Path out) throws IOException {
        Map<String, Integer> ids = new HashMap<>();
        if (!Files.exists(out)) return ids;
        long keep = 0;
        long pos = 0;
        try (var in = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            // count bytes per line exactly: records are ASCII-safe JSON, but lines may carry UTF-8
            for (String line; (line = in.readLine()) != null; ) {
                long len = line.getBytes(StandardCharsets.UTF_8).length + 1L;
                JsonNode n = parse(line);
                if (n == null || !n.has("id")) break;
                pos += len;
                if (pos > Files.size(out)) break; // last line without its newline
                ids.merge(n.get("id").asText(), 1, Integer::sum);
                keep = pos;
            }
        }
        if (keep < Files.size(out)) {
            try (RandomAccessFile f = new RandomAccessFile(out.toFile(), "rw")) {
                f.setLength(keep);
            }
        }
        return ids;
    }

    private static JsonNode parse(String line) {
        try {
            return JsonLines.mapper().readTree(line);
        } catch (IOException e) {
            return null;
        }
    }
}
