package org.iqtibos.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.iqtibos.result.EntityType;

/**
 * Joins the candidates of several finders into one set of mentions.
 *
 * <p>Finders are trusted in the order knowledge base, rules, statistical model; within one finder a longer span
 * wins over a shorter one. A candidate is dropped when it overlaps one already kept, with one exception: an
 * organization may contain a place or person ({@code Россия Федерацияси Ҳукумати} holds {@code Россия
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
        List<MentionCandidate> sorted = new ArrayList<>(candidates);
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

    private static boolean fits(MentionCandidate c, List<MentionCandidate> kept) {
        for (MentionCandidate k : kept) {
            if (c.overlaps(k) && !nested(c, k) && !nested(k, c)) {
                return false;
            }
        }
        return true;
    }

    /** True when organization {@code outer} strictly contains {@code inner} of another type. */
    private static boolean nested(MentionCandidate outer, MentionCandidate inner) {
        return outer.type() == EntityType.ORGANIZATION && inner.type() != EntityType.ORGANIZATION
                && outer.start() <= inner.start() && inner.end() <= outer.end() && outer.length() > inner.length();
    }
}
