package org.iqtibos.internal.ner;

import java.util.List;
import org.iqtibos.Language;
import org.iqtibos.Script;
import org.iqtibos.internal.segment.SegmentedText;

/** Finds possible entity mentions in a segmented text. Implementations are immutable and thread-safe. */
@FunctionalInterface
public interface MentionFinder {
    /** The candidates found in {@code text}, in any order; they may overlap. */
    List<MentionCandidate> find(SegmentedText text, Language language, Script script);
}
