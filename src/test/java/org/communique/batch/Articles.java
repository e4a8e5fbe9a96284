package org.communique.batch;

import java.util.ArrayList;
import java.util.List;
import org.communique.api.Article;
import org.communique.read.Input;

/** Articles made up for the batch tests that need no corpus: short KCNA-style reports, ids a1, a2, ... */
final class Articles {
    private Articles() {}

    static List<Input> of(int n) { return of("a", n); }

    static List<Input> of(String prefix, int n) {
        List<Input> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(new Input.Ok(new Article(prefix + i, "Report " + i, "Pyongyang, May " + (1 + i % 28)
                    + " (KCNA) -- Kim Jong Un inspected farm number " + i + " in South Hwanghae Province.", null,
                    "KCNA", null), List.of(), List.of()));
        }
        return out;
    }
}
