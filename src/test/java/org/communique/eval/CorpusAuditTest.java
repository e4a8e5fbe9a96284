package org.communique.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.communique.api.Argument;
import org.communique.api.Article;
import org.communique.api.Entity;
import org.communique.api.EntityType;
import org.communique.api.Event;
import org.communique.api.EventType;
import org.communique.api.Evidence;
import org.communique.api.ExtractionResult;
import org.communique.api.LocationSubtype;
import org.communique.api.Mention;
import org.communique.api.Role;
import org.communique.api.Trigger;
import org.communique.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/** The audit counts each kind of anomaly on records made to show it, and nothing on a sound one. */
class CorpusAuditTest {
    private static final String TEXT = "Delegates of the March 26 Movement met in Montevideo on Friday. Kim Jong Un will visit.";

    private static Event event(String id, EventType type, String date, List<Argument> args) {
        return new Event(id, type, null, null, date, null, args, new Trigger("met", 0, 3),
                new Evidence(TEXT, 0, 10), null, 0.8, "meeting.met");
    }

    @Test
    void countsEachKind() {
        Entity movement = new Entity("e1", EntityType.ORGANIZATION, null, "March 26 Movement", List.of(), null, null,
                null, null, List.of(new Mention(17, 34, "March 26 Movement", null)));
        Entity city = new Entity("e2", EntityType.LOCATION, LocationSubtype.CITY, "Montevideo", List.of(), null, null,
                null, null, List.of(new Mention(42, 52, "Montevideo", null)));
        Entity date = new Entity("e3", EntityType.DATE, null, "March 26", null, null, null, null, "2024-03-26",
                List.of(new Mention(17, 25, "March 26", null)));
        List<Argument> args = List.of(new Argument(Role.PARTY, "e1", "meeting.met", ">nsubj"),
                new Argument(Role.PARTY, "e2", "meeting.met", ">obl:in"));
        ExtractionResult r = new ExtractionResult("a", null, "test", null, null, "2024-01-16", null,
                List.of(movement, city, date),
                List.of(event("v1", EventType.MEETING, "2024-03-26", args), event("v2", EventType.MEETING, "2024-03-26", args),
                        event("v3", EventType.VISIT, null, List.of())), List.of(), List.of());
        CorpusAudit audit = new CorpusAudit(Lexicon.get());
        audit.add(new Article("a", null, TEXT, LocalDate.of(2024, 1, 16), "test", null), r);
        assertEquals(2, audit.count(CorpusAudit.Anomaly.EVENT_AFTER_PUBLICATION));
        assertEquals(1, audit.count(CorpusAudit.Anomaly.DATE_INSIDE_NAME));
        assertEquals(2, audit.count(CorpusAudit.Anomaly.ARGUMENT_IS_VENUE));
        assertEquals(1, audit.count(CorpusAudit.Anomaly.EVENT_WITHOUT_ARGUMENT));
        assertEquals(1, audit.count(CorpusAudit.Anomaly.IDENTICAL_EVENTS));
        assertTrue(audit.report(3).contains("meeting.met"));
    }
}
