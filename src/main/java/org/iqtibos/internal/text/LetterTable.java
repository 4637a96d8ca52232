package org.iqtibos.internal.text;

import java.util.Map;

/**
 * Respells text letter by letter from a table of lower-case letters to their spellings, keeping case: a capital
 * letter's spelling starts with a capital ({@code Ғ} → {@code Ǵ}, {@code Ш} → {@code Sh}). Characters the table does
 * not list stay as they are; a letter spelled as nothing is dropped. Immutable and thread-safe.
 */
public final class LetterTable {
    private final Map<Character, String> letters;

    /** A table of {@code letters}: lower-case letter → its spelling (possibly empty). */
    public LetterTable(Map<Character, String> letters) {
        this.letters = Map.copyOf(letters);
    }

    /** {@code text} respelled. */
    public String respell(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = Character.toLowerCase(c);
            String spelled = letters.get(lower);
            if (spelled == null) {
                sb.append(c);
            } else if (c != lower && !spelled.isEmpty()) {
                sb.append(Character.toUpperCase(spelled.charAt(0))).append(spelled, 1, spelled.length());
            } else {
                sb.append(spelled);
            }
        }
        return sb.toString();
    }
}
