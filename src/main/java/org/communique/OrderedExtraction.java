package org.communique;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.communique.api.Article;
import org.communique.api.ExtractionException;
import org.communique.api.OutputRecord;

/**
 * The records of a sequence of articles extracted on a pool of threads, in input order, with at most
 * {@code window} articles taken and not yet returned: memory stays bounded however long the sequence,
 * since articles are taken only as records are consumed.
 */
final class OrderedExtraction implements Iterator<OutputRecord>, AutoCloseable {
    private final Iterator<Article> articles;
    private final Function<Article, OutputRecord> extract;
    private final int window;
    private final ThreadPoolExecutor pool;
    private final Deque<Future<OutputRecord>> pending = new ArrayDeque<>();

    OrderedExtraction(Iterator<Article> articles, Function<Article, OutputRecord> extract, int threads, int window) {
        this.articles = articles;
        this.extract = extract;
        this.window = window;
        // daemon threads that end when idle: a caller who drops the stream unclosed leaks no thread
        this.pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "communique-extract");
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
    }

    private void fill() {
        while (pending.size() < window && articles.hasNext()) {
            Article a = articles.next();
            pending.add(pool.submit(() -> extract.apply(a)));
        }
    }

    @Override
    public boolean hasNext() {
        fill();
        if (!pending.isEmpty()) return true;
        pool.shutdown();
        return false;
    }

    @Override
    public OutputRecord next() {
        if (!hasNext()) throw new NoSuchElementException();
        Future<OutputRecord> head = pending.removeFirst();
        fill(); // keeps the threads busy while the caller handles this record
        try {
            return head.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionException("interrupted", "interrupted while waiting for results", e);
        } catch (ExecutionException e) {
            throw new ExtractionException("internal", "extraction failed: " + e.getCause(), e.getCause());
        }
    }

    /** Stops the extraction of the articles taken but not returned. */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
