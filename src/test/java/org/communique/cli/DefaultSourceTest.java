package org.communique.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.StreamSupport;
import org.communique.api.Article;
import org.communique.read.Input;
import org.junit.jupiter.api.Test;

/** {@code extract --source} names the outlet of the articles whose input gave none, and only those. */
class DefaultSourceTest {
    @Test
    void sourceFillsOnlyArticlesWithoutAnOutlet() {
        List<Input> inputs = List.of(
                new Input.Ok(new Article("a", null, "Talks.", null, null, "External", null), List.of(), List.of()),
                new Input.Ok(new Article("b", null, "Talks.", null, "KCNA", null, null), List.of(), List.of()),
                new Input.Failed("c", "empty", "the article text is empty"));
        List<Input> out = StreamSupport.stream(new DefaultSource(inputs, "Rodong Sinmun").spliterator(), false).toList();
        Article a = ((Input.Ok) out.get(0)).article();
        assertEquals("Rodong Sinmun", a.source());
        assertEquals("External", a.section());
        assertEquals("KCNA", ((Input.Ok) out.get(1)).article().source());
        assertEquals(inputs.get(2), out.get(2));
    }
}
