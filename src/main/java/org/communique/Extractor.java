package org.communique;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.communique.api.Article;
import org.communique.api.ErrorRecord;
import org.communique.api.EventType;
import org.communique.api.ExtractionException;
import org.communique.api.ExtractionResult;
import org.communique.api.OutputRecord;
import org.communique.api.RelatedItem;
import org.communique.batch.ArticleBudget;
import org.communique.dates.DateResolver;
import org.communique.doc.AnalysedText;
import org.communique.doc.Component;
import org.communique.doc.DatelineParser;
import org.communique.doc.Doc;
import org.communique.doc.GlueSplitter;
import org.communique.entities.EntityRecognizer;
import org.communique.events.EventExtractor;
import org.communique.events.EventRules;
import org.communique.lexicon.Lexicon;
import org.communique.nlp.CoreNlp;
import org.communique.nlp.DependencyParser;
import org.communique.output.RecordBuilder;

/**
 * The Communiqué extractor: turns news articles into {@link ExtractionResult}s. Build one (it loads
 * the CoreNLP models, which takes seconds) and reuse it: it is immutable and thread-safe.
 *
 * <pre>{@code
 * Extractor x = Extractor.create();
 * ExtractionResult r = x.extract(new Article("a1", "Talks held", "Talks were held ...",
 *         LocalDate.of(2024, 11, 1), "KCNA", null));
 * }</pre>
 *
 * The pipeline over one document is: dateline, linguistic annotation (CoreNLP), entities, dates,
 * dependency parse of the sentences that may hold an event, events, record.
 */
public final class Extractor {
    /** Default cap on sentence length in tokens: longer runs are cut so the taggers stay linear. */
    public static final int DEFAULT_MAX_SENTENCE_TOKENS = 250;

    private final List<Component> pipeline;
    private final GlueSplitter glue;
    private final RecordBuilder records;
    private final int threads;
    private final CoreNlp nlp;
    private final ArticleBudget budget; // null: no time budget

    private Extractor(Builder b) {
        Lexicon lex = Lexicon.get();
        EventRules rules = EventRules.load();
        this.nlp = new CoreNlp(b.maxSentenceTokens, b.coreNlpOverrides);
        this.pipeline = List.of(new DatelineParser(b.fallbackDate), nlp, new EntityRecognizer(lex), new DateResolver(),
                new DependencyParser(rules.mayFire()), new EventExtractor(rules, lex));
        this.glue = new GlueSplitter(lex.koreanSurnames, lex.personNames);
        this.records = new RecordBuilder(new RecordBuilder.Codes() {
            public String cameo(EventType t) { return rules.cameo(t); }

            public String plover(EventType t) { return rules.plover(t); }
        });
        this.threads = b.threads;
        this.budget = b.timeout == null ? null : new ArticleBudget(b.timeout, b.threads);
    }

    /** An extractor with default settings. */
    public static Extractor create() { return builder().build(); }

    public static Builder builder() { return new Builder(); }

    /** Settings of an extractor. */
    public static final class Builder {
        private int threads = Runtime.getRuntime().availableProcessors();
        private int maxSentenceTokens = DEFAULT_MAX_SENTENCE_TOKENS;
        private LocalDate fallbackDate;
        private Duration timeout;
        private final java.util.Properties coreNlpOverrides = new java.util.Properties();

        /**
         * Replaces one of our CoreNLP settings (for experiments; the defaults are chosen for accuracy
         * and speed, see README). Example: {@code coreNlpProperty("annotators", "tokenize,ssplit,pos,lemma")}.
         */
        public Builder coreNlpProperty(String key, String value) {
            coreNlpOverrides.setProperty(key, value);
            return this;
        }

        /** Threads used by {@link #extractAll}; default: the number of cores. */
        public Builder threads(int n) {
            if (n < 1) throw new IllegalArgumentException("threads must be at least 1");
            threads = n;
            return this;
        }

        /** Sentences longer than this many tokens are split before tagging. */
        public Builder maxSentenceTokens(int n) {
            if (n < 10) throw new IllegalArgumentException("maxSentenceTokens must be at least 10");
            maxSentenceTokens = n;
            return this;
        }

