package org.communique.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, where progress can redraw in place. */
final class Terminal {
    private Terminal() {}

    /**
     * Java tells only whether the JVM has a console (standard input and output on a terminal); standard
     * error is checked through {@code /proc/self/fd/2} (Linux): elsewhere, or when unsure, it is not a
     * terminal and progress stays plain lines, which are right anywhere.
     */
    static boolean stderr() {
        if (System.console() == null) return false;
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
