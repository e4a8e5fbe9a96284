package org.communique.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.communique.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/** Names the source ran into their neighbours, as they appear in real KCNA text. */
class GlueSplitterTest {
    private static String split(String s) {
        AnalysedText t = AnalysedText.of(null, s, new GlueSplitter(Lexicon.get().koreanSurnames, Lexicon.get().personNames));
        return t.string();
    }

    @Test
    void namesGluedOnBothSides() {
        assertEquals("the respected Comrade Kim Jong Un for extending", split("the respected ComradeKim Jong Unfor extending"));
        assertEquals("the great Comrades Kim Il Sung and Kim Jong Il as Kimilsungism",
                split("the great ComradesKim Il SungandKim Jong Ilas Kimilsungism"));
        assertEquals("around H.E. Kim Jong Un and it", split("around H.E.Kim Jong Unand it"));
        assertEquals("Kim Jong Un expressed thanks", split("Kim Jong Unexpressed thanks"));
    }

    @Test
    void aNameSeenUngluedElsewhereIsSplitToo() {
        assertEquals("Ri Il Hwan and Ri Il Hwan went", split("Ri Il Hwan and Ri Il Hwanwent"));
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        assertEquals("Kim Il Sung University and McDonald", split("Kim Il Sung University and McDonald"));
    }

    @Test
    void offsetsMapBackToTheOriginal() {
        Set<String> known = Set.of("Kim Jong Un");
        AnalysedText t = AnalysedText.of("Title", "ComradeKim Jong Unfor", new GlueSplitter(Lexicon.get().koreanSurnames, known));
        int kim = t.string().indexOf("Kim");
        assertEquals(7, t.original(kim));
        assertEquals("ComradeKim", t.originalText(t.body().start(), kim + 3));
    }
}
