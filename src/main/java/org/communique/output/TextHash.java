package org.communique.output;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The {@code text_hash} of a record: the SHA-256 of an article's text as the extractor sees it
 * ({@code Article.text()}, after reading and normalisation, before analysis), in UTF-8, as 64
 * lower-case hex digits. Equal texts give equal hashes whatever their ids, outlets or sections.
 */
public final class TextHash {
    private TextHash() {}

    /** The hash of a text. */
    public static String of(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) { // every Java platform must have it
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
