package org.iqtibos.internal.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.iqtibos.internal.kb.KnowledgeBase;
import org.iqtibos.result.EntityType;

/**
 * Joins the candidates of several finders into one set of mentions.
 *
 * <p>Finders are trusted in the order knowledge base, rules, descriptive bodies, statistical model; within one finder
 * a longer span wins over a shorter one. A place or organization of the knowledge base inside a longer person name
 * found by the name patterns gives way to the person, and a person inside a place named by its unit noun (a district
 * named after someone) to the place. A candidate is dropped when it overlaps one already kept, with
 * one exception: an organization may contain a place or person, or the organization whose acronym opens its name
 * ({@code Россия Федерацияси Ҳукумати} holds {@code Россия Федерацияси}; a descriptive body is contained by none;
 * a knowledge-base or descriptive organization holds nothing of the statistical model: {@code Kabar} of {@code Kabar
 * news agency}, {@code Энергетика министрлігі} of a ministry),
 * since news names organizations after places and both are entities of the article.
 *
 * <p>Stateless and thread-safe.
 */
public final class MentionMerger {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\u00A0]+");
    private static final Comparator<MentionCandidate> ORDER = Comparator
            .comparingInt((MentionCandidate c) -> c.source().ordinal())
            .thenComparing(Comparator.comparingInt(MentionCandidate::length).reversed())
            .thenComparing(Comparator.comparingDouble(MentionCandidate::confidence).reversed())
            .thenComparingInt(MentionCandidate::start);

    /** The kept candidates, in text order. */
    public List<MentionCandidate> merge(List<MentionCandidate> candidates) {
        return merge(candidates, null);
    }

    /**
     * Like {@link #merge(List)}; with the article's {@code text}, a place named by a plural unit noun after a list
     * ({@code Ақтөбе және Атырау облыстары}: the regions) wins over the knowledge base's place of the same word (the
     * cities).
     */
    public List<MentionCandidate> merge(List<MentionCandidate> candidates, String text) {
        candidates = text == null ? candidates : trimmedAfterKnownNames(candidates, text);
        ByStart rulePersons = new ByStart();
        ByStart knownPersons = new ByStart();
        for (MentionCandidate c : candidates) {
            if (c.type() == EntityType.PERSON && c.source() == MentionCandidate.Source.RULE) {
                rulePersons.add(c);
            } else if (c.type() == EntityType.PERSON && c.source() == MentionCandidate.Source.KNOWLEDGE_BASE) {
                knownPersons.add(c);
            }
        }
        ByStart unitPlaces = new ByStart();
        for (MentionCandidate c : candidates) {
            if (c.type() == EntityType.PLACE && c.source() == MentionCandidate.Source.RULE) {
                unitPlaces.add(c);
            }
        }
        List<MentionCandidate> sorted = new ArrayList<>();
        for (MentionCandidate c : candidates) {
            if (!insideAPersonName(c, rulePersons, knownPersons) && !insideAUnitPlace(c, unitPlaces, text)) {
                sorted.add(c);
            }
        }
        sorted.sort(ORDER);
        List<MentionCandidate> kept = new ArrayList<>();
        ByStart keptByStart = new ByStart();
        for (MentionCandidate c : sorted) {
            if (fits(c, keptByStart)) {
                kept.add(c);
                keptByStart.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(MentionCandidate::start).thenComparingInt(MentionCandidate::end));
        return kept;
    }

    /**
     * The name patterns' persons that start inside a knowledge-base organization, place or person and go on past it
     * ({@code … for National Security Orozbek Opumbayev}, {@code … the Kyrgyz Republic Almazbek Atambayev}, {@code
     * Елжан Біртанов Тамара Дүйсенова}): the word they share is no part of the name, which starts after it. The others
     * as they are.
     */
    private static List<MentionCandidate> trimmedAfterKnownNames(List<MentionCandidate> candidates, String text) {
        ByStart known = new ByStart();
        for (MentionCandidate c : candidates) {
            if (c.source() == MentionCandidate.Source.KNOWLEDGE_BASE
                    || c.type() == EntityType.PERSON && c.source() == MentionCandidate.Source.RULE) {
                known.add(c); // a body, place or person: "… деді Елжан Біртанов Тамара Дүйсенованың …"
            }
        }
        List<MentionCandidate> out = new ArrayList<>(candidates.size());
        for (MentionCandidate p : candidates) {
            MentionCandidate trimmed = p;
            if (p.type() == EntityType.PERSON && p.source() == MentionCandidate.Source.RULE) {
                for (MentionCandidate k : known.overlapping(p)) {
                    if (k.start() < p.start() && p.start() < k.end() && k.end() < p.end()) {
                        int from = k.end();
                        while (from < p.end() && Character.isWhitespace(text.charAt(from))) {
                            from++;
                        }
                        String rest = text.substring(from, p.end());
                        if (!rest.isEmpty() && Character.isUpperCase(rest.codePointAt(0)) && SPACES.split(rest.strip()).length >= 2) {
                            trimmed = new MentionCandidate(from, p.end(), p.type(), p.kbId(), p.confidence(), p.source());
                        }
                    }
                }
            }
            out.add(trimmed);
        }
        return out;
    }

    /**
     * True for a knowledge-base place or organization inside a longer person name that the name patterns found:
     * {@code Владимир} is a city, but not in {@code Владимир Зайнетдинов}.
     */
    private static boolean insideAPersonName(MentionCandidate c, ByStart rulePersons, ByStart knownPersons) {
        if (c.source() != MentionCandidate.Source.KNOWLEDGE_BASE || c.type() == EntityType.PERSON) {
            return false;
        }
        for (MentionCandidate p : rulePersons.overlapping(c)) {
            if (p.start() <= c.start() && c.end() <= p.end() && p.length() > c.length()
                    && !displacedByAKnownPerson(p, c, knownPersons)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for a person inside a place named by its unit noun ({@code Әл-Фараби} of {@code Әл-Фараби ауданы}), and for
     * a shorter place there ({@code Qarshi} of {@code Qarshi tumani}: the district, not the city).
     */
    private static boolean insideAUnitPlace(MentionCandidate c, ByStart unitPlaces, String text) {
        if (c.type() != EntityType.PERSON && (c.type() != EntityType.PLACE || c.source() == MentionCandidate.Source.RULE)) {
            return false;
        }
        for (MentionCandidate p : unitPlaces.overlapping(c)) {
            if (p.start() <= c.start() && c.end() <= p.end() && (c.type() == EntityType.PERSON || p.length() > c.length()
                    || p.length() == c.length() && text != null && namesItsUnit(p, text))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for a unit place named with its unit ({@code Kostanay Region}) whose mention is the name alone: an item of
     * a list before a plural unit noun ({@code Ақтөбе және Атырау облыстары}), which is the region, not the city.
     */
    private static boolean namesItsUnit(MentionCandidate p, String text) {
        if (p.kbId() == null || !p.kbId().startsWith(KnowledgeBase.DESCRIBED_PLACE)) {
            return false;
        }
        // the English holds the unit ("Kostanay Region"), the mention does not ("Қостанай"): more words in the name
        String english = p.kbId().substring(KnowledgeBase.DESCRIBED_PLACE.length());
        return english.split(" ").length > SPACES.split(text.substring(p.start(), p.end())).length;
    }

    /**
     * True when a knowledge-base person overlaps the pattern's name {@code p} but leaves {@code c} out: that person
     * wins over the pattern, so {@code c} ({@code Kazakhstan} in {@code President of Kazakhstan Nursultan
     * Nazarbayev}) was never part of the name.
     */
    private static boolean displacedByAKnownPerson(MentionCandidate p, MentionCandidate c, ByStart knownPersons) {
        for (MentionCandidate q : knownPersons.overlapping(p)) {
            if (!q.overlaps(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fits(MentionCandidate c, ByStart kept) {
        for (MentionCandidate k : kept.overlapping(c)) {
            if (c.overlaps(k) && !nested(c, k) && !nested(k, c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when organization {@code outer} strictly contains {@code inner} of another type, or an organization of
     * the knowledge base that opens its name ({@code БМТ} of {@code БМТ Хавфсизлик Кенгаши}; a body written without
     * its country is no such organization).
     */
    private static boolean nested(MentionCandidate outer, MentionCandidate inner) {
        if (outer.type() != EntityType.ORGANIZATION || outer.start() > inner.start() || inner.end() > outer.end()
                || outer.length() <= inner.length()) {
            return false;
        }
        if (inner.source() == MentionCandidate.Source.STATISTICAL && outer.source() != MentionCandidate.Source.STATISTICAL
                && outer.source() != MentionCandidate.Source.RULE) {
            return false; // the model's name inside a known or described body is its word (Kabar of Kabar news agency)
        }
        if (inner.type() == EntityType.PLACE && inner.source() == MentionCandidate.Source.RULE
                && outer.source() == MentionCandidate.Source.STATISTICAL && inner.start() == outer.start()) {
            return false; // "Алатауском районе Алматы": a place named by its unit opens the model's span, no body
        }
        if (inner.type() != EntityType.ORGANIZATION) {
            return true;
        }
        return inner.start() == outer.start() && inner.source() != MentionCandidate.Source.DESCRIPTION && inner.kbId() != null && outer.kbId() != null
                && !inner.kbId().equals(outer.kbId()) && !isGenericBody(inner.kbId());
    }

    /** Candidates by start, to find those overlapping a span among the few that start within the longest's reach. */
    private static final class ByStart {
        private final TreeMap<Integer, List<MentionCandidate>> byStart = new TreeMap<>();
        private int longest;

        void add(MentionCandidate c) {
            byStart.computeIfAbsent(c.start(), s -> new ArrayList<>(1)).add(c);
            longest = Math.max(longest, c.length());
        }

        /** The candidates overlapping {@code c}, and perhaps a few more that start near it. */
        List<MentionCandidate> overlapping(MentionCandidate c) {
            List<MentionCandidate> out = new ArrayList<>();
            for (List<MentionCandidate> list : byStart.subMap(c.start() - longest, false, c.end(), false).values()) {
                for (MentionCandidate k : list) {
                    if (k.overlaps(c)) {
                        out.add(k);
                    }
                }
            }
            return out;
        }
    }

    private static boolean isGenericBody(String kbId) {
        KnowledgeBase.StateBodyId body = KnowledgeBase.StateBodyId.parse(kbId);
        return body != null && body.countryId() == null;
    }
}
