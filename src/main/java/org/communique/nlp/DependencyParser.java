package org.communique.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Predicate;
import org.communique.doc.Component;
import org.communique.doc.Doc;
import org.communique.doc.Parse;

/**
 * CoreNLP's neural dependency parser (enhanced++ dependencies) on the sentences an event rule can
 * fire on: the parse costs several times the tagging, so a prefilter (every word some rule's pattern
 * requires, with its lemma and tag) chooses the sentences to parse. A dateline is metadata
 * and would become the sentence's subject ("Pyongyang, August 19 (KCNA) -- Rodong Sinmun says"), so
 * only the content after it is parsed. The parses go to {@link Doc#setParse}.
 */
public final class DependencyParser implements Component {
    private final DependencyParseAnnotator parser;
    private final Predicate<List<CoreLabel>> mayFire;

    /** @param mayFire true for a sentence some event rule can fire on (the prefilter), given its tokens */
    public DependencyParser(Predicate<List<CoreLabel>> mayFire) {
        Properties p = new Properties();
        p.setProperty("model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        this.parser = new DependencyParseAnnotator(p);
        this.mayFire = mayFire;
    }

    @Override
    public void process(Doc doc) {
        List<CoreMap> chosen = new ArrayList<>();
        List<Integer> index = new ArrayList<>(), first = new ArrayList<>();
        for (int k = 0; k < doc.sentenceCount(); k++) {
            int from = doc.sentenceStart(k), to = doc.sentenceStart(k + 1);
            while (from < to && !doc.inContent(doc.tokens().get(from).begin())) from++;
            if (from >= to) continue;
            boolean headline = doc.inTitle(doc.tokens().get(from).begin());
            List<CoreLabel> labels = Doc.tokens(doc.sentence(k));
            List<CoreLabel> content = new ArrayList<>();
            for (int t = from; t < to; t++) content.add(copy(labels.get(t - doc.sentenceStart(k)), t - from + 1, headline));
            if (!mayFire.test(content)) continue;
            CoreMap s = new ArrayCoreMap();
            s.set(CoreAnnotations.TokensAnnotation.class, content);
            chosen.add(s);
            index.add(k);
            first.add(from);
        }
        if (chosen.isEmpty()) return;
        Annotation a = new Annotation("");
        a.set(CoreAnnotations.SentencesAnnotation.class, chosen);
        parser.annotate(a);
        for (int i = 0; i < chosen.size(); i++) {
            var g = chosen.get(i).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (g != null) doc.setParse(index.get(i), new Parse(g, first.get(i)));
        }
    }

    /**
     * A copy of a token for the parse, indexed within the parsed content, its lemma in lower case (the
     * rules' lemmas are): a sentence-initial "Present" is the lemma "present". Title-case headlines
     * leave verbs unlemmatised ("Inspects", "Receives"): there the lemma of the lower-cased word, as a
     * verb when it ends in -s, lets the rules match too.
     */
    private static CoreLabel copy(CoreLabel l, int index, boolean headline) {
        CoreLabel c = new CoreLabel(l);
        c.setIndex(index);
        String lemma = l.lemma() == null ? l.word() : l.lemma();
        String w = l.word();
        if (headline && !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !w.equals(w.toUpperCase(Locale.ROOT))) {
            String lower = w.toLowerCase(Locale.ROOT);
            String tag = l.tag() != null && l.tag().startsWith("NNP") ? (lower.endsWith("s") ? "VBZ" : "NN") : l.tag();
            if (tag != null) lemma = Morphology.lemmaStatic(lower, tag);
        }
        c.setLemma(lemma.toLowerCase(Locale.ROOT));
        return c;
    }
}
