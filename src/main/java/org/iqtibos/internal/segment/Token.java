package org.iqtibos.internal.segment;

/**
 * A token: a half-open UTF-16 span {@code [start, end)} of the text it came from, with its text.
 * A word keeps inner hyphens and apostrophes ({@code Шайх-Ҳасан}, {@code Oʻzbekiston}); every other
 * non-space character that is not a letter or digit is a token of its own.
 */
public record Token(int start, int end, String text) {
    public Token {
        if (start < 0 || end <= start || text.length() != end - start) {
            throw new IllegalArgumentException("bad token [" + start + ", " + end + ") '" + text + "'");
        }
    }

    /** True when the token starts with a letter or digit. */
    public boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    /** True when the token starts with an upper-case or title-case letter. */
    public boolean isCapitalized() {
        int cp = text.codePointAt(0);
        return Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }
}
