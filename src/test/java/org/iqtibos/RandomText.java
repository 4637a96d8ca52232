package org.iqtibos;

import java.util.Random;

/** Random article-like text: words of the languages iqtibos reads mixed with the characters that break parsers. */
final class RandomText {
    private static final String[] WORDS = {
        "Тошкентда", "деди", "у", "—", "–", "-", ",", ".", "«", "»", "\"", "„", "“", ":", "Мантуров", "Денис",
        "Қозоғистон", "КХШТнинг", "таъкидлади", "Oʻzbekiston", "dedi", "u", "Prezident", "said", "he", "the",
        "Tokayev", "заявил", "он", "что", "Путин", "деді", "ол", "Астанада", "ASTANА", "Каzinform", "сказал",
        "Министр", "вазири", "ўринбосари", "\n", "\n\n", "  ", "\t", "Е\u0308", "И\u0306", "\uD83D\uDE00",
        "\uD800", "\uDC00", "\u0000", "\u200B", "\uFEFF", "'", "ʻ", "‘", "(", ")", "!", "?", "…",
    };

    private RandomText() {
    }

    static String article(Random random, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (random.nextInt(20) == 0) {
                sb.appendCodePoint(random.nextInt(0x3000));
            } else {
                sb.append(WORDS[random.nextInt(WORDS.length)]);
            }
            if (random.nextBoolean()) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }
}
