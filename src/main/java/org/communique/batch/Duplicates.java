package org.communique.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communique.api.Article;
import org.communique.api.ErrorRecord;
import org.communique.api.ExtractionResult;
import org.communique.api.OutputRecord;
import org.communique.output.JsonLines;
import org.communique.output.TextHash;
import org.communique.read.Input;

/**
 * The duplicate articles of a run: an article whose text, title and publication date (as read)
 * equal those of an earlier article in input order is not extracted again. Extraction depends on
 * nothing else of an article, so the duplicate's record is the one extracting it would give: the
 * first one's title, published date, text hash, dateline, entities, events and extraction warnings,
 * with the duplicate's own id, source, section, url, related items and reading warnings, and
 * {@code duplicate_of} naming the first. When the first one failed, the duplicate gets an error
 * record of the same kind that says so.
 *
 * <p>The decision depends only on input order, so the output is the same for any number of
 * threads. The reader ({@link #see}, {@link #kept}) registers each first article; the writer, which
 * writes in input order and so always writes a first article before its duplicates, keeps its record
 * ({@link #written}) and makes theirs ({@link #record}). The records are kept in a {@link RecordSpill}
 * on disk; the heap holds, per distinct article, its key (a hash of fixed size, however long the
 * title), its id and where its record is: some 300 bytes.
 */
final class Duplicates implements Closeable {
    private final Map<String, First> firsts = new HashMap<>(); // the reader's alone
    private final RecordSpill spill = new RecordSpill();

    /** What the reader found of an input: the first article of its key, and whether it is that one. */
    record Sighting(First first, boolean isFirst) {}

    /** The first article of a key and, once its record is written, what its duplicates take from it. */
    static final class First {
        final String id;
        // guarded by this; one of the three is set when the first article's record is written or kept
        private RecordSpill.Slot slot;
        private ErrorRecord.Failure failure;
        private String unavailable;

        private First(String id) { this.id = id; }

        synchronized void extracted(RecordSpill.Slot s) { slot = s; }

        synchronized void failed(ErrorRecord.Failure f) { failure = f; }

        synchronized void lost(String why) { unavailable = why; }
    }

    /**
     * A new input of the run: null when it is not compared (a blank text, which extraction refuses
     * at once), else whether it is the first of its key, registered as such, or a later one.
     */
    Sighting see(Input.Ok in) {
        Article a = in.article();
        if (a.text().isBlank()) return null;
        String key = key(a);
        First f = firsts.get(key);
        if (f != null) return new Sighting(f, false);
        f = new First(a.id());
        firsts.put(key, f);
        return new Sighting(f, true);
    }

    /**
     * An input whose record a resume keeps: registered with that record when it is the first of its
     * key, so that the duplicates after it get what an uninterrupted run gives them.
     *
     * @return whether it duplicates an earlier article
     */
    boolean kept(Input.Ok in, JsonNode record) {
        Sighting s = see(in);
        if (s == null || !s.isFirst()) return s != null;
        First f = s.first();
        if (record.has("error")) {
            JsonNode e = record.get("error");
            f.failed(new ErrorRecord.Failure(e.path("kind").asText(), e.path("message").asText()));
            return false;
        }
        try {
            keep(f, in, JsonLines.mapper().treeToValue(record, ExtractionResult.class));
        } catch (IOException | RuntimeException e) {
            f.lost("its record in the output could not be read back: " + e);
        }
        return false;
    }

    /** The writer wrote the record of a first article: what its duplicates will take is kept. */
    void written(First f, Input.Ok in, OutputRecord r) {
        if (r instanceof ErrorRecord e) {
            f.failed(e.error());
            return;
        }
        try {
            keep(f, in, (ExtractionResult) r);
        } catch (IOException | RuntimeException e) {
            f.lost("its record could not be kept for its duplicates: " + e);
        }
    }

    private void keep(First f, Input.Ok in, ExtractionResult r) throws IOException {
        ExtractionResult extraction = new ExtractionResult(r.id(), r.title(), r.source(), r.section(), r.url(),
                r.published(), r.textHash(), null, r.dateline(), r.entities(), r.events(), List.of(),
                extractionWarnings(r.warnings(), in.warnings()));
        f.extracted(spill.append(JsonLines.line(extraction).getBytes(StandardCharsets.UTF_8)));
    }

    /** The record of a duplicate of {@code f}, whose own record is written (it came earlier in input order). */
    OutputRecord record(Input.Ok in, First f) {
        RecordSpill.Slot slot;
        ErrorRecord.Failure failure;
        String unavailable;
        synchronized (f) {
            slot = f.slot;
            failure = f.failure;
            unavailable = f.unavailable;
        }
        Article a = in.article();
        String same = "the same article (text, title and date) as '" + f.id + "'";
        if (failure != null) {
            return ErrorRecord.of(a.id(), failure.kind(), same + ", whose extraction failed: " + failure.message());
        }
        if (slot == null) {
            return ErrorRecord.of(a.id(), "internal", same + ", whose record is not at hand: "
                    + (unavailable != null ? unavailable : "it was not written before this one") + "; --resume "
                    + "--retry-errors extracts it again");
        }
        ExtractionResult r;
        try {
            r = JsonLines.mapper().readValue(spill.read(slot), ExtractionResult.class);
        } catch (IOException | RuntimeException e) {
            return ErrorRecord.of(a.id(), "internal", same + ", whose record could not be read back: " + e
                    + "; --resume --retry-errors extracts it again");
        }
        List<String> warnings = new ArrayList<>(in.warnings());
        warnings.addAll(r.warnings());
        return new ExtractionResult(a.id(), r.title(), a.source(), a.section(), a.url(), r.published(), r.textHash(),
                f.id, r.dateline(), r.entities(), r.events(), in.related(), warnings);
    }

    /**
     * The warnings of extraction alone: a record's warnings start with those of reading its input
     * (which a duplicate has its own of), unless the extraction made its record otherwise.
     */
    private static List<String> extractionWarnings(List<String> record, List<String> reading) {
        boolean prefixed = record.size() >= reading.size() && record.subList(0, reading.size()).equals(reading);
        return prefixed ? record.subList(reading.size(), record.size()) : record;
    }

    /**
     * What makes two articles the same: the text, the title and the date, exactly (hashed together
     * with SHA-256; the title's length before it keeps any two triples apart).
     */
    private static String key(Article a) {
        String title = a.title() == null ? "-" : a.title().length() + ":" + a.title();
        return TextHash.of(TextHash.of(a.text()) + ":" + title + ":"
                + (a.published() == null ? "-" : a.published().toString()));
    }

    @Override
    public void close() throws IOException { spill.close(); }
}
