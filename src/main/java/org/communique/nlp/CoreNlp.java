package org.communique.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import org.communique.doc.Component;
import org.communique.doc.Doc;

/**
 * Linguistic annotation with Stanford CoreNLP: tokens, sentences, parts of speech, lemmas and the
 * CRF name tagger. The choice of models is deliberate (see README, "What each annotator costs"):
 * one 3-class CRF instead of three, no SUTime and no numeric or fine-grained classifiers, because
 * dates are resolved by our own {@code dates} package and places, titles and organizations come
 * from our word lists. One {@link StanfordCoreNLP} is built per extractor and shared by all threads
 * (CoreNLP annotators are thread-safe; one shared pipeline scales best).
 */
public final class CoreNlp implements Component {
    private final StanfordCoreNLP pipeline;
    private final Properties properties;

    /**
     * @param overrides CoreNLP properties that replace ours (for experiments: the benchmark's table of
     *                  what each annotator costs and buys); empty in normal use
     */
    public CoreNlp(int maxSentenceTokens, Properties overrides) {
        this.properties = properties(maxSentenceTokens);
        this.properties.putAll(overrides);
        this.pipeline = new StanfordCoreNLP(properties);
    }

    /** The exact CoreNLP settings of the extraction pipeline (the benchmark runs them bare). */
    public static Properties properties(int maxSentenceTokens) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", "invertible=true,ptb3Escaping=false,splitHyphenated=false");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // a sentence of thousands of tokens without punctuation is cut, keeping taggers linear
        p.setProperty("ssplit.maxLength", String.valueOf(maxSentenceTokens));
        p.setProperty("pos.maxlen", String.valueOf(maxSentenceTokens));
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.combinationMode", "NORMAL");
        p.setProperty("ner.maxlen", String.valueOf(maxSentenceTokens));
        return p;
    }

    public Properties properties() { return (Properties) properties.clone(); }

    @Override
    public void process(Doc doc) {
        Annotation a = new Annotation(doc.string());
        pipeline.annotate(a);
        doc.setSentences(a.get(CoreAnnotations.SentencesAnnotation.class));
    }
}
