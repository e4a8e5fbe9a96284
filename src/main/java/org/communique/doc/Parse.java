package org.communique.doc;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

/**
 * The enhanced++ dependency graph of one sentence's content (a dateline is metadata and is left out of
 * the parse), and where its first word is among the document's tokens.
 *
 * @param graph      the graph; node index 1 is document token {@code firstToken}
 * @param firstToken document index of the first parsed token
 */
public record Parse(SemanticGraph graph, int firstToken) {
    /** Document token index of a node. */
    public int token(IndexedWord node) { return firstToken + node.index() - 1; }

    /** The node of a document token, or null (outside the parse, or punctuation the graph leaves out). */
    public IndexedWord node(int token) {
        return token < firstToken ? null : graph.getNodeByIndexSafe(token - firstToken + 1);
    }
}
