package org.communique.read;

import java.util.List;
import java.util.Optional;

/**
 * Gives each line of a page its role from the line alone: stamp, furniture of the kinds of
 * {@link Furniture}, caption, credit, or by its shape prose, short sentence or fragment. What the
 * neighbours say (link lists, the headline, the article's block) is {@link ArticleFinder}'s part.
 */
final class LineClassifier {
    private final Furniture furniture = Furniture.get();
    private final PublicationStamps stamps = PublicationStamps.get();

    /** @param unlabelled the kind of an unlabelled date on this line ("header" above the headline, else "dated") */
    PageLine classify(int index, String text, String unlabelled) {
        String t = text.strip();
        LineShape shape = LineShape.of(furniture.withoutTrailingCredit(t)); // "... Nguyen Van Nen. -0-" ends a sentence
        if (t.isEmpty()) return new PageLine(index, t, Role.BLANK, shape, List.of());
        List<PublicationStamps.Stamp> s = stamps.stampLine(t, unlabelled);
        if (!s.isEmpty()) return new PageLine(index, t, Role.STAMP, shape, s);
        if (stamps.labelOnly(t) != null) return new PageLine(index, t, Role.STAMP_LABEL, shape, List.of());
        if (furniture.isCaption(t)) return new PageLine(index, t, Role.CAPTION, shape, List.of());
        if (furniture.isCredit(t)) return new PageLine(index, t, Role.CREDIT, shape, List.of());
        Optional<Furniture.LineRole> r = furniture.role(t);
        if (r.isPresent() && !(r.get().role().equals("byline") && shape.sentence() && shape.words() > 4)) {
            return new PageLine(index, t, role(r.get()), shape, List.of());
        }
        Role byShape = shape.prose() ? Role.PROSE : shape.sentence() && shape.words() >= 3 ? Role.SENTENCE : Role.FRAGMENT;
        return new PageLine(index, t, byShape, shape, List.of());
    }

    private static Role role(Furniture.LineRole r) {
        if (r.breaks()) return Role.END;
        return switch (r.role()) {
            case "menu" -> Role.MENU;
            case "share" -> Role.SHARE;
            case "byline" -> Role.BYLINE;
            default -> Role.CREDIT;
        };
    }
}
