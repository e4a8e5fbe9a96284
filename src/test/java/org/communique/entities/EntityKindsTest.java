package org.communique.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.communique.Shared;
import org.communique.api.Article;
import org.communique.api.Entity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of entity error fixed, each on a sentence of its own (src/test/resources/entities/kinds.tsv). */
class EntityKindsTest {
    static Stream<Arguments> kinds() {
        try (var in = Objects.requireNonNull(EntityKindsTest.class.getResourceAsStream("/entities/kinds.tsv"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .map(c -> Arguments.of(c[0], c[1], c[2])).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void kind(String kind, String text, String expectations) {
        String[] parts = text.split(" \\|\\| ", 2);
        Article article = parts.length == 2 ? new Article(kind, parts[0], parts[1], LocalDate.of(2024, 10, 22), null, null)
                : Article.of(kind, text);
        List<Entity> entities = Shared.extractor().extract(article).entities();
        for (String x : expectations.split(";")) {
            assertTrue(holds(x.trim(), entities), () -> kind + ": expected " + x + " in " + describe(entities));
        }
    }

    private static boolean holds(String x, List<Entity> entities) {
        if (x.startsWith("!")) return !holds(x.substring(1), entities);
        if (x.startsWith("country:")) {
            String[] p = x.substring(8).split("=", 2);
            return entities.stream().anyMatch(e -> e.name().equals(p[0]) && p[1].equals(e.country()));
        }
        if (x.startsWith("title:")) {
            String[] p = x.substring(6).split("=", 2);
            return entities.stream().anyMatch(e -> e.name().equals(p[0]) && e.titles().contains(p[1]));
        }
        String[] p = x.split("=", 2);
        String[] name = p[1].split("~", 2);
        return entities.stream().anyMatch(e -> e.type().name().equals(p[0]) && e.name().equals(name[0])
                && (name.length == 1 || e.aliases().contains(name[1])));
    }

    private static String describe(List<Entity> entities) {
        StringBuilder sb = new StringBuilder();
        for (Entity e : entities) {
            sb.append("\n  ").append(e.type()).append(' ').append(e.name());
            if (e.aliases() != null && !e.aliases().isEmpty()) sb.append(" ~").append(e.aliases());
            if (e.titles() != null && !e.titles().isEmpty()) sb.append(" titles=").append(e.titles());
        }
        return sb.toString();
    }
}
