package org.communique.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.AbstractIterator;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;

/**
 * A .json file: one article object, or an array of them, with the field names of a JSON line
 * ({@link JsonArticles}). An array is read element by element, so a large file is never held whole.
 * Ids: the object's {@code id}, else the file name without extension (one object) or
 * {@code file.json#N} (the N-th element of an array).
 */
final class JsonFileArticles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonFileArticles() {}

    /** @param name the file's name, for the ids of array elements */
    static Iterator<Input> read(InputStream in, String fileId, String name, String where, long maxChars) throws IOException {
        JsonParser p = JSON.getFactory().createParser(in);
        JsonToken first;
        try {
            first = p.nextToken();
        } catch (IOException e) {
            p.close();
            return List.<Input>of(malformed(fileId, where, e)).iterator();
        }
        if (first == null) {
            p.close();
            return List.<Input>of(new Input.Failed(fileId, "empty", "no JSON in " + where)).iterator();
        }
        if (first == JsonToken.START_OBJECT) {
            try (p) {
                JsonNode n = JSON.readTree(p);
                return List.of(checked(JsonArticles.article(n, fileId), maxChars, where)).iterator();
            } catch (IOException e) {
                return List.<Input>of(malformed(fileId, where, e)).iterator();
            }
        }
        if (first != JsonToken.START_ARRAY) {
            p.close();
            return List.<Input>of(new Input.Failed(fileId, "malformed", "a .json file must hold an article object or an "
                    + "array of them: " + where)).iterator();
        }
        return new Elements(p, fileId, name, where, maxChars);
    }

    private static Input checked(Input in, long maxChars, String where) {
        if (in instanceof Input.Ok ok && ok.article().text().length() > maxChars) {
            return new Input.Failed(ok.id(), "too_large", "article of " + ok.article().text().length()
                    + " characters exceeds the limit of " + maxChars + " (--max-chars); refused (" + where + ")");
        }
        return in;
    }

    private static Input.Failed malformed(String id, String where, IOException e) {
        String m = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.toString();
        return new Input.Failed(id, "malformed", "not valid JSON: " + m + " (" + where + ")");
    }

    /** The elements of an array, one by one; a syntax error ends the file with one malformed record. */
    private static final class Elements extends AbstractIterator<Input> {
        private final JsonParser p;
        private final String fileId;
        private final String name;
        private final String where;
        private final long maxChars;
        private int index;
        private boolean done;

        Elements(JsonParser p, String fileId, String name, String where, long maxChars) {
            this.p = p;
            this.fileId = fileId;
            this.name = name;
            this.where = where;
            this.maxChars = maxChars;
        }

        @Override
        protected Input computeNext() {
            if (done) return endOfData();
            String id = name + "#" + (index + 1);
            try {
                JsonToken t = p.nextToken();
                if (t == JsonToken.END_ARRAY || t == null) {
                    finish();
                    return index == 0 ? new Input.Failed(fileId, "empty", "an empty array of articles: " + where) : endOfData();
                }
                index++;
                JsonNode n = JSON.readTree(p);
                return n.isObject() ? checked(JsonArticles.article(n, id), maxChars, where)
                        : new Input.Failed(id, "malformed", "element " + index + " of " + where + " is not an object");
            } catch (IOException e) {
                finish();
                return malformed(id, where, e);
            }
        }

        private void finish() {
            done = true;
            try {
                p.close();
            } catch (IOException ignored) {
                // closing after the end or an error: nothing left to lose
            }
        }
    }
}
