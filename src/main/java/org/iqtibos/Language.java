package org.iqtibos;

import java.util.Locale;

/**
 * The languages iqtibos reads. Uzbek is written in Cyrillic or Latin script; the script is reported
 * separately as {@link Script}.
 */
public enum Language {
    UZ("uz"), KK("kk"), KY("ky"), RU("ru"), EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** ISO 639-1 code, as printed in the JSON ({@code "uz"}, {@code "kk"}, ...). */
    public String code() {
        return code;
    }

    /** The language for an ISO 639-1 or 639-3 code ({@code uz}, {@code uzb}, {@code uz-Cyrl}); case-insensitive. */
    public static Language fromCode(String code) {
        if (code == null) {
            throw new NullPointerException("code");
        }
        String c = code.toLowerCase(Locale.ROOT);
        int dash = c.indexOf('-');
        if (dash > 0) {
            c = c.substring(0, dash);
        }
        switch (c) {
            case "uz": case "uzb": return UZ;
            case "kk": case "kaz": return KK;
            case "ky": case "kir": return KY;
            case "ru": case "rus": return RU;
            case "en": case "eng": return EN;
            default: throw new IllegalArgumentException("unknown language code: '" + code + "' (expected uz, kk, ky, ru or en)");
        }
    }
}
