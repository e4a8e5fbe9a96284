import java.io.PrintStream;
import java.time.LocalDate;
import org.communique.Extractor;
import org.communique.api.*;
import org.communique.output.JsonLines;

/** The README's library example, word for word (verify.groovy checks that it is). */
public final class ReadmeExample {
    private ReadmeExample() {}

    public static void main(String[] args) {
        PrintStream out = System.out;
        Extractor extractor = Extractor.create();   // loads the models once; thread-safe, reuse it
        Article article = new Article("kcna-1", "DPRK Foreign Minister Leaves for Russia",
                "Pyongyang, October 29 (KCNA) -- Choe Son Hui, minister of Foreign Affairs of the DPRK, "
                        + "left here on Tuesday for an official visit to the Russian Federation.",
                LocalDate.of(2024, 10, 29), "KCNA", null);
        ExtractionResult result = extractor.extract(article);
        for (Entity e : result.entities()) {
            out.println(e.type() + " " + e.name() + " " + (e.titles() == null ? "" : e.titles()));
        }
        for (Event ev : result.events()) {
            out.println(ev.type() + " " + ev.date() + " (rule " + ev.rule() + ")");
        }
        out.println(JsonLines.line(result));        // the record as one line of JSON
    }
}
