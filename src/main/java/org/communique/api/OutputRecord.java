package org.communique.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One line of output: an {@link ExtractionResult} or an {@link ErrorRecord}. A line reads back with
 * Jackson as {@code OutputRecord}: the record's own fields tell the two apart (only an error has
 * {@code "error"}), so no type field is written.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
@JsonSubTypes({@JsonSubTypes.Type(ExtractionResult.class), @JsonSubTypes.Type(ErrorRecord.class)})
public sealed interface OutputRecord permits ExtractionResult, ErrorRecord {
    /** The id of the article the record is for. */
    String id();
}
