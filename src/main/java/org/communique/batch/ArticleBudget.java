package org.communique.batch;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.communique.api.Article;
import org.communique.api.ErrorRecord;
import org.communique.api.ExtractionException;
import org.communique.api.ExtractionResult;
import org.communique.api.OutputRecord;
import org.communique.api.RelatedItem;
import org.communique.read.Input;

/**
 * The batch's per-article time budget ({@link TimeBudget}: CPU time of the extracting thread, an
 * interrupt when it is spent) for the library, whose articles run on the caller's own thread: the
 * caller gets the result, or an {@link ExtractionException} of kind {@code timeout}. Its watchdog is a
 * daemon thread that lives as long as the extractor that holds it.
 */
public final class ArticleBudget {
    private final Duration budget;
    private final TimeBudget watch;

    /** @param threads the threads that may extract at once (more threads than cores stretch the awake limit) */
    public ArticleBudget(Duration budget, int threads) {
        this.budget = budget;
        this.watch = new TimeBudget(budget, threads, this::timeoutRecord, job -> {
            // the caller's thread cannot be replaced: it returns the timeout once the extraction stops
        });
    }

    /** Runs one article's extraction on this thread within the budget. */
    public ExtractionResult run(Article article, List<RelatedItem> related, List<String> warnings,
                                Supplier<ExtractionResult> extraction) {
        Job job = new Job(new Input.Ok(article, related, warnings));
        watch.start(job);
        OutputRecord r;
        ExtractionException failure = null;
        try {
            r = extraction.get();
        } catch (ExtractionException e) {
            failure = e;
            r = ErrorRecord.of(article.id(), e.kind(), e.getMessage());
        } finally {
            watch.stop(job);
        }
        job.finish(r, watch::timeout);
        if (job.interrupted()) Thread.interrupted(); // the budget's interrupt must not reach the caller's next call
        OutputRecord out = job.result.join();
        if (out == r && failure != null) throw failure;
        if (out instanceof ErrorRecord e) throw new ExtractionException(e.error().kind(), e.error().message(), failure);
        return (ExtractionResult) out;
    }

    private ErrorRecord timeoutRecord(String id) {
        return ErrorRecord.of(id, "timeout", "extraction took longer than the time budget of "
                + BatchRunner.describe(budget) + "; the article was not extracted");
    }
}
