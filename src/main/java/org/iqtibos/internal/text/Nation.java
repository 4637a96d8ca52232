package org.iqtibos.internal.text;

import java.util.List;
import java.util.Locale;

/**
 * The nation a person's name belongs to, which decides how English-language press spells it: a Kazakh name written
 * in Uzbek is still spelled the Kazakh way ({@code Тўқаев} → {@code Tokayev}), a Chinese one in pinyin
 * ({@code Си Цзиньпин} → {@code Xi Jinping}).
 */
public enum Nation {
    KAZAKH("Kazakhstan"), KYRGYZ("Kyrgyzstan"), RUSSIAN("Russia"), UZBEK("Uzbekistan"), CHINESE("China"),
    /** Names of Arabic and Persian origin as Afghanistan, Iran, Pakistan and the Arab states write them. */
    ARABIC_PERSIAN("Afghanistan", "Iran", "Pakistan", "Iraq", "Syria", "Saudi Arabia", "Egypt", "Qatar",
            "United Arab Emirates", "Jordan", "Lebanon", "Kuwait", "Oman", "Yemen", "Bahrain", "Libya");

    private final List<String> countries;

    Nation(String... countries) {
        this.countries = List.of(countries);
    }

    /** The nation of a country by its English name ({@code Kazakhstan}), or null for a country not listed here. */
    public static Nation ofCountry(String englishName) {
        if (englishName == null) {
            return null;
        }
        for (Nation n : values()) {
            for (String c : n.countries) {
                if (c.toLowerCase(Locale.ROOT).equals(englishName.toLowerCase(Locale.ROOT))) {
                    return n;
                }
            }
        }
        return null;
    }
}
