package org.communique.api;

/** One line of output: an {@link ExtractionResult} or an {@link ErrorRecord}. */
public sealed interface OutputRecord permits ExtractionResult, ErrorRecord {
    /** The id of the article the record is for. */
    String id();
}
