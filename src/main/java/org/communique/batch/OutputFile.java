package org.communique.batch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.communique.output.JsonLines;

/**
 * The output file of a batch ({@code --out}), opened and locked for the whole run, so that no other
 * run (nor a second resume) writes it at the same time: a second one gets {@link LockedException}.
 * The lock is an operating-system lock held by this process ({@link FileChannel#tryLock}); the
 * kernel drops it when the process ends, however it ends. All reading and writing goes through the
 * one channel that holds the lock, because closing any other channel of the file would drop it.
 * Devices and pipes (/dev/full, a FIFO) are written without a lock and cannot be resumed.
 *
 * <p>The batch writes one record per line and flushes it whole, so a killed run leaves complete
 * lines followed by at most one torn line without its line break. Resuming cuts that torn line (and
 * blank lines after the last record); a complete line that is not a record means the file is not
 * the output of a batch, or was damaged otherwise, and resuming it is refused untouched.
 */
public final class OutputFile implements Closeable {
    private static final ObjectReader RECORDS = JsonLines.mapper().readerFor(JsonNode.class)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Path path;
    private final FileChannel channel;
    private final boolean regular;
    private final List<Closeable> opened = new ArrayList<>();

    /** Another run holds the lock of the output file. */
    public static final class LockedException extends IOException {
        LockedException(String message) { super(message); }
    }

    /**
     * What resuming finds in the file.
     *
     * @param records complete records, in order
     * @param errors  error records among them
     * @param keep    bytes up to the end of the last record's line
     * @param cut     bytes after it (a torn last line, blank lines), cut when the run goes on
     */
    public record Scan(long records, long errors, long keep, long cut) {}

    /** A record kept in the output: its id, whether it is an error record, its line, and the line as JSON. */
    record Kept(String id, boolean error, String line, JsonNode record) {}

    private OutputFile(Path path, FileChannel channel, boolean regular) {
        this.path = path;
        this.channel = channel;
        this.regular = regular;
        opened.add(channel);
    }

