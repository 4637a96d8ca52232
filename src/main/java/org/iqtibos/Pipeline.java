package org.iqtibos;

import java.util.ArrayList;
import java.util.List;
import org.iqtibos.model.ModelFiles;
import org.iqtibos.ner.MentionCandidate;
import org.iqtibos.ner.MentionFinder;
import org.iqtibos.ner.MentionMerger;
import org.iqtibos.result.Entity;
import org.iqtibos.result.Quote;
import org.iqtibos.segment.SegmentedText;

/** The stages after segmentation, loaded once. Immutable and thread-safe. */
final class Pipeline {
    record Result(List<Entity> persons, List<Entity> organizations, List<Entity> places, List<Quote> quotes) {
    }

    private final List<MentionFinder> finders;
    private final MentionMerger merger = new MentionMerger();

    private Pipeline(List<MentionFinder> finders) {
        this.finders = List.copyOf(finders);
    }

    static Pipeline load(ModelFiles files) {
        return new Pipeline(List.of());
    }

    Result run(SegmentedText text, Language language, Script script) {
        List<MentionCandidate> candidates = new ArrayList<>();
        for (MentionFinder f : finders) {
            candidates.addAll(f.find(text, language, script));
        }
        List<MentionCandidate> mentions = merger.merge(candidates);
        return new Result(List.of(), List.of(), List.of(), List.of());
    }
}
