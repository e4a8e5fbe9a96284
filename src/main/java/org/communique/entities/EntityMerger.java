package org.communique.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.communique.api.EntityType;
import org.communique.api.LocationSubtype;
import org.communique.doc.Doc;
import org.communique.doc.EntityDraft;
import org.communique.doc.Tok;
import org.communique.lexicon.Lexicon;
import org.communique.lexicon.PhraseTable;

/**
 * Merges the mentions of an article into entities: a person's short forms ("Zarenin", "Vladimir
 * Putin"), an organization's forms (acronyms the article introduces, "C.C., WPK", a name without its
 * country, a short form headed like the full name), a country's names (by ISO code), "Puryong" after
 * "Puryong County".
 */
final class EntityMerger {
    private static final java.util.Set<String> MINOR = java.util.Set.of("of", "the", "and", "for", "in", "on", "to", "a",
            "an", "with", "'s", "'");

    private final Lexicon lex;

    EntityMerger(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * "Workers' Party of Korea (WPK)": an acronym in brackets after an organization names it, or the
     * organization named at the end of it ("Standing Committee of the Supreme People's Assembly (SPA)"
     * introduces SPA for the Assembly), whichever its letters spell. The bracketed acronym of a nested
     * name is no mention of its own (the guideline's no-nesting rule).
     */
    Map<String, String> acronyms(Doc doc, List<ResolvedMention> mentions) {
        Map<String, String> out = new HashMap<>();
        List<Tok> toks = doc.tokens();
        List<ResolvedMention> drop = new ArrayList<>();
        for (ResolvedMention m : mentions) {
            if (m.c().type() != EntityType.ORGANIZATION) continue;
            int k = m.c().to();
            if (!(k + 2 < toks.size() && toks.get(k).is("(") && toks.get(k + 1).isAcronym() && toks.get(k + 2).is(")"))) continue;
            String acr = toks.get(k + 1).word();
            String[] w = stripThe(m.text()).split(" ");
            for (int i = 0; i < w.length; i++) {
                String tail = String.join(" ", Arrays.copyOfRange(w, i, w.length));
                if (!initials(tail).equals(acr.replace(".", ""))) continue;
                out.putIfAbsent(acr, tail);
                if (i > 0) {
                    int at = toks.get(k + 1).begin();
                    mentions.stream().filter(x -> x.begin() == at).forEach(drop::add);
                }
                break;
            }
        }
        mentions.removeAll(drop);
        return out;
    }

    private static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String x : name.replace("\u2019", "'").replace("'s", "").replace("'", "").split("[ -]")) {
            if (!x.isEmpty() && !MINOR.contains(x.toLowerCase(Locale.ROOT))) sb.append(Character.toUpperCase(x.charAt(0)));
        }
        return sb.toString();
    }

    void mergePersons(List<ResolvedMention> mentions, Map<ResolvedMention, EntityDraft> of, List<EntityDraft> drafts) {
        List<ResolvedMention> persons = mentions.stream().filter(m -> m.c().type() == EntityType.PERSON)
                .sorted(java.util.Comparator.comparingInt((ResolvedMention m) -> -m.text().split(" ").length)).toList();
        for (ResolvedMention m : persons) {
            String[] w = m.text().split(" ");
            List<EntityDraft> fits = new ArrayList<>();
            for (EntityDraft d : drafts) {
                if (d.type != EntityType.PERSON) continue;
                if (samePerson(d.name, w) || d.aliases.stream().anyMatch(a -> samePerson(a, w))
                        || m.c().canonical() != null && m.c().canonical().equals(lexiconName(d.name))) fits.add(d);
            }
            EntityDraft target = fits.size() == 1 ? fits.get(0) : fits.isEmpty() ? null : nearest(fits, m, of);
            if (target == null) {
                target = new EntityDraft(EntityType.PERSON, m.text());
                target.country = m.c().country();
                drafts.add(target);
            } else if (!target.name.equalsIgnoreCase(m.text())) {
                target.aliases.add(m.text());
            }
            if (target.country == null) target.country = m.c().country();
            of.put(m, target);
        }
    }

    /** "Kim" after "Kim Jong Un" and "Kim Yo Jong": the person named last before it, else first after it. */
    private static EntityDraft nearest(List<EntityDraft> fits, ResolvedMention m, Map<ResolvedMention, EntityDraft> of) {
        EntityDraft before = null, after = null;
        int beforeAt = -1, afterAt = Integer.MAX_VALUE;
        for (Map.Entry<ResolvedMention, EntityDraft> e : of.entrySet()) {
            if (!fits.contains(e.getValue())) continue;
            int at = e.getKey().begin();
            if (at < m.begin() && at > beforeAt) { beforeAt = at; before = e.getValue(); }
            if (at > m.begin() && at < afterAt) { afterAt = at; after = e.getValue(); }
        }
        return before != null ? before : after != null ? after : fits.get(0);
    }

