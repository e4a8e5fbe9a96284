package org.communique.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communique.api.Argument;
import org.communique.api.Entity;
import org.communique.api.EntityType;
import org.communique.api.Event;
import org.communique.api.Evidence;
import org.communique.api.ExtractionResult;
import org.communique.api.Mention;
import org.communique.api.Modality;
import org.communique.api.RelatedItem;
import org.communique.api.Trigger;
import org.communique.doc.AnalysedText;
import org.communique.doc.Doc;
import org.communique.doc.EntityDraft;
import org.communique.doc.EventDraft;

/**
 * Turns a finished {@link Doc} into the immutable {@link ExtractionResult}: numbers entities and
 * events, maps every offset back to the article as read, and keeps only the entities and events
 * the article itself supports.
 */
public final class RecordBuilder {
    /** Event codes by type, from the event grammar. */
    public interface Codes {
        String cameo(org.communique.api.EventType t);

        String plover(org.communique.api.EventType t);
    }

    private final Codes codes;

    public RecordBuilder(Codes codes) {
        this.codes = codes;
    }

    public ExtractionResult build(Doc doc, List<RelatedItem> related, List<String> readWarnings) {
        AnalysedText text = doc.text();
        List<EntityDraft> drafts = new ArrayList<>(doc.entities());
        drafts.removeIf(d -> d.mentions.isEmpty());
        drafts.sort(Comparator.comparingInt((EntityDraft d) -> d.type == EntityType.DATE ? 1 : 0)
                .thenComparingInt(d -> d.mentions.get(0).start()));
        Map<EntityDraft, String> ids = new HashMap<>();
        for (EntityDraft d : drafts) ids.put(d, "e" + (ids.size() + 1));
        List<Entity> entities = new ArrayList<>();
        for (EntityDraft d : drafts) {
            boolean person = d.type == EntityType.PERSON;
            List<String> aff = d.affiliations.stream().map(ids::get).filter(java.util.Objects::nonNull).toList();
            Set<String> aliases = new LinkedHashSet<>(d.aliases);
            aliases.removeIf(a -> a.equalsIgnoreCase(d.name));
            List<Mention> mentions = d.mentions.stream()
                    .map(s -> text.mention(s.start(), s.end(), s.text())).toList();
            entities.add(new Entity(ids.get(d), d.type, d.subtype, d.name,
                    d.type == EntityType.DATE ? null : List.copyOf(aliases),
                    person ? List.copyOf(d.titles) : null, person ? aff : null,
                    d.type == EntityType.DATE ? null : d.country, d.value, mentions));
        }
        List<Event> events = new ArrayList<>();
        for (EventDraft e : doc.events()) {
            List<Argument> args = new ArrayList<>();
            e.arguments.forEach((ent, role) -> {
                String id = ids.get(ent);
                EventDraft.Provenance from = e.provenance.get(ent);
                if (id != null) args.add(from == null ? new Argument(role, id) : new Argument(role, id, from.rule(), from.path()));
            });
            String sentence = AnalysedText.squash(text.originalText(e.sentenceStart, e.sentenceEnd));
            events.add(new Event("v" + (events.size() + 1), e.type, codes.cameo(e.type), codes.plover(e.type), e.date,
                    e.location == null ? null : ids.get(e.location), args,
                    new Trigger(text.originalText(e.triggerStart, e.triggerEnd), text.original(e.triggerStart),
                            text.original(e.triggerEnd)),
                    new Evidence(sentence, text.original(e.sentenceStart), text.original(e.sentenceEnd)),
                    e.modality == Modality.ASSERTED ? null : e.modality, e.confidence, e.rule));
        }
        List<String> warnings = new ArrayList<>(readWarnings);
        warnings.addAll(doc.warnings());
        var a = doc.article();
        return new ExtractionResult(a.id(), a.title(), a.source(), a.section(), a.url(),
                doc.published() == null ? null : doc.published().toString(), TextHash.of(a.text()), null,
                doc.dateline(), entities, events, related, warnings);
    }
}
