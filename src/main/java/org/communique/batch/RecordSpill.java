package org.communique.batch;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A temporary file of records (JSON lines) that a run reads back by position: the originals whose
 * duplicates may come later, kept on disk so that the heap holds only where each one is. The file is
 * made in the temporary directory on first use and unlinked at once where the system allows
 * (Linux, macOS), so that even a killed run leaves nothing behind; elsewhere it goes when closed.
 */
final class RecordSpill implements Closeable {
    /** Where a record is in the file. */
    record Slot(long offset, int length) {}

    private FileChannel channel; // null until the first record
    private long size;

    /** Appends a record line (without line break) and returns where it is. */
    synchronized Slot append(byte[] line) throws IOException {
        if (channel == null) channel = create();
        ByteBuffer b = ByteBuffer.wrap(line);
        long at = size;
        while (b.hasRemaining()) size += channel.write(b, size);
        return new Slot(at, line.length);
    }

    /** The record at a slot that {@link #append} returned. */
    synchronized byte[] read(Slot slot) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(slot.length());
        while (b.hasRemaining()) {
            if (channel.read(b, slot.offset() + b.position()) < 0) {
                throw new IOException("the spill file of duplicates ended early");
            }
        }
        return b.array();
    }

    private static FileChannel create() throws IOException {
        Path p = Files.createTempFile("communique-originals-", ".jsonl");
        FileChannel ch = FileChannel.open(p, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
        try {
            Files.deleteIfExists(p); // the open channel still reads and writes it
        } catch (IOException e) {
            // a system that keeps open files from being deleted: DELETE_ON_CLOSE removes it at the end
        }
        return ch;
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel != null) channel.close();
    }
}