    private String lexiconName(String name) {
        return lex.persons.get(name).map(Lexicon.Person::name).orElse(null);
    }

    /** "Zarenin", "Choe" or "Vladimir Putin" is "Andrei Zarenin", "Choe Son-hui" or "Vladimir Vladimirovich Putin". */
    private boolean samePerson(String full, String[] w) {
        String[] f = full.split(" ");
        if (f.length == w.length) return full.equalsIgnoreCase(String.join(" ", w));
        if (w.length > f.length) return false;
        // a family name alone: last in "Andrei Zarenin", first in "Choe Son-hui" and "Wang Yi"
        if (w.length == 1) return lex.surnamesFirst.contains(w[0]) ? f[0].equals(w[0])
                : f[f.length - 1].equals(w[0]) && !lex.koreanSurnames.contains(w[0]);
        return f[0].equals(w[0]) && f[f.length - 1].equals(w[w.length - 1]);
    }

    /**
     * Organizations meet under a key: their content words after expanding the article's acronyms,
     * in any order ("SPA Standing Committee" = "Standing Committee of the Supreme People's Assembly",
     * "C.C., WPK" = "WPK Central Committee"); a name without its country prefix, the lexicon's
     * canonical name, and a short form that begins the full name ("Drone Institute") join too.
     */
    void mergeOrganizations(List<ResolvedMention> mentions, Map<String, String> acronyms, Map<ResolvedMention, EntityDraft> of,
                                    List<EntityDraft> drafts) {
        Map<String, EntityDraft> byKey = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        List<ResolvedMention> orgs = mentions.stream().filter(m -> m.c().type() == EntityType.ORGANIZATION)
                .sorted(java.util.Comparator.comparingInt((ResolvedMention m) -> -m.text().length())).toList();
        for (ResolvedMention m : orgs) {
            String text = stripThe(m.text());
            List<String> keys = new ArrayList<>();
            keys.add(orgKey(text, acronyms));
            if (m.c().canonical() != null) keys.add(orgKey(m.c().canonical(), acronyms));
            String bare = withoutCountry(text);
            if (bare != null) keys.add(orgKey(bare, acronyms));
            String state = prefixState(text);
            // "Brazilian Communist Party" and "Serbian Communist Party" share the bare "Communist Party", not a body
            EntityDraft target = keys.stream().filter(k -> !ambiguous.contains(k)).map(byKey::get)
                    .filter(d -> d != null && (state == null || prefixState(d.name) == null || state.equals(prefixState(d.name))))
                    .findFirst().orElse(null);
            if (target == null && text.indexOf(' ') > 0) {
                for (EntityDraft d : drafts) {
                    if (d.type == EntityType.ORGANIZATION && d.name.startsWith(text + " of ")) { target = d; break; }
                }
            }
            if (target == null && text.indexOf(' ') > 0 && state == null) {
                // "Party Central Committee" after "Central Committee of the Workers' Party of Korea": a short
                // form whose words all belong to one organization's name, and to no other's ("Brazilian
                // Communist Party", named by its state, is a name of its own, not a short form)
                Set<String> words = Set.of(orgKey(text, acronyms).split(" "));
                String head = text.substring(text.lastIndexOf(' ') + 1);
                List<EntityDraft> holders = drafts.stream().filter(d -> d.type == EntityType.ORGANIZATION
                        && head.equals(mainHead(d.name))
                        && Set.of(orgKey(d.name, acronyms).split(" ")).containsAll(words)).toList();
                if (holders.size() == 1) target = holders.get(0);
            }
            if (target == null) {
                target = new EntityDraft(EntityType.ORGANIZATION, text);
                target.country = m.c().country();
                drafts.add(target);
            } else if (!target.name.equalsIgnoreCase(text)) {
                target.aliases.add(text);
            }
            for (String k : keys) {
                EntityDraft had = byKey.putIfAbsent(k, target);
                // "DPRK Ministry of X" and "Russian Ministry of X": the bare "Ministry of X" is neither's
                if (had != null && had != target && bare != null && k.equals(orgKey(bare, acronyms))) ambiguous.add(k);
            }
            of.put(m, target);
        }
    }

    static String stripThe(String s) {
        return s.startsWith("the ") || s.startsWith("The ") ? s.substring(4) : s;
    }