        /** Publication date for articles that carry none (neither metadata nor dateline). */
        public Builder fallbackDate(LocalDate d) {
            fallbackDate = d;
            return this;
        }

        /**
         * A time budget per article, in CPU time of the thread that extracts it (as the command line's
         * {@code --timeout}): an article over it stops at the pipeline's next check and fails with an
         * {@link ExtractionException} of kind {@code timeout} ({@link #extractAll}: an error record).
         * Default: none.
         */
        public Builder timeout(Duration budget) {
            if (budget.isNegative() || budget.isZero()) throw new IllegalArgumentException("timeout must be positive");
            timeout = budget;
            return this;
        }

        public Extractor build() { return new Extractor(this); }
    }

    /** CoreNLP properties of the linguistic annotation, as the benchmark reproduces them. */
    public java.util.Properties coreNlpProperties() { return nlp.properties(); }

    /**
     * Extracts one article.
     *
     * @throws ExtractionException when the article cannot be processed (empty text, over the time budget)
     */
    public ExtractionResult extract(Article article) {
        return extract(article, List.of(), List.of());
    }

    /**
     * Extracts one article read by a reader that also found related teasers and warnings.
     *
     * @throws ExtractionException when the article cannot be processed
     */
    public ExtractionResult extract(Article article, List<RelatedItem> related, List<String> warnings) {
        if (article.text().isBlank()) throw new ExtractionException("empty", "the article text is empty");
        if (budget == null) return extractNow(article, related, warnings);
        return budget.run(article, related, warnings, () -> extractNow(article, related, warnings));
    }

    private ExtractionResult extractNow(Article article, List<RelatedItem> related, List<String> warnings) {
        try {
            Doc doc = new Doc(article, AnalysedText.of(article.title(), article.text(), glue));
            for (Component c : pipeline) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new ExtractionException("timeout", "extraction was interrupted");
                }
                c.process(doc);
            }
            return records.build(doc, related, warnings);
        } catch (ExtractionException e) {
            throw e;
        } catch (edu.stanford.nlp.util.RuntimeInterruptedException e) {
            throw new ExtractionException("timeout", "extraction was interrupted", e);
        } catch (OutOfMemoryError e) {
            throw new ExtractionException("too_large", "out of memory while extracting this article", e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new ExtractionException("internal", "extraction failed: " + e, e);
        }
    }

    /** The record for an article: its result, or an error record when extraction fails. */
    public OutputRecord extractOrError(Article article) {
        try {
            return extract(article);
        } catch (ExtractionException e) {
            return ErrorRecord.of(article.id(), e.kind(), e.getMessage());
        }
    }

    /**
     * Extracts many articles in parallel with {@link Builder#threads} threads; results come in input
     * order, one record per article (an {@link ErrorRecord} for an article that failed). Every article
     * is extracted, duplicates too: finding those is the {@code extract} batch's job, which writes
     * {@code duplicate_of}; here, group results by {@link ExtractionResult#textHash()}.
     */
    public List<OutputRecord> extractAll(Iterable<Article> articles) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<OutputRecord>> futures = new ArrayList<>();
            for (Article a : articles) futures.add(pool.submit(() -> extractOrError(a)));
            List<OutputRecord> out = new ArrayList<>(futures.size());
            for (Future<OutputRecord> f : futures) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionException("interrupted", "interrupted while waiting for results", e);
        } catch (ExecutionException e) {
            throw new ExtractionException("internal", "extraction failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Like {@link #extractAll(Iterable)} over a stream, but lazily: articles are taken from the stream as
     * the records are consumed, at most 2 × threads ahead, so memory stays bounded on a stream of any
     * length. Closing the returned stream (try-with-resources) stops the extraction of the articles taken
     * ahead, and closes {@code articles}. Like the list form, it extracts every article, duplicates too.
     */
    public Stream<OutputRecord> extractAll(Stream<Article> articles) {
        OrderedExtraction records = new OrderedExtraction(articles.iterator(), this::extractOrError, threads, 2 * threads);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(records::close).onClose(articles::close);
    }

    /** Sequential stream variant: results are produced lazily, in order, on the caller's thread. */
    public Stream<OutputRecord> extractLazily(Stream<Article> articles) {
        return StreamSupport.stream(articles.spliterator(), false).map(this::extractOrError);
    }
}
