package org.communique.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.communique.Extractor;

/**
 * The extractor settings a Spark job ships to its executors, where each executor JVM builds one
 * {@link Extractor} from them. Threads are not among them: Spark's task slots decide parallelism.
 *
 * @param maxSentenceTokens longer sentences are cut before tagging ({@code --max-sentence-tokens})
 * @param fallbackDate      publication date for articles that give none ({@code --date}), or null
 */
public record ExtractorSettings(int maxSentenceTokens, LocalDate fallbackDate) implements Serializable {
    /** The settings of {@link Extractor#create()} and of {@code extract} without options. */
    public static final ExtractorSettings DEFAULT = new ExtractorSettings(Extractor.DEFAULT_MAX_SENTENCE_TOKENS, null);

    /** Loads the models: seconds and about a gigabyte of heap, so once per executor JVM. */
    Extractor build() {
        // threads only size Extractor.extractAll, which the job does not use
        return Extractor.builder().threads(1).maxSentenceTokens(maxSentenceTokens).fallbackDate(fallbackDate).build();
    }
}
