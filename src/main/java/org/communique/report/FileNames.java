package org.communique.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * File names for pages from registry ids, safe on any file system and in a URL. An id made of lower-case
 * letters, digits, '.', '_' and '-' (not starting with '.', at most 80 characters) is its own name; any
 * other id keeps its safe characters and gains a hash of the whole id, so that two ids never share a file
 * (not even "Kim" and "kim" on a case-insensitive disk) and a name never climbs out of its folder.
 */
public final class FileNames {
    private static final Pattern PLAIN = Pattern.compile("[a-z0-9_-][a-z0-9._-]{0,79}");

    private FileNames() {}

    /** The page's file name for {@code id}, with the extension {@code .html}. */
    public static String page(String id) {
        if (PLAIN.matcher(id).matches()) return id + ".html";
        String kept = id.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_-]+", "_");
        if (kept.length() > 60) kept = kept.substring(0, 60);
        return kept + "-" + hash(id) + ".html";
    }

    private static String hash(String id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
