package org.communique;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.communique.api.ErrorRecord;
import org.communique.api.OutputRecord;
import org.communique.output.JsonLines;
import org.communique.read.Input;
import org.communique.read.InputReader;
import org.junit.jupiter.api.Test;

/**
 * The example articles of samples/ give exactly their expected output (src/test/resources/samples-expected/, one
 * pretty-printed record per article, kept out of samples/ where they would be read as .json articles). After a deliberate change of the extractor, regenerate with
 * {@code mvn test -Dtest=SamplesTest -Dcommunique.updateSamples=true} and review the diff.
 */
class SamplesTest {
    private static final Path EXPECTED = Path.of("src/test/resources/samples-expected");

    @Test
    void samplesGiveTheirExpectedRecords() throws Exception {
        boolean update = Boolean.getBoolean("communique.updateSamples");
        List<String> seen = new ArrayList<>();
        for (Input in : new InputReader(List.of("samples"), 2_000_000, () -> System.in)) {
            OutputRecord r = in instanceof Input.Ok ok
                    ? Shared.extractor().extract(ok.article(), ok.related(), ok.warnings())
                    : ErrorRecord.of(in.id(), "read", in.toString());
            String pretty = JsonLines.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(JsonLines.mapper().readTree(JsonLines.line(r))) + "\n";
            Path file = EXPECTED.resolve(r.id() + ".json");
            seen.add(r.id());
            if (update) {
                Files.createDirectories(EXPECTED);
                Files.writeString(file, pretty, StandardCharsets.UTF_8);
            } else {
                assertEquals(Files.readString(file, StandardCharsets.UTF_8), pretty, file.toString());
            }
        }
        assertFalse(seen.isEmpty());
        assertEquals(seen.size(), seen.stream().distinct().count(), "sample ids are unique");
    }
}
