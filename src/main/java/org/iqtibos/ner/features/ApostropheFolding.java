package org.iqtibos.ner.features;

/** The apostrophe-like marks news writes inside Uzbek Latin words (oʻ, gʻ, tutuq ʼ) and in names (O'Brien). */
public final class ApostropheFolding {
    private ApostropheFolding() {
    }

    /** True for ' ’ ‘ ` ʻ ʼ. */
    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u02BB' || c == '\u02BC';
    }
}
