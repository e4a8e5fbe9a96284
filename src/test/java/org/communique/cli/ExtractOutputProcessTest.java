package org.communique.cli;

import static org.communique.cli.ExtractProcess.exit;
import static org.communique.cli.ExtractProcess.extract;
import static org.communique.cli.ExtractProcess.read;
import static org.communique.cli.ExtractProcess.summary;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.communique.batch.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output file of extract across runs (issue 11): locked against a second run (case 6), resumed
 * only over the inputs and settings of its run record (case 5), failing a resumed run for the error
 * records it keeps (case 11), and retrying them with --retry-errors (case 7).
 */
class ExtractOutputProcessTest {
    @TempDir
    Path dir;

    /** Main run in this JVM: for the refusals that come before any model loads. */
    private static int inThisJvm(StringWriter err, String... args) {
        return Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
    }

    @Test
    void anOutputLockedByAnotherProcessIsRefused() throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), TestArticles.lines("a", 2));
        Path out = dir.resolve("out.jsonl");
        try (FileChannel ch = FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = ch.lock()) { // another process (this test JVM) holds it, as a running extract does
            for (List<String> args : List.of(List.of("--out", out.toString(), in.toString()),
                    List.of("--resume", "--out", out.toString(), in.toString()))) {
                Path err = dir.resolve("err.txt");
                Process p = extract(err, args.toArray(String[]::new)).start();
                assertEquals(2, exit(p, err), () -> read(err));
                assertTrue(read(err).contains("being written by another run") && !read(err).contains("models loaded"),
                        () -> read(err));
            }
            assertTrue(lock.isValid());
        }
        assertEquals(0, Files.size(out), "the refused runs wrote nothing");
    }

    /**
     * Two runs on one output: the first holds the lock while it waits for its input (a FIFO the test
     * feeds), and a second run, or resume, on the same --out exits 2 meanwhile; the first then ends
     * with every record.
     */
    @Test
    void aSecondRunOnTheSameOutputExitsTwoWhileTheFirstGoesOn() throws Exception {
        Path fifo = dir.resolve("articles");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor(30, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is needed");
        Path out = dir.resolve("out.jsonl");
        Path err1 = dir.resolve("err1.txt");
        Process first = extract(err1, "--format", "jsonl", "--out", out.toString(), fifo.toString()).start();
        Path manifest = OutputFile.manifestPath(out);
        while (!Files.exists(manifest) && first.isAlive()) Thread.sleep(5); // written once the lock is held
        assertTrue(first.isAlive(), () -> read(err1));
        for (String resume : List.of("", "--resume")) {
            Path err2 = dir.resolve("err2.txt");
            List<String> args = new ArrayList<>(List.of("--out", out.toString(), fifo.toString()));
            if (!resume.isEmpty()) args.add(0, resume);
            Process second = extract(err2, args.toArray(String[]::new)).start();
            assertEquals(2, exit(second, err2), () -> read(err2));
            assertTrue(read(err2).contains("being written by another run"), () -> read(err2));
        }
        Files.writeString(fifo, TestArticles.lines("a", 4)); // the first run reads its input only now
        assertEquals(0, exit(first, err1), () -> read(err1));
        assertEquals(4, Files.readAllLines(out).size());
    }

    /**
     * A run over a directory, then resumes: refused (exit 2, before the models load, the output
     * untouched) when the settings, the input set or an input file differ, or the run record is
     * gone; a resume over the same inputs whose output holds an error record exits 1 (it used to
     * exit 0), and --retry-errors extracts that article again in its place.
     */
    @Test
    void resumeIsCheckedAgainstTheRunRecordAndKeptErrorsStillCount() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 1; i <= 4; i++) Files.writeString(in.resolve("r" + i + ".txt"), TestArticles.text(i));
        Path out = dir.resolve("out.jsonl");
        Path err = dir.resolve("err.txt");
        assertEquals(0, exit(extract(err, "--threads", "2", "--out", out.toString(), in.toString()).start(), err),
                () -> read(err));
        byte[] clean = Files.readAllBytes(out);
        assertTrue(Files.exists(OutputFile.manifestPath(out)));
        assertTrue(Files.readString(OutputFile.manifestPath(out)).replaceAll("\\s", "")
                .contains("\"outcome\":{\"records\":4,\"errors\":0,\"duplicates\":0}"), "the completed run's outcome");

        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("x.txt"), TestArticles.text(9));
        refused(out, clean, "--date", "was made with --date (not given), this run has --date 2024-01-01",
                "--date", "2024-01-01", "--resume", "--out", out.toString(), in.toString());
        refused(out, clean, "--no-dedup", "was made with --no-dedup (not given), this run has --no-dedup true",
                "--no-dedup", "--resume", "--out", out.toString(), in.toString());
        refused(out, clean, "other set", "it was made from", "--resume", "--out", out.toString(), other.toString());
        Files.writeString(in.resolve("r0.txt"), TestArticles.text(0)); // grown at the front
        refused(out, clean, "grown", "input 1 was", "--resume", "--out", out.toString(), in.toString());
        Files.delete(in.resolve("r0.txt"));
        Path r3 = in.resolve("r3.txt");
        FileTime written = Files.getLastModifiedTime(r3);
        Files.writeString(r3, TestArticles.text(33)); // edited
        refused(out, clean, "changed", "changed since", "--resume", "--out", out.toString(), in.toString());
        Files.writeString(r3, TestArticles.text(3)); // and put back as it was
        Files.setLastModifiedTime(r3, written);

        // the record of r3 becomes a timeout, as a run with a short --timeout would have left it
        List<String> lines = new ArrayList<>(Files.readAllLines(out, StandardCharsets.UTF_8));
        lines.set(2, "{\"id\":\"r3\",\"error\":{\"kind\":\"timeout\",\"message\":\"extraction took longer than the time "
                + "budget of 1 s (--timeout); the article was not extracted\"}}");
        Files.write(out, lines, StandardCharsets.UTF_8);

        Path err2 = dir.resolve("err2.txt");
        assertEquals(1, exit(extract(err2, "--resume", "--out", out.toString(), in.toString()).start(), err2),
                () -> read(err2));
        assertTrue(read(err2).contains("skipped 4 (already in output, 1 of them errors)"), () -> read(err2));
        long[] s = summary(err2);
        assertEquals(s[0], s[2] + s[3] + s[4], "read = ok + failed + skipped");

        Path err3 = dir.resolve("err3.txt");
        assertEquals(0, exit(extract(err3, "--resume", "--retry-errors", "--out", out.toString(), in.toString()).start(),
                err3), () -> read(err3));
        assertArrayEquals(clean, Files.readAllBytes(out), "the retried record is back in its place");
        assertArrayEquals(new long[] {4, 1, 1, 0, 3}, summary(err3));

        Files.delete(OutputFile.manifestPath(out));
        refused(out, clean, "no run record", "no run record", "--resume", "--out", out.toString(), in.toString());
    }

    /** A refused resume: exit 2 with the reason, the models never loaded, the output as it was. */
    private void refused(Path out, byte[] before, String what, String reason, String... args) throws IOException {
        StringWriter err = new StringWriter();
        assertEquals(2, inThisJvm(err, prepend("extract", args)), what + ": " + err);
        assertTrue(err.toString().contains(reason), what + ": " + err);
        assertArrayEquals(before, Files.readAllBytes(out), what);
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
