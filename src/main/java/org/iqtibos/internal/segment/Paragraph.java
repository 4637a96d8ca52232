package org.iqtibos.internal.segment;

import java.util.List;

/** A paragraph: one line of the article with its sentences (never empty). */
public record Paragraph(int start, int end, List<Sentence> sentences) {
    public Paragraph {
        sentences = List.copyOf(sentences);
    }
}