    /**
     * Opens (creating it if needed) and locks the output file.
     *
     * @param resume false to empty the file at once (a new run), true to keep its records
     * @throws LockedException when another run is writing it
     * @throws IOException     when it cannot be opened for writing
     */
    public static OutputFile open(Path path, boolean resume) throws IOException {
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            return new OutputFile(path, FileChannel.open(path, StandardOpenOption.WRITE), false);
        }
        FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        OutputFile f = new OutputFile(path, ch, true);
        f.lock(ch, path);
        if (!resume) ch.truncate(0);
        return f;
    }

    private void lock(FileChannel ch, Path p) throws IOException {
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) { // this very process holds it already
            lock = null;
        }
        if (lock == null) {
            close();
            throw new LockedException(p + " is being written by another run of extract (it holds the file's lock); "
                    + "wait for it to end, or give another --out");
        }
    }

    public Path path() { return path; }

    /** A regular file (it can be locked, resumed and have a run record), not a device or pipe. */
    public boolean regular() { return regular; }

    /** The file where the run record of an output is kept ({@link RunManifest}). */
    public static Path manifestPath(Path out) { return sibling(out, ".run.json"); }

    /** Where the run record is written before it takes its place. */
    static Path manifestDraftPath(Path out) { return sibling(out, ".run.json.tmp"); }

    /** The file a run that retries errors writes before it takes the output's place. */
    static Path rewritePath(Path out) { return sibling(out, ".retrying"); }

    private static Path sibling(Path out, String suffix) { return out.resolveSibling(out.getFileName() + suffix); }

    /** The files of an output: the records, the run record, their drafts; never read as input. */
    public static List<Path> companions(Path out) {
        return List.of(out, manifestPath(out), manifestDraftPath(out), rewritePath(out));
    }

    /**
     * Reads the file without changing it.
     *
     * @throws BatchRunner.NotResumableException when it is not a regular file, or a complete line is
     *                                           not a record
     */
    public Scan scan() throws IOException {
        if (!regular) throw new BatchRunner.NotResumableException("cannot resume: " + path + " is not a regular file", null);
        long records = 0, errors = 0, keep = 0;
        long blankLine = 0; // the first blank line after the last record so far
        Lines lines = new Lines();
        for (byte[] line; (line = lines.next()) != null && lines.complete(); ) {
            if (isBlank(line)) {
                if (blankLine == 0) blankLine = lines.number();
                continue;
            }
            JsonNode r = record(line);
            if (r == null) {
                throw new BatchRunner.NotResumableException("cannot resume: line " + lines.number() + " of " + path
                        + " is not an output record; refusing to resume (it would cut the file there)", null);
            }
            if (blankLine != 0) {
                throw new BatchRunner.NotResumableException("cannot resume: line " + blankLine + " of " + path
                        + " is blank, between records; refusing to resume", null);
            }
            records++;
            if (r.has("error")) errors++;
            keep = lines.position();
        }
        return new Scan(records, errors, keep, channel.size() - keep);
    }

    /** The record lines of the file (those a scan counted), one by one, for a resume to follow along. */
    KeptRecords kept(Scan scan) {
        return new KeptRecords(scan.records());
    }

    /** The kept records of a resume, read as the inputs are. */
    final class KeptRecords {
        private final Lines lines = new Lines();
        private long left;

        private KeptRecords(long records) { this.left = records; }

        boolean hasNext() { return left > 0; }

        Kept next() throws IOException {
            byte[] line;
            do {
                line = lines.next();
            } while (line != null && isBlank(line));
            JsonNode r = line == null ? null : record(line);
            if (r == null) throw new IOException(path + " changed while it was resumed");
            left--;
            return new Kept(r.get("id").asText(), r.has("error"), new String(line, StandardCharsets.UTF_8), r);
        }
    }

    /** The stream new records go to, from the file's start (a new run) or after {@code keep} bytes (a resume). */
    OutputStream writeFrom(long keep) throws IOException {
        if (regular) {
            channel.truncate(keep);
            channel.position(keep);
        }
        return unclosable(channel);
    }

    /** Cuts what follows the kept records (a resume that had nothing to add). */
    void cutAfter(long keep) throws IOException {
        if (regular) channel.truncate(keep);
    }

    /**
     * A copy of the output that takes its place when complete ({@link Rewrite#commit}); until then
     * the output stays as it was. It is locked like the output, so the file that takes the output's
     * name is locked from the moment it does.
     */
    Rewrite rewrite() throws IOException {
        Path tmp = rewritePath(path);
        FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        opened.add(ch);
        lock(ch, tmp);
        return new Rewrite(tmp, ch);
    }

    /** The copy being written by a run that retries errors. */
    final class Rewrite {
        private final Path tmp;
        private final FileChannel channel;

        private Rewrite(Path tmp, FileChannel channel) {
            this.tmp = tmp;
            this.channel = channel;
        }

        OutputStream stream() { return unclosable(channel); }

        /** The copy becomes the output, in one atomic rename. */
        void commit() throws IOException {
            channel.force(true);
            Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }

        /** The copy is dropped; the output is as it was. */
        void discard() {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // a stale copy is overwritten by the next run that retries errors
            }
        }
    }

    private static OutputStream unclosable(FileChannel ch) {
        return new FilterOutputStream(Channels.newOutputStream(ch)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }

            @Override
            public void close() throws IOException { flush(); } // the channel holds the lock: closed with the file
        };
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) if (b != ' ' && b != '\t' && b != '\r') return false;
        return true;
    }

    /** The line as a record (a JSON object with a textual id, nothing after it), or null. */
    private static JsonNode record(byte[] line) {
        try {
            JsonNode n = RECORDS.readTree(line);
            return n != null && n.isObject() && n.get("id") != null && n.get("id").isTextual() ? n : null;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Closeable c : opened) {
            try {
                c.close();
            } catch (IOException e) {
                if (first == null) first = e;
            }
        }
        if (first != null) throw first;
    }

    /** The file's lines read through the locked channel by position (reading never closes it). */
    private final class Lines {
        private final InputStream in = new BufferedInputStream(new InputStream() {
            private long at;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = channel.read(ByteBuffer.wrap(b, off, len), at);
                if (n > 0) at += n;
                return n;
            }
        }, 1 << 16);
        private final ByteArrayOutputStream line = new ByteArrayOutputStream(1 << 12);
        private long position;
        private long number;
        private boolean complete;

        /** The next line without its break, or null at the end. */
        byte[] next() throws IOException {
            line.reset();
            complete = false;
            int b;
            boolean any = false;
            while ((b = in.read()) != -1) {
                any = true;
                position++;
                if (b == '\n') {
                    complete = true;
                    break;
                }
                line.write(b);
            }
            if (!any) return null;
            number++;
            return line.toByteArray();
        }

        /** Bytes read so far: the end of the last line returned, its break included. */
        long position() { return position; }

        long number() { return number; }

        /** Whether the last line returned ended with a line break. */
        boolean complete() { return complete; }
    }
}
