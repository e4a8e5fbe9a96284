package org.communique.doc;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communique.api.Article;
import org.communique.api.Dateline;

/**
 * One article on its way through the pipeline, as spaCy's {@code Doc}: the analysed text (headline,
 * blank line, body, with glued words split), its sentences and tokens, and what each component adds.
 * Components read what earlier ones wrote and add their own layer; nothing is removed.
 * Not thread-safe: one Doc belongs to one thread.
 */
public final class Doc {
    private final Article article;
    private final AnalysedText text;
    private LocalDate published;
    private Dateline dateline;
    /** Analysed-text offset where the body's content starts (after any dateline). */
    private int contentStart;
    private List<CoreMap> sentences = List.of();
    private List<Tok> tokens = List.of();
    private int[] sentenceStarts = new int[0];
    private final List<String> warnings = new ArrayList<>();
    private final List<EntityDraft> entities = new ArrayList<>();
    private final List<DateMention> dates = new ArrayList<>();
    private final List<EventDraft> events = new ArrayList<>();
    private final java.util.Map<Integer, Parse> parses = new java.util.HashMap<>();
    /** Analysed-text offsets inside persons' titles. */
    private final java.util.BitSet titleChars = new java.util.BitSet();

    public Doc(Article article, AnalysedText text) {
        this.article = article;
        this.text = text;
        this.published = article.published();
        this.contentStart = text.body().start();
    }

    public Article article() { return article; }
    public AnalysedText text() { return text; }
    public String string() { return text.string(); }
    public LocalDate published() { return published; }
    public void setPublished(LocalDate d) { published = d; }
    public Dateline dateline() { return dateline; }
    public void setDateline(Dateline d, int contentStart) { dateline = d; this.contentStart = contentStart; }
    public int contentStart() { return contentStart; }

    /** Stores CoreNLP's sentences and the flat token list built from them. */
    public void setSentences(List<CoreMap> s) {
        sentences = List.copyOf(s);
        List<Tok> t = new ArrayList<>();
        sentenceStarts = new int[s.size() + 1];
        for (int k = 0; k < s.size(); k++) {
            sentenceStarts[k] = t.size();
            for (CoreLabel l : tokens(s.get(k))) {
                String ner = l.ner() == null ? "O" : l.ner();
                t.add(new Tok(t.size(), k, l.word(), l.lemma() == null ? l.word().toLowerCase(java.util.Locale.ROOT)
                        : l.lemma().toLowerCase(java.util.Locale.ROOT), l.tag() == null ? "" : l.tag(), ner,
                        l.beginPosition(), l.endPosition()));
            }
        }
        sentenceStarts[s.size()] = t.size();
        tokens = List.copyOf(t);
    }

    /** All tokens of the document in order. */
    public List<Tok> tokens() { return tokens; }

    /** Index of the first token of sentence k; {@code sentenceStart(sentenceCount())} is the token count. */
    public int sentenceStart(int k) { return sentenceStarts[k]; }

    public int sentenceCount() { return sentences.size(); }

    /** CoreNLP's sentence k (with every annotation of the stages that ran). */
    public CoreMap sentence(int k) { return sentences.get(k); }

    /** The dependency parse of sentence k, or null when the parser skipped it (no trigger word). */
    public Parse parse(int k) { return parses.get(k); }

    public void setParse(int k, Parse p) { parses.put(k, p); }

    public List<String> warnings() { return warnings; }
    public List<EntityDraft> entities() { return entities; }
    public List<DateMention> dates() { return dates; }
    public List<EventDraft> events() { return events; }

    /** Marks [begin, end) of the analysed text as a person's title: what it names is no event participant. */
    public void markTitle(int begin, int end) { titleChars.set(begin, end); }

    public boolean inTitleSpan(int offset) { return titleChars.get(offset); }

    /** True for an offset that belongs to the article proper: the headline, or the body after the dateline. */
    public boolean inContent(int offset) {
        return text.title().contains(offset) || (offset >= contentStart && offset < text.body().end());
    }

    public boolean inTitle(int offset) { return text.title().contains(offset); }

    /** Tokens of a sentence. */
    public static List<CoreLabel> tokens(CoreMap sentence) {
        return sentence.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class);
    }
}
