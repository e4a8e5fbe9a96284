package org.communique.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Whether a standard stream was closed when the JVM started ({@code extract - <&-}). The JVM then
 * opens files of its own under that descriptor (its class library, lib/modules, comes first), so
 * reading standard input would read the JVM's own files, and closing it crashes the JVM. Linux's
 * /proc tells which file a descriptor is; elsewhere a stream counts as open.
 */
final class StandardStreams {
    private StandardStreams() {}

    static boolean isClosed(int fd) {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) return false;
        try {
            return isTheJvmsOwn(Files.readSymbolicLink(fds.resolve(Integer.toString(fd))));
        } catch (NoSuchFileException e) {
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** A file of the Java installation, or one of the class path: the JVM opened it, not the shell. */
    private static boolean isTheJvmsOwn(Path file) throws IOException {
        if (file.startsWith(Path.of(System.getProperty("java.home")).toRealPath())) return true;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (!entry.isEmpty() && Files.exists(p) && file.equals(p.toRealPath())) return true;
        }
        return false;
    }
}
