package org.communique.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.communique.api.OutputRecord;

/** The one JSON form of output records: compact, one per line, fields in documented order. */
public final class JsonLines {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private JsonLines() {}

    /** The record as one line of JSON, without the line break. */
    public static String line(OutputRecord r) {
        try {
            return MAPPER.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise record " + r.id(), e);
        }
    }

    /** The shared mapper, for readers of our own output. */
    public static ObjectMapper mapper() { return MAPPER; }
}
