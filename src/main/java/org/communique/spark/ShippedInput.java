package org.communique.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communique.api.Article;
import org.communique.api.RelatedItem;
import org.communique.read.Input;

/**
 * An {@link Input} in a form Spark can move between executors: {@code Input}, {@code Article} and
 * {@code RelatedItem} are not {@link Serializable}, and the library should not have to be.
 * A failed input keeps only {@code id}, {@code failureKind} and {@code failureMessage}. Public only
 * because Spark's encoders take nothing else; not part of the library's API.
 */
public record ShippedInput(String id, String failureKind, String failureMessage, String title, String text,
                    LocalDate published, String source, String section, String url, ArrayList<String[]> related,
                    ArrayList<String> warnings) implements Serializable {

    static ShippedInput of(Input in) {
        if (in instanceof Input.Failed f) {
            return new ShippedInput(f.id(), f.kind(), f.message(), null, null, null, null, null, null, null, null);
        }
        Input.Ok ok = (Input.Ok) in;
        Article a = ok.article();
        ArrayList<String[]> related = new ArrayList<>();
        for (RelatedItem r : ok.related()) related.add(new String[] {r.title(), r.date(), r.text()});
        return new ShippedInput(a.id(), null, null, a.title(), a.text(), a.published(), a.source(), a.section(), a.url(),
                related,
                new ArrayList<>(ok.warnings()));
    }

    Input toInput() {
        if (failureKind != null) return new Input.Failed(id, failureKind, failureMessage);
        List<RelatedItem> items = related.stream().map(r -> new RelatedItem(r[0], r[1], r[2])).toList();
        return new Input.Ok(new Article(id, title, text, published, source, section, url), items, warnings);
    }
}
