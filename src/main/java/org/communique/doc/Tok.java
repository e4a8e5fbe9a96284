package org.communique.doc;

import java.util.Locale;

/**
 * A token of the analysed text with what CoreNLP said of it.
 *
 * @param i        index in the document
 * @param sentence index of its sentence
 * @param word     the token as written
 * @param lemma    lower-case lemma
 * @param pos      Penn part-of-speech tag
 * @param ner      CRF tag: PERSON, ORGANIZATION, LOCATION or O
 * @param begin    analysed-text start offset
 * @param end      analysed-text end offset
 * @param lower    the token in lower case (kept: rules compare it millions of times)
 */
public record Tok(int i, int sentence, String word, String lemma, String pos, String ner, int begin, int end,
                  String lower) {
    public Tok(int i, int sentence, String word, String lemma, String pos, String ner, int begin, int end) {
        this(i, sentence, word, lemma, pos, ner, begin, end, word.toLowerCase(Locale.ROOT));
    }

    public boolean isCapitalized() {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    public boolean isLower() {
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0));
    }

    public boolean isAcronym() {
        if (word.length() < 2) return false;
        int letters = 0;
        for (char c : word.toCharArray()) {
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters++;
        }
        return letters >= 2;
    }

    public boolean isProperNoun() { return pos.startsWith("NNP"); }

    public boolean isVerb() { return pos.startsWith("VB") || pos.equals("MD"); }

    public boolean is(String w) { return word.equalsIgnoreCase(w); }

}
