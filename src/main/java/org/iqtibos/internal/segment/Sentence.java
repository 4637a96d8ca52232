package org.iqtibos.internal.segment;

import java.util.List;

/** A sentence: its span in the text and its tokens (never empty). */
public record Sentence(int start, int end, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
        if (tokens.isEmpty() || start > tokens.get(0).start() || end < tokens.get(tokens.size() - 1).end()) {
            throw new IllegalArgumentException("sentence [" + start + ", " + end + ") does not hold its tokens");
        }
    }

    /** The tokens' texts, as OpenNLP's name finders take them. */
    public String[] tokenTexts() {
        String[] out = new String[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = tokens.get(i).text();
        }
        return out;
    }
}