    /**
     * The sorted content words of a name, acronyms and "C.C." expanded, a one-word country or its
     * adjective as the state's code, and "Affairs" dropped: "Ministry of Foreign Affairs of Russia" =
     * "Russian Foreign Ministry".
     */
    String orgKey(String name, Map<String, String> acronyms) {
        java.util.TreeSet<String> words = new java.util.TreeSet<>();
        String n = countryCodes(name.replace("\u2019", "'").replace("C.C.", "Central Committee"), words);
        for (String w : n.split("[\\s,]+")) {
            String x = w.replaceAll("'s?$", "");
            String exp = acronyms.get(x);
            String src = exp != null ? exp.replace("\u2019", "'") : x;
            for (String y : src.split("\\s+")) {
                String bare = y.replaceAll("'s?$", "");
                String z = bare.toLowerCase(Locale.ROOT);
                if (z.isEmpty() || MINOR.contains(z) || z.equals("affairs")) continue;
                words.add(lex.countries.get(bare).map(c -> "#" + c.iso3()).orElse(z));
            }
        }
        return String.join(" ", words);
    }

    /**
     * The name with its country names of several words taken out and their codes added to {@code codes}
     * ("... of the Russian Federation" = "... of Russia", "Democratic People's Republic of Korea" = "DPRK").
     */
    private String countryCodes(String name, java.util.Set<String> codes) {
        StringBuilder rest = new StringBuilder();
        int i = 0;
        while (i < name.length()) {
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(name.charAt(i - 1));
            var m = wordStart ? lex.countries.longestAt(name, i,
                    e -> e == name.length() || !Character.isLetterOrDigit(name.charAt(e))) : java.util.Optional.<PhraseTable.Match<Lexicon.Country>>empty();
            if (m.isPresent() && name.substring(i, m.get().end()).indexOf(' ') > 0) {
                codes.add("#" + m.get().value().iso3());
                i = m.get().end();
            } else {
                rest.append(name.charAt(i++));
            }
        }
        return rest.toString();
    }

    /**
     * "DPRK Ministry of IT Industry" without its country: "Ministry of IT Industry", or null when the
     * rest is no name of its own ("Cuban embassy" and "Brazilian embassy" are two organizations).
     */
    private String withoutCountry(String name) {
        int sp = name.indexOf(' ');
        if (sp < 0) return null;
        String rest = name.substring(sp + 1);
        boolean aName = rest.indexOf(' ') > 0 && Character.isUpperCase(rest.charAt(0));
        return aName && lex.countries.get(name.substring(0, sp)).isPresent() ? rest : null;
    }

    /** The state of a name's country prefix ("Brazilian Communist Party" -> BRA), or null. */
    private String prefixState(String name) {
        return withoutCountry(name) == null ? null : lex.countries.get(name.substring(0, name.indexOf(' '))).map(Lexicon.Country::iso3).orElse(null);
    }

    /** The word that heads a name: the last before its first "of"/"for" ("Committee" in "Central Committee of the WPK"). */
    private static String mainHead(String name) {
        String[] w = name.split(" ");
        for (int i = 1; i < w.length; i++) {
            if (w[i].equals("of") || w[i].equals("for")) return w[i - 1];
        }
        return w[w.length - 1];
    }

    void mergeLocations(List<ResolvedMention> mentions, Map<ResolvedMention, EntityDraft> of, List<EntityDraft> drafts) {
        Map<String, EntityDraft> byKey = new HashMap<>();
        List<ResolvedMention> locs = mentions.stream().filter(m -> m.c().type() == EntityType.LOCATION)
                .sorted(java.util.Comparator.comparingInt((ResolvedMention m) -> -m.text().length())).toList();
        for (ResolvedMention m : locs) {
            Candidate c = m.c();
            String text = stripThe(m.text());
            String key = c.subtype() == LocationSubtype.COUNTRY && c.country() != null ? "#" + c.country()
                    : text.toLowerCase(Locale.ROOT);
            EntityDraft target = byKey.get(key);
            if (target == null && c.subtype() != LocationSubtype.COUNTRY) {
                // "Puryong" after "Puryong County"
                for (EntityDraft d : drafts) {
                    if (d.type == EntityType.LOCATION && !d.isCountry() && d.name.startsWith(text + " ")
                            && lex.placeHeads.containsKey(d.name.substring(text.length() + 1))) {
                        target = d;
                        break;
                    }
                }
            }
            if (target == null) {
                target = new EntityDraft(EntityType.LOCATION, text);
                target.subtype = c.subtype() == null ? LocationSubtype.CITY : c.subtype();
                target.country = c.subtype() == LocationSubtype.COUNTRY ? c.country() : null;
                drafts.add(target);
                byKey.put(key, target);
            } else if (!target.name.equalsIgnoreCase(text)) {
                target.aliases.add(text);
            }
            of.put(m, target);
        }
    }
}
