package org.communique.events;

import java.util.List;
import org.communique.doc.EventDraft;

/**
 * What an event being built can refer back to: the events made so far in the article and the
 * sentence it is in ("They also toured ..." means the ones who acted just before).
 */
record EventContext(List<EventDraft> earlier, int sentence) {}
