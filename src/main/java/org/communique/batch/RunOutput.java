package org.communique.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens the output file of a run after checking that it can take this run: locked, and for a
 * resume holding only records of the very inputs and settings its run record ({@link RunManifest})
 * names. A new run empties the file and writes its run record before any record.
 */
public final class RunOutput {
    private RunOutput() {}

    /**
     * @throws OutputFile.LockedException         when another run is writing the file
     * @throws BatchRunner.NotResumableException  when a resume would mix its records with foreign ones
     * @throws IOException                        when the file cannot be opened or written
     */
    public static OutputFile open(Path out, BatchRunner.Mode mode, RunManifest manifest) throws IOException {
        boolean resume = mode != BatchRunner.Mode.REPLACE;
        OutputFile f = OutputFile.open(out, resume);
        try {
            if (!f.regular() && !resume) return f; // a device or pipe keeps no run record
            if (!resume || f.scan().records() == 0) {
                manifest.write(out); // a resume of nothing is a new run
                return f;
            }
            Optional<RunManifest> before = RunManifest.read(out);
            if (before.isEmpty()) {
                throw new BatchRunner.NotResumableException("cannot resume " + out + ": it has no run record ("
                        + OutputFile.manifestPath(out).getFileName() + "), so what its records are of is unknown", null);
            }
            Optional<String> why = manifest.mismatch(before.get());
            if (why.isPresent()) {
                throw new BatchRunner.NotResumableException("cannot resume " + out + ": " + why.get()
                        + "; its records would mix with this run's", null);
            }
            return f;
        } catch (IOException | RuntimeException e) {
            f.close();
            throw e;
        }
    }
}
