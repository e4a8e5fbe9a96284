package org.communique.batch;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where the lines of a run go: a stream, or the output file from its start, after its kept records
 * (a resume) or into a copy that takes its place (a resume that retries errors). It is opened with
 * the first line, so that a resume refused half-way has changed nothing.
 */
final class Destination {
    private final OutputStream sink;
    private final OutputFile file;
    private final long keep;
    private final boolean rewriting;
    private OutputFile.Rewrite rewrite;
    private boolean opened;

    private Destination(OutputStream sink, OutputFile file, long keep, boolean rewriting) {
        this.sink = sink;
        this.file = file;
        this.keep = keep;
        this.rewriting = rewriting;
    }

    static Destination stream(OutputStream sink) { return new Destination(sink, null, 0, false); }

    /** The output file, after {@code keep} bytes of kept records (0 for a new run). */
    static Destination file(OutputFile file, long keep) { return new Destination(null, file, keep, false); }

    /** A copy of the output file, every record written again, that replaces it at the end. */
    static Destination rewrite(OutputFile file) { return new Destination(null, file, 0, true); }

    boolean rewriting() { return rewriting; }

    OutputStream open() throws IOException {
        opened = true;
        if (sink != null) return sink;
        if (!rewriting) return file.writeFrom(keep);
        rewrite = file.rewrite();
        return rewrite.stream();
    }

    /** The run went through: a copy takes the output's place; a resume with nothing new still cuts the torn tail. */
    void finish() throws IOException {
        if (rewrite != null) rewrite.commit();
        else if (file != null && !opened) file.cutAfter(keep);
    }

    /** The run stopped or was refused: what is written stays, and a copy is dropped (the output is whole). */
    void drop() {
        if (rewrite != null) rewrite.discard();
    }
}
