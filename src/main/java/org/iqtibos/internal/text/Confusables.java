package org.iqtibos.internal.text;

import java.util.HashMap;
import java.util.Map;
import org.iqtibos.internal.model.ModelFiles;

/**
 * Cyrillic and Latin letters that look the same ({@code models/text/confusables.tsv}: Cyrillic letter, tab, Latin
 * letter; the first Cyrillic letter listed for a Latin letter is its replacement the other way). The one copy of
 * that table: the normalizer repairs words typed in both scripts with it, and {@link TextFold#nameKey} folds keys
 * with it. Immutable and thread-safe.
 */
public final class Confusables {
    /** Where the table lies under {@code models/}. */
    public static final String PATH = "text/confusables.tsv";

    private final Map<Character, Character> cyrillicToLatin;
    private final Map<Character, Character> latinToCyrillic;

    private Confusables(Map<Character, Character> cyrillicToLatin, Map<Character, Character> latinToCyrillic) {
        this.cyrillicToLatin = Map.copyOf(cyrillicToLatin);
        this.latinToCyrillic = Map.copyOf(latinToCyrillic);
    }

    /** Reads the table of {@code files}, failing on a malformed line with the file and line number. */
    public static Confusables load(ModelFiles files) {
        Map<Character, Character> c2l = new HashMap<>();
        Map<Character, Character> l2c = new HashMap<>();
        for (ModelFiles.Line line : files.numberedLines(PATH)) {
            String[] f = line.text().split("\t");
            if (f.length != 2 || f[0].length() != 1 || f[1].length() != 1) {
                throw line.error("expected a Cyrillic letter, a tab and a Latin letter");
            }
            c2l.put(f[0].charAt(0), f[1].charAt(0));
            l2c.putIfAbsent(f[1].charAt(0), f[0].charAt(0));
        }
        return new Confusables(c2l, l2c);
    }

    /** The Latin look-alike of a Cyrillic letter, else {@code c} itself. */
    public char toLatin(char c) {
        Character r = cyrillicToLatin.get(c);
        return r == null ? c : r;
    }

    /** The Cyrillic look-alike of a Latin letter, else {@code c} itself. */
    public char toCyrillic(char c) {
        Character r = latinToCyrillic.get(c);
        return r == null ? c : r;
    }
}
