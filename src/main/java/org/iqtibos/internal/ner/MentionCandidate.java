package org.iqtibos.internal.ner;

import java.util.Objects;
import org.iqtibos.result.EntityType;

/**
 * A possible entity mention found by one finder, before merging and clustering. The span {@code [start, end)}
 * indexes the (normalized) analysed text and covers the name part only: {@code Астана} in {@code Астанада}.
 *
 * @param kbId       the knowledge-base entry this mention names, or null
 * @param confidence in [0, 1]; finders that cannot tell give 1
 * @param source     which finder produced it (for merging and debugging)
 */
public record MentionCandidate(int start, int end, EntityType type, String kbId, double confidence, Source source) {
    /**
     * The finders, in the order the merger trusts them: a descriptive body ({@link DescriptiveBodyFinder}) gives way
     * to a name a rule found inside it.
     */
    public enum Source { KNOWLEDGE_BASE, RULE, DESCRIPTION, STATISTICAL }

    public MentionCandidate {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** True when the two spans share at least one character. */
    public boolean overlaps(MentionCandidate o) {
        return start < o.end && o.start < end;
    }

    public int length() {
        return end - start;
    }
}
