package org.iqtibos.result;

import java.util.Objects;

/**
 * One occurrence of an entity: a half-open UTF-16 span {@code [start, end)} into the analysed text, and the
 * text it covers, so that {@code text.substring(start, end).equals(mention.text())}.
 */
public record Mention(int start, int end, String text) {
    public Mention {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("text '" + text + "' does not fit span [" + start + ", " + end + ")");
        }
    }

    /** The mention of {@code text[start, end)}. */
    public static Mention of(String text, int start, int end) {
        return new Mention(start, end, text.substring(start, end));
    }
}
