package org.communique.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON to embed in a {@code <script>} element: '<', '>' and '&' are written as \\u escapes, so that a
 * scraped sentence holding "</script>" or "<!--" cannot end the element or open a comment.
 */
final class ScriptJson {
    private static final ObjectMapper MAPPER = mapper();

    private ScriptJson() {}

    private static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
        m.getFactory().setCharacterEscapes(new HtmlSafe());
        return m;
    }

    static String of(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report's data as JSON", e);
        }
    }

    private static final class HtmlSafe extends CharacterEscapes {
        private final int[] escapes = standardAsciiEscapesForJSON();

        HtmlSafe() {
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() { return escapes; }

        @Override
        public SerializableString getEscapeSequence(int ch) { return null; }
    }
}
