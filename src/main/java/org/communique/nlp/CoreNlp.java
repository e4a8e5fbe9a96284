package org.communique.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.communique.doc.Component;
import org.communique.doc.Doc;

/**
 * Linguistic annotation with Stanford CoreNLP: tokens, sentences, parts of speech, lemmas and the
 * CRF name tagger. The choice of models is deliberate (see README, "What each annotator costs"):
 * one 3-class CRF instead of three, no SUTime and no numeric or fine-grained classifiers, because
 * dates are resolved by our own {@code dates} package and places, titles and organizations come
 * from our word lists; the dependency parser is a stage of its own ({@link DependencyParser}), run only
 * on the sentences an event rule can fire on. The pipelines are built once per
 * extractor and shared by all threads (CoreNLP annotators are thread-safe; one shared pipeline
 * scales best).
 *
 * <p>Runs in two stages so that sentences longer than the cap (a page without punctuation) are cut
 * into pieces before tagging: CoreNLP's splitter has no length limit, and its taggers skip, rather
 * than tag, a sentence over their own limit.
 */
public final class CoreNlp implements Component {
    private final StanfordCoreNLP split;
    private final StanfordCoreNLP tag;
    private final Properties properties;
    private final int maxSentenceTokens;

    /**
     * @param overrides CoreNLP properties that replace ours (for experiments: the benchmark's table of
     *                  what each annotator costs and buys); empty in normal use
     */
    public CoreNlp(int maxSentenceTokens, Properties overrides) {
        this.maxSentenceTokens = maxSentenceTokens;
        this.properties = properties(maxSentenceTokens);
        this.properties.putAll(overrides);
        Properties first = (Properties) properties.clone();
        first.setProperty("annotators", "tokenize,ssplit");
        this.split = new StanfordCoreNLP(first);
        Properties rest = (Properties) properties.clone();
        String annotators = properties.getProperty("annotators").replaceFirst("^tokenize,ssplit,?", "");
        this.tag = annotators.isEmpty() ? null : rest(rest, annotators);
    }

    private static StanfordCoreNLP rest(Properties p, String annotators) {
        p.setProperty("annotators", annotators);
        return new StanfordCoreNLP(p, false);
    }

    /** The exact CoreNLP settings of the extraction pipeline (the benchmark runs them bare). */
    public static Properties properties(int maxSentenceTokens) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", "invertible=true,ptb3Escaping=false,splitHyphenated=false");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // our own cut keeps sentences at most this long, so the taggers never skip one
        p.setProperty("pos.maxlen", String.valueOf(maxSentenceTokens + 1));
        p.setProperty("ner.maxlen", String.valueOf(maxSentenceTokens + 1));
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.combinationMode", "NORMAL");
        return p;
    }

    public Properties properties() { return (Properties) properties.clone(); }

    @Override
    public void process(Doc doc) {
        Annotation a = new Annotation(doc.string());
        split.annotate(a);
        a.set(CoreAnnotations.SentencesAnnotation.class, cut(a, maxSentenceTokens));
        if (tag != null) tag.annotate(a);
        doc.setSentences(a.get(CoreAnnotations.SentencesAnnotation.class));
    }

    /**
     * The sentences with those over {@code max} tokens cut into pieces of at most {@code max},
     * preferably after a comma or semicolon in the last fifth of a piece.
     */
    static List<CoreMap> cut(Annotation a, int max) {
        List<CoreMap> in = a.get(CoreAnnotations.SentencesAnnotation.class);
        if (in.stream().allMatch(s -> s.get(CoreAnnotations.TokensAnnotation.class).size() <= max && !introducesParagraph(s))) {
            return in;
        }
        String text = a.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> out = new ArrayList<>();
        int tokenOffset = 0;
        for (CoreMap s : in) {
            List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
            int from = 0;
            while (from < toks.size()) {
                int to = Math.min(toks.size(), from + max);
                // "released the following press statement on Sunday:" ends where its paragraph does
                for (int k = from; k < to - 1; k++) {
                    if (endsParagraphWithColon(toks.get(k))) { to = k + 1; break; }
                }
                if (to < toks.size() && to == from + max) {
                    for (int k = to - 1; k > from + max * 4 / 5; k--) {
                        String w = toks.get(k).word();
                        if (w.equals(",") || w.equals(";")) { to = k + 1; break; }
                    }
                }
                out.add(piece(text, toks.subList(from, to), tokenOffset + from, out.size()));
                from = to;
            }
            tokenOffset += toks.size();
        }
        return out;
    }

    private static boolean introducesParagraph(CoreMap s) {
        List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
        for (int k = 0; k < toks.size() - 1; k++) if (endsParagraphWithColon(toks.get(k))) return true;
        return false;
    }

    /** A colon at the end of a line introduces what follows (a statement's text): a sentence ends there. */
    private static boolean endsParagraphWithColon(CoreLabel t) {
        String after = t.after();
        return t.word().equals(":") && after != null && after.indexOf('\n') >= 0;
    }

    private static CoreMap piece(String text, List<CoreLabel> toks, int tokenBegin, int index) {
        CoreMap s = new ArrayCoreMap();
        int b = toks.get(0).beginPosition(), e = toks.get(toks.size() - 1).endPosition();
        s.set(CoreAnnotations.TextAnnotation.class, text.substring(b, e));
        s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, b);
        s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, e);
        s.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(toks));
        s.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
        s.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + toks.size());
        s.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
        for (int i = 0; i < toks.size(); i++) {
            toks.get(i).setIndex(i + 1);
            toks.get(i).setSentIndex(index);
        }
        return s;
    }
}
