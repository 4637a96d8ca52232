package org.iqtibos.ner.features;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The token's shape and script: upper-case letters become {@code X}, lower-case {@code x}, digits {@code d}, other
 * characters stay; runs of one class collapse ({@code Мирзиёев} → {@code Xx}, {@code Шайх-Ҳасан} → {@code Xx-Xx},
 * {@code КХШТ} → {@code X}, {@code O'zbekiston} → {@code X'x}), with short all-capital words kept apart from long ones
 * because acronyms name organizations. The script (Cyrillic, Latin, mixed) separates Latin-script names inside
 * Cyrillic text, often organizations and brands. Stateless, so thread-safe.
 */
public final class WordShapeFeatureGenerator implements AdaptiveFeatureGenerator {
    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        String token = tokens[index];
        features.add("sh=" + shape(token));
        features.add("scr=" + script(token));
    }

    /** The collapsed shape of {@code token}. */
    public static String shape(String token) {
        StringBuilder b = new StringBuilder();
        int upper = 0;
        int letters = 0;
        char last = 0;
        for (int i = 0; i < token.length(); ) {
            int cp = token.codePointAt(i);
            i += Character.charCount(cp);
            char c;
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                c = 'X';
                upper++;
                letters++;
            } else if (Character.isLetter(cp)) {
                c = 'x';
                letters++;
            } else if (Character.isDigit(cp)) {
                c = 'd';
            } else if (cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02BB' || cp == '\u02BC' || cp == '`') {
                c = '\'';
            } else {
                c = cp < 0x10000 ? (char) cp : '?';
            }
            if (c != last) {
                b.append(c);
                last = c;
            }
        }
        if (letters > 0 && upper == letters) {
            b.append(letters <= 4 ? "<=4" : ">4");
        }
        return b.toString();
    }

    /** {@code cyr}, {@code lat}, {@code mix} or {@code none}. */
    static String script(String token) {
        boolean cyr = false;
        boolean lat = false;
        for (int i = 0; i < token.length(); ) {
            int cp = token.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                Character.UnicodeScript s = Character.UnicodeScript.of(cp);
                cyr |= s == Character.UnicodeScript.CYRILLIC;
                lat |= s == Character.UnicodeScript.LATIN;
            }
        }
        return cyr && lat ? "mix" : cyr ? "cyr" : lat ? "lat" : "none";
    }
}
