package org.communique;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the test classes share in one JVM: one extractor (CoreNLP loads once per suite run) and
 * the location of the project's shared data.
 */
public final class Shared {
    private Shared() {}

    private static final class Holder {
        static final Extractor EXTRACTOR = Extractor.builder().threads(2).build();
    }

    /** The suite's one extractor. */
    public static Extractor extractor() { return Holder.EXTRACTOR; }

    /** The shared/ folder beside the checkout (development set and corpus). */
    public static Path shared() {
        String p = System.getProperty("communique.shared");
        Path path = p != null ? Path.of(p) : Path.of("..", "shared");
        return path.toAbsolutePath().normalize();
    }

    public static Path devSet() { return shared().resolve("eval/dev"); }

    public static boolean hasDevSet() { return Files.isDirectory(devSet()); }
}
