package org.iqtibos.ner.features;

/**
 * Lower-casing for feature strings: code point by code point with {@link Character#toLowerCase(int)}, which is
 * what OpenNLP's feature generators do, without their stream per call (the name finder lower-cases every token
 * several times a sentence). Stateless.
 */
public final class LowerCase {
    private LowerCase() {
    }

    /** {@code s} in lower case; {@code s} itself when it has no upper-case letter. */
    public static String of(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            if (Character.toLowerCase(cp) != cp) {
                break;
            }
            i += Character.charCount(cp);
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n);
        b.append(s, 0, i);
        while (i < n) {
            int cp = s.codePointAt(i);
            b.appendCodePoint(Character.toLowerCase(cp));
            i += Character.charCount(cp);
        }
        return b.toString();
    }
}
