package org.iqtibos.internal.segment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A text cut into paragraphs, sentences and tokens; all spans index {@link #text()}. */
public record SegmentedText(String text, List<Paragraph> paragraphs) {
    public SegmentedText {
        paragraphs = List.copyOf(paragraphs);
    }

    /**
     * The words this text writes starting with a lower-case letter, lower-cased (Locale.ROOT). A capitalized word the
     * same article also writes in lower case is a common word at a sentence start, not a name ({@code Saylov}).
     */
    public Set<String> lowerCaseWords() {
        Set<String> out = new HashSet<>();
        for (Paragraph p : paragraphs) {
            for (Sentence s : p.sentences()) {
                for (Token t : s.tokens()) {
                    if (t.isWord() && Character.isLowerCase(t.text().codePointAt(0))) {
                        out.add(t.text().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return out;
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
