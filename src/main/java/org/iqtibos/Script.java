package org.iqtibos;

/** The writing system of an article: Cyrillic or Latin. JSON names follow ISO 15924 ({@code Cyrl}, {@code Latn}). */
public enum Script {
    CYRL("Cyrl"), LATN("Latn");

    private final String code;

    Script(String code) {
        this.code = code;
    }

    /** ISO 15924 code. */
    public String code() {
        return code;
    }
}
