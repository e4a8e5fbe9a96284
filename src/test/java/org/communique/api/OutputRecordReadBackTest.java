package org.communique.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.communique.output.JsonLines;
import org.junit.jupiter.api.Test;

/** Records read back with Jackson as OutputRecord, and the lookups of a result (no models needed). */
class OutputRecordReadBackTest {
    private static final ObjectMapper JSON = JsonLines.mapper();

    private static List<Path> expected() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/samples-expected"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void resultsReadBackAsTheyWereWritten() throws Exception {
        List<Path> files = expected();
        assertFalse(files.isEmpty());
        for (Path f : files) {
            OutputRecord r = JSON.readValue(f.toFile(), OutputRecord.class);
            assertInstanceOf(ExtractionResult.class, r, f::toString);
            assertEquals(JSON.readTree(f.toFile()), JSON.readTree(JsonLines.line(r)), f::toString);
            assertEquals(r, JSON.readValue(JsonLines.line(r), OutputRecord.class), f::toString);
        }
    }

    @Test
    void errorsReadBackAsErrors() throws Exception {
        ErrorRecord e = ErrorRecord.of("a-1", "timeout", "over the budget of 60 s");
        assertEquals(e, JSON.readValue(JsonLines.line(e), OutputRecord.class));
    }

    @Test
    void lookups() throws Exception {
        ExtractionResult r = JSON.readValue(Path.of("src/test/resources/samples-expected/seed-000.json").toFile(), ExtractionResult.class);
        assertEquals("DPRK", r.entity("e1").orElseThrow().name());
        assertTrue(r.entity("nope").isEmpty());
        assertFalse(r.events().isEmpty());
        for (Event ev : r.events()) {
            assertEquals(ev.arguments().stream().map(Argument::entity).distinct().toList(),
                    r.participants(ev).stream().map(Entity::id).toList(), ev::toString);
        }
    }
}
