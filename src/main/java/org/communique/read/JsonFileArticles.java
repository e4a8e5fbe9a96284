package org.communique.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.AbstractIterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A .json file: one article object, or an array of them, with the field names of a JSON line
 * ({@link JsonArticles}). An array is read element by element, so a large file is never held whole;
 * no string longer than an article may be is read into memory. As for JSON lines, the file must hold
 * exactly one JSON value (a second one, or trailing garbage, is {@code malformed}), and invalid UTF-8
 * becomes U+FFFD with a warning on the record it lands in. Ids: the object's {@code id}, else the
 * file's id (one object) or {@code file.json#N} (the N-th element of an array).
 */
final class JsonFileArticles {
    private static final JsonFactory COUNTING = new JsonFactory();

    private final long maxChars;
    private final ObjectMapper json;

    JsonFileArticles(long maxChars) {
        this.maxChars = maxChars;
        // strings longer than an article may be are refused before they are held in memory
        this.json = new ObjectMapper(JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength((int) Math.min(maxChars + 1, Integer.MAX_VALUE)).build()).build());
    }

    /**
     * @param in       the file as UTF-8 bytes ({@link Decoding#open})
     * @param fileId   the id of a file of one object
     * @param idPrefix what the ids of array elements start with ("dir/file.json" of "dir/file.json#3")
     */
    Iterator<Input> read(InputStream in, String where, String fileId, String idPrefix) {
        return new Elements(in, where, fileId, idPrefix);
    }

    /** About how many articles the file holds: the elements of an array (up to an error), else one. */
    static long count(InputStream in) throws IOException {
        try (JsonParser p = COUNTING.createParser(new InputStreamReader(in, new Decoding.ReplacingUtf8()))) {
            if (p.nextToken() != JsonToken.START_ARRAY) return 1;
            long n = 0;
            try {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    n++;
                    p.skipChildren();
                }
            } catch (JsonProcessingException e) {
                n++; // its malformed record
            }
            return Math.max(1, n);
        }
    }

    /** The articles of one file; an error that leaves the parser lost ends the file with its record. */
    private final class Elements extends AbstractIterator<Input> {
        private final InputStream in;
        private final String where;
        private final String fileId;
        private final String idPrefix;
        private final Decoding.ReplacingUtf8 utf8 = new Decoding.ReplacingUtf8();
        private JsonParser p;
        private int index;
        /** The id of the record being read. */
        private String id;
        private boolean done;

        Elements(InputStream in, String where, String fileId, String idPrefix) {
            this.in = in;
            this.where = where;
            this.fileId = fileId;
            this.idPrefix = idPrefix;
            this.id = fileId;
        }

        @Override
        protected Input computeNext() {
            if (done) return endOfData();
            try {
                if (p == null) {
                    p = json.createParser(new InputStreamReader(in, utf8));
                    Input single = start();
                    if (single != null) return single;
                }
                return element();
            } catch (StreamConstraintsException e) {
                finish();
                return new Input.Failed(id, "too_large", "a string of more than " + maxChars + " characters (--max-chars) "
                        + "in " + where + "; refused, and the rest of the file with it");
            } catch (JsonProcessingException e) {
                finish();
                return new Input.Failed(id, "malformed", "not valid JSON: " + e.getOriginalMessage() + " (" + where + ")");
            } catch (IOException e) {
                finish();
                return new Input.Failed(id, "unreadable", "reading " + where + " failed: " + DirectoryWalk.describe(e));
            } catch (OutOfMemoryError e) { // the element's tree did not fit beside the articles in flight
                finish();
                return new Input.Failed(id, "too_large", "out of memory while reading " + where + "; refused, and the "
                        + "rest of the file with it");
            }
        }

        /** The record of a file that is not an array (its one object, or why none), or null at an array's start. */
        private Input start() throws IOException {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) return null;
            try {
                if (t == null) return new Input.Failed(fileId, "empty", "no JSON in " + where);
                if (t != JsonToken.START_OBJECT) {
                    return new Input.Failed(fileId, "malformed", "a .json file must hold an article object or an "
                            + "array of them: " + where);
                }
                JsonNode n = json.readTree(p);
                if (p.nextToken() != null) {
                    return new Input.Failed(fileId, "malformed", "more than one JSON value in " + where
                            + " (an array holds many articles)");
                }
                return article(n);
            } finally {
                finish();
            }
        }

        /** The next element of the array, or after its end what follows it (nothing, or a malformed record). */
        private Input element() throws IOException {
            id = idPrefix + "#" + (index + 1);
            if (p.nextToken() != JsonToken.END_ARRAY) {
                index++;
                JsonNode n = json.readTree(p);
                return n.isObject() ? article(n)
                        : new Input.Failed(id, "malformed", "element " + index + " of " + where + " is not an object");
            }
            JsonToken after = p.nextToken();
            finish();
            if (index == 0) return new Input.Failed(fileId, "empty", "an empty array of articles: " + where);
            if (after == null) return endOfData();
            return new Input.Failed(id, "malformed", "more than one JSON value in " + where + ": something follows the array");
        }

        private Input article(JsonNode n) {
            Input a = JsonArticles.article(n, id);
            if (!(a instanceof Input.Ok ok)) return a;
            if (ok.article().text().length() > maxChars) {
                return Input.Failed.tooLong(ok.id(), ok.article().text().length(), maxChars, where);
            }
            if (!utf8.replaced() || !holdsReplacement(ok)) return a;
            List<String> w = new ArrayList<>(ok.warnings());
            w.add("invalid UTF-8 in " + where + ": bad bytes were replaced by U+FFFD");
            return new Input.Ok(ok.article(), ok.related(), w);
        }

        private static boolean holdsReplacement(Input.Ok ok) {
            String title = ok.article().title();
            return ok.article().text().indexOf('\uFFFD') >= 0 || (title != null && title.indexOf('\uFFFD') >= 0);
        }

        private void finish() {
            done = true;
            try {
                if (p != null) p.close();
                in.close();
            } catch (IOException ignored) {
                // closing after the end or an error: nothing left to lose
            }
        }
    }
}
