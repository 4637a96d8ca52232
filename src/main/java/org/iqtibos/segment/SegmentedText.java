package org.iqtibos.segment;

import java.util.ArrayList;
import java.util.List;

/** A text cut into paragraphs, sentences and tokens; all spans index {@link #text()}. */
public record SegmentedText(String text, List<Paragraph> paragraphs) {
    public SegmentedText {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Every sentence, in text order. */
    public List<Sentence> sentences() {
        List<Sentence> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            out.addAll(p.sentences());
        }
        return out;
    }
}
