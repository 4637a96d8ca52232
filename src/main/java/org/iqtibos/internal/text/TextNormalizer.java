package org.iqtibos.internal.text;

import com.ibm.icu.text.Normalizer2;
import org.iqtibos.internal.model.ModelFiles;

/**
 * Rewrites an article into the form the later stages read, keeping an {@link OffsetMap} back to the original:
 * <ol>
 *   <li>NFC, chunk by chunk between normalization boundaries, so that only the chunks that change get a
 *       many-to-one offset record (the way Lucene's ICUNormalizer2CharFilter does it);</li>
 *   <li>confusable repair: inside a word written mostly in one script, letters of the other script that look the
 *       same are replaced by their look-alikes ({@code ASTANА} with a Cyrillic А becomes all Latin,
 *       {@code Каzinform} with a Cyrillic К and а too); the table is {@code models/text/confusables.tsv};</li>
 *   <li>lone surrogates become U+FFFD, so no later stage meets a broken code point.</li>
 * </ol>
 * Steps 2 and 3 replace one char by one char. Immutable and thread-safe.
 */
public final class TextNormalizer {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private final Confusables confusables;

    private TextNormalizer(Confusables confusables) {
        this.confusables = confusables;
    }

    /** Loads the confusables table ({@code models/text/confusables.tsv}, see {@link Confusables}). */
    public static TextNormalizer load(ModelFiles files) {
        return new TextNormalizer(Confusables.load(files));
    }

    /** Normalizes {@code original}. */
    public NormalizedText normalize(String original) {
        StringBuilder out = new StringBuilder(original.length());
        OffsetMap.Builder map = nfc(original, out);
        char[] chars = out.toString().toCharArray();
        repairSurrogates(chars);
        repairConfusables(chars);
        return new NormalizedText(original, new String(chars), map.build(original.length()));
    }

    private static OffsetMap.Builder nfc(String text, StringBuilder out) {
        OffsetMap.Builder map = new OffsetMap.Builder();
        if (NFC.isNormalized(text)) {
            // the usual case: one pass, every char maps to itself (a surrogate pair to the pair)
            out.append(text);
            for (int k = 0; k < text.length(); k++) {
                boolean pair = isPairPart(text, k);
                int from = pair ? pairStart(text, k) : k;
                map.add(1, from, pair ? from + 2 : k + 1);
            }
            return map;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            // a chunk runs from one normalization boundary to the next
            int end = i + Character.charCount(text.codePointAt(i));
            while (end < n && !NFC.hasBoundaryBefore(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            String chunk = text.substring(i, end);
            if (NFC.isNormalized(chunk)) {
                for (int k = i; k < end; k++) {
                    out.append(text.charAt(k));
                    map.add(1, isPairPart(text, k) ? pairStart(text, k) : k, isPairPart(text, k) ? pairStart(text, k) + 2 : k + 1);
                }
            } else {
                String norm = NFC.normalize(chunk);
                out.append(norm);
                map.add(norm.length(), i, end);
            }
            i = end;
        }
        return map;
    }

    private static boolean isPairPart(String text, int k) {
        char c = text.charAt(k);
        if (Character.isHighSurrogate(c)) {
            return k + 1 < text.length() && Character.isLowSurrogate(text.charAt(k + 1));
        }
        return Character.isLowSurrogate(c) && k > 0 && Character.isHighSurrogate(text.charAt(k - 1));
    }

    private static int pairStart(String text, int k) {
        return Character.isHighSurrogate(text.charAt(k)) ? k : k - 1;
    }

    private static void repairSurrogates(char[] chars) {
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])) {
                    i++;
                } else {
                    chars[i] = '\uFFFD';
                }
            } else if (Character.isLowSurrogate(c)) {
                chars[i] = '\uFFFD';
            }
        }
    }

    private void repairConfusables(char[] chars) {
        int i = 0;
        while (i < chars.length) {
            if (!Character.isLetter(chars[i])) {
                i++;
                continue;
            }
            int start = i;
            int latin = 0;
            int cyrillic = 0;
            while (i < chars.length && (Character.isLetter(chars[i]) || Character.getType(chars[i]) == Character.NON_SPACING_MARK)) {
                Character.UnicodeScript s = Character.UnicodeScript.of(chars[i]);
                if (s == Character.UnicodeScript.LATIN) {
                    latin++;
                } else if (s == Character.UnicodeScript.CYRILLIC) {
                    cyrillic++;
                }
                i++;
            }
            if (latin > 0 && cyrillic > 0) {
                // the majority script wins; a tie keeps the word as it is
                for (int k = start; k < i && latin != cyrillic; k++) {
                    chars[k] = latin > cyrillic ? confusables.toLatin(chars[k]) : confusables.toCyrillic(chars[k]);
                }
            }
        }
    }
}
