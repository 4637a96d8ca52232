package org.iqtibos.internal.ner;

import java.util.ArrayList;
import java.util.List;
import org.iqtibos.internal.morph.NameStemmer;

/**
 * Cuts the glued case ending off a whole-token mention ({@code Тошкентда} → {@code Тошкент}) in languages whose
 * endings glue to names, so that the span covers the name part alone, as the knowledge-base finder's spans do.
 * Stateless and thread-safe.
 */
public final class NamePartTrimmer {
    /** Shortest name part kept: a cut that leaves fewer letters took part of the name. */
    private static final int MIN_LETTERS = 3;

    private NamePartTrimmer() {
    }

    /**
     * A cut is taken when the ending is long enough to be no part of a name ({@code нинг}, {@code даги}) or when the
     * text writes the name part alone somewhere too; a name may end like a short ending ({@code Akorda},
     * {@code Саркисян}).
     */
    private static boolean trustworthy(String word, String part, String text) {
        if (word.length() - part.length() >= 3) {
            return true;
        }
        int i = text.indexOf(part);
        while (i >= 0) {
            int end = i + part.length();
            boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (before && after) {
                return true;
            }
            i = text.indexOf(part, i + 1);
        }
        return false;
    }

    /** The candidates with their last word cut to its name part; text is what their spans index. */
    public static List<MentionCandidate> trim(List<MentionCandidate> candidates, String text, NameStemmer stemmer) {
        if (!stemmer.glued()) {
            return candidates;
        }
        List<MentionCandidate> out = new ArrayList<>(candidates.size());
        for (MentionCandidate c : candidates) {
            int wordStart = c.end();
            while (wordStart > c.start() && Character.isLetterOrDigit(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            String word = text.substring(wordStart, c.end());
            String part = word.isEmpty() ? word : stemmer.namePart(word, MIN_LETTERS);
            if (!trustworthy(word, part, text)) {
                part = word;
            }
            int end = wordStart + part.length();
            // a joiner left at the end (КХШТ-нинг) is no part of the name
            while (end > c.start() + 1 && !Character.isLetterOrDigit(text.charAt(end - 1))) {
                end--;
            }
            out.add(end == c.end() ? c : new MentionCandidate(c.start(), end, c.type(), c.kbId(), c.confidence(), c.source()));
        }
        return out;
    }
}
