package org.communique.read;

/** What a line of a page is, as the block classifier sees it. */
enum Role {
    BLANK,
    /** running text: a sentence of eight words or more */
    PROSE,
    /** a short sentence ("Pyongyangites warmly welcomed him.") */
    SENTENCE,
    /** a short line without sentence punctuation: headline, subhead, link, menu entry */
    FRAGMENT,
    /** a publication stamp ("Updated: 2016-05-31 21:30") */
    STAMP,
    /** a label whose date is on the next line ("Published") */
    STAMP_LABEL,
    CAPTION,
    BYLINE,
    CREDIT,
    MENU,
    SHARE,
    /** furniture after which the article's block ends: list headings, comments, footers, blog chrome */
    END;

    /** Lines that are never article text. */
    boolean furniture() {
        return this != BLANK && this != PROSE && this != SENTENCE && this != FRAGMENT;
    }

    /** Lines of text that may be article text. */
    boolean text() {
        return this == PROSE || this == SENTENCE || this == FRAGMENT;
    }
}
