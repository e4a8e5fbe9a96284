import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What a consumer of the library gets: the versions the library needs, no logger of its own, a working example. */
class ConsumerTest {
    private static final List<String> CLASS_PATH =
            Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));

    /** The version of the jar {@code artifactId-<version>.jar} on the class path, if there is one. */
    private static Optional<String> version(String artifactId) {
        return CLASS_PATH.stream().map(p -> new File(p).getName())
                .filter(n -> n.matches(java.util.regex.Pattern.quote(artifactId) + "-\\d.*\\.jar"))
                .map(n -> n.substring(artifactId.length() + 1, n.length() - ".jar".length()))
                .findFirst();
    }

    @Test
    void theLibrarysDependenciesReachTheConsumerInTheirVersions() {
        assertEquals(Optional.of("3.17.0"), version("commons-lang3"), CLASS_PATH::toString);
        assertEquals(Optional.of("2.0.16"), version("slf4j-api"), CLASS_PATH::toString);
        assertEquals(Optional.of("2.18.2"), version("jackson-databind"), CLASS_PATH::toString);
        assertEquals(Optional.empty(), version("jakarta.servlet-api"), CLASS_PATH::toString);
        assertEquals(Optional.empty(), version("slf4j-nop"), "a library binds no logger");
    }

    @Test
    void theReadmeExampleRunsAndTheConsumersLoggingIsItsOwn() {
        PrintStream savedOut = System.out, savedErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            ReadmeExample.main(new String[0]);
            LoggerFactory.getLogger(ConsumerTest.class).info("the consumer's own log line");
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
        String o = out.toString(StandardCharsets.UTF_8), e = err.toString(StandardCharsets.UTF_8);
        savedOut.print(o);
        savedErr.print(e);
        assertTrue(o.contains("PERSON Choe Son Hui [minister of Foreign Affairs of the DPRK]"), o);
        assertTrue(o.contains("VISIT 2024-10-29"), o);
        assertTrue(e.contains("INFO ConsumerTest - the consumer's own log line"), e);
        assertFalse(e.contains("SLF4J"), e);
    }
}
