package org.communique.doc;

/**
 * One step of the pipeline over a {@link Doc}: reads what earlier steps added and adds its own layer.
 * Implementations are immutable after construction and safe to share between threads.
 */
public interface Component {
    void process(Doc doc);
}
