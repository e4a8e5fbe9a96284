package org.communique.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The entries below a directory in path order (walked recursively, symbolic links followed with
 * loop detection): the files to read, the places the walk could not enter, and the files it leaves
 * out (of kinds not read, the batch's own output). The reader and the listing of a run's inputs
 * walk through this one class, so they always agree on what a run is over.
 */
final class DirectoryWalk {
    /** One entry of a walk. */
    sealed interface Entry {
        Path path();
    }

    /** A file to read when its turn comes. */
    record Readable(Path path) implements Entry {}

    /** A place the walk could not enter (a loop, a directory it may not read), with its error record. */
    record Failure(Path path, Input.Failed failed) implements Entry {}

    /** A file of a kind that is not read: left out, and counted. */
    record Skipped(Path path) implements Entry {
        String why() { return "not a kind of file that is read (" + FileKind.READ + ")"; }
    }

    /** One of the batch's own output files: never read as input. */
    record Excluded(Path path) implements Entry {
        String why() { return "it is an output file of this run"; }
    }

    private final List<Path> excluded;

    /** @param excluded files never read even when a walked directory holds them (the batch's output files) */
    DirectoryWalk(List<Path> excluded) {
        this.excluded = List.copyOf(excluded);
    }

    List<Entry> entries(Path dir) {
        Map<Path, Entry> entries = new TreeMap<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                            entries.put(f, isExcluded(f) ? new Excluded(f)
                                    : InputNames.isInput(f) ? new Readable(f) : new Skipped(f));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path f, IOException e) {
                            entries.put(f, new Failure(f, failure(f, e)));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            entries.put(dir, new Failure(dir, new Input.Failed(dir.toString(), "unreadable",
                    "cannot walk " + dir + ": " + e)));
        }
        return new ArrayList<>(entries.values());
    }

    private static Input.Failed failure(Path f, IOException e) {
        if (e instanceof FileSystemLoopException) {
            return new Input.Failed(f.toString(), "loop",
                    "directory symlink loop: " + f + " leads back to a directory above it; not followed");
        }
        if (isSymlinkLoop(e)) {
            return new Input.Failed(f.toString(), "loop", "symbolic link loop: " + f + " never reaches a file");
        }
        if (e instanceof AccessDeniedException) {
            return new Input.Failed(f.toString(), "unreadable", "permission denied: cannot enter " + f);
        }
        return new Input.Failed(f.toString(), "unreadable", "cannot read " + f + ": " + describe(e));
    }

    static boolean isSymlinkLoop(IOException e) {
        return e instanceof FileSystemException fse && fse.getReason() != null
                && fse.getReason().toLowerCase(Locale.ROOT).contains("symbolic links");
    }

    static String describe(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) return fse.getReason();
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private boolean isExcluded(Path f) {
        for (Path x : excluded) {
            try {
                if (f.toAbsolutePath().normalize().equals(x.toAbsolutePath().normalize())
                        || (Files.exists(x) && Files.isSameFile(f, x))) {
                    return true;
                }
            } catch (IOException e) {
                // not comparable: not the same file as far as we can tell
            }
        }
        return false;
    }
}
