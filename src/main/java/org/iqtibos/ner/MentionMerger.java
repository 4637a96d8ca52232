package org.iqtibos.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.iqtibos.result.EntityType;

/**
 * Joins the candidates of several finders into one set of mentions.
 *
 * <p>Finders are trusted in the order knowledge base, rules, statistical model; within one finder a longer span
 * wins over a shorter one. A place or organization of the knowledge base inside a longer person name found by the
 * name patterns gives way to the person. A candidate is dropped when it overlaps one already kept, with one exception: an
 * organization may contain a place or person, or the organization whose acronym opens its name ({@code Россия Федерацияси Ҳукумати} holds {@code Россия
 * Федерацияси}), since news names organizations after places and both are entities of the article.
 *
 * <p>Stateless and thread-safe.
 */
public final class MentionMerger {
    private static final Comparator<MentionCandidate> ORDER = Comparator
            .comparingInt((MentionCandidate c) -> c.source().ordinal())
            .thenComparing(Comparator.comparingInt(MentionCandidate::length).reversed())
            .thenComparing(Comparator.comparingDouble(MentionCandidate::confidence).reversed())
            .thenComparingInt(MentionCandidate::start);

    /** The kept candidates, in text order. */
    public List<MentionCandidate> merge(List<MentionCandidate> candidates) {
        List<MentionCandidate> sorted = new ArrayList<>();
        for (MentionCandidate c : candidates) {
            if (!insideAPersonName(c, candidates)) {
                sorted.add(c);
            }
        }
        sorted.sort(ORDER);
        List<MentionCandidate> kept = new ArrayList<>();
        for (MentionCandidate c : sorted) {
            if (fits(c, kept)) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(MentionCandidate::start).thenComparingInt(MentionCandidate::end));
        return kept;
    }

    /**
     * True for a knowledge-base place or organization inside a longer person name that the name patterns found:
     * {@code Владимир} is a city, but not in {@code Владимир Зайнетдинов}.
     */
    private static boolean insideAPersonName(MentionCandidate c, List<MentionCandidate> all) {
        if (c.source() != MentionCandidate.Source.KNOWLEDGE_BASE || c.type() == EntityType.PERSON) {
            return false;
        }
        for (MentionCandidate p : all) {
            if (p.source() == MentionCandidate.Source.RULE && p.type() == EntityType.PERSON
                    && p.start() <= c.start() && c.end() <= p.end() && p.length() > c.length()
                    && !displacedByAKnownPerson(p, c, all)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a knowledge-base person overlaps the pattern's name {@code p} but leaves {@code c} out: that person
     * wins over the pattern, so {@code c} ({@code Kazakhstan} in {@code President of Kazakhstan Nursultan
     * Nazarbayev}) was never part of the name.
     */
    private static boolean displacedByAKnownPerson(MentionCandidate p, MentionCandidate c, List<MentionCandidate> all) {
        for (MentionCandidate q : all) {
            if (q.source() == MentionCandidate.Source.KNOWLEDGE_BASE && q.type() == EntityType.PERSON && q.overlaps(p)
                    && !q.overlaps(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fits(MentionCandidate c, List<MentionCandidate> kept) {
        for (MentionCandidate k : kept) {
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
        if (inner.type() != EntityType.ORGANIZATION) {
            return true;
        }
        return inner.start() == outer.start() && inner.kbId() != null && outer.kbId() != null
                && !inner.kbId().equals(outer.kbId()) && !isGenericBody(inner.kbId());
    }

    private static boolean isGenericBody(String kbId) {
        return kbId.startsWith(org.iqtibos.link.KnowledgeBase.STATE_BODY) && kbId.indexOf('@') < 0;
    }
}
