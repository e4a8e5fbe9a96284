package org.communique.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** Made-up KCNA-style articles as scrapers' JSON lines, so that the process tests need no corpus. */
final class TestArticles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestArticles() {}

    /** A short report with a person, a place and a date. */
    static String text(int i) {
        return "Pyongyang, May " + (1 + i % 28) + " (KCNA) -- Kim Jong Un inspected farm number " + i
                + " in South Hwanghae Province on Sunday, accompanied by Premier Pak Thae Song.";
    }

    /** A report of about {@code 250 * sentences} characters. */
    static String longText(int i, int sentences) {
        StringBuilder sb = new StringBuilder(text(i));
        for (int k = 0; k < sentences; k++) {
            sb.append(" The Premier met the delegation of the Ministry of Agriculture at the Sunchon Phosphatic ")
                    .append("Fertilizer Complex and discussed the plan for ").append(2024 + k % 3)
                    .append(" with officials of South Phyongan Province.");
        }
        return sb.toString();
    }

    static String line(String id, String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("story_text", text);
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code n} short articles as JSON lines, ids {@code prefix1..prefixN}, each line ended. */
    static String lines(String prefix, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) sb.append(line(prefix + i, text(i))).append('\n');
        return sb.toString();
    }
}
