package org.iqtibos.internal.text;

import java.util.Objects;

/**
 * A text as the pipeline reads it, with the way back to the caller's original.
 *
 * @param original the caller's string
 * @param text     the rewritten string every later stage indexes
 * @param map      from spans of {@code text} to spans of {@code original}
 */
public record NormalizedText(String original, String text, OffsetMap map) {
    public NormalizedText {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(map, "map");
        if (map.length() != text.length() || map.originalLength() != original.length()) {
            throw new IllegalArgumentException("offset map does not fit the texts");
        }
    }
}
