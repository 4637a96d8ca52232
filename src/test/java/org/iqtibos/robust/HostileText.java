package org.iqtibos.robust;

import java.util.SplittableRandom;

/**
 * Generated inputs that break text pipelines: Cyrillic and Latin words of the languages read, Uzbek apostrophes,
 * combining marks, characters beyond the BMP, lone surrogates, NBSP, zero-width and direction marks, CR, LF and
 * CRLF, every dash and quote mark, balanced, unbalanced and nested quotes, speech verbs and names, random code points.
 * Most inputs are short. The same seed gives the same input.
 */
public final class HostileText {
    private static final String[] WORDS = {
        "Президент", "деди", "деді", "деп", "заявил", "сказал", "said", "told", "dedi", "aytdi", "таъкидлади",
        "Мирзиёев", "Путин", "Тоқаев", "Tokayev", "Mirziyoyev", "Жапаров", "Министр", "вазири", "министрі",
        "Тошкентда", "Астанада", "Бишкекте", "Москве", "Oʻzbekiston", "Oʼzbekiston", "O'zbekiston", "Gʻ", "ўринбосари",
        "он", "u", "ол", "he", "она", "that", "что", "ки", "деб", "бу", "the", "of", "по", "словам", "according", "to",
        "МИД", "БМТ", "ООН", "UN", "Ministry", "Foreign", "Affairs", "Kazinform", "ASTANА", "Каzinform", "Д.", "В.", "А.",
    };
    private static final String APOSTROPHES = "ʻ‘’'`ʼ";
    private static final String DASHES = "-‐‑‒–—―−⸺⸻﹘﹣－";
    private static final String QUOTES = "\"'«»‹›“”„‟‘’‚‛＂「」『』";
    private static final String[] PAIRS = {"«»", "“”", "„“", "\"\"", "‹›", "‘’", "„”", "「」"};
    private static final String[] MARKS = {
        "\u00A0", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C",
        "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u00AD", "\u0000", "\t", "\u3000", "\u2028",
    };
    private static final String[] BREAKS = {"\n", "\r", "\r\n", "\n\n", "\r\n\r\n", "\u2029", "\u0085"};
    private static final String[] BEYOND_BMP = {"\uD83D\uDE00", "\uD835\uDC00", "\uD840\uDC00", "\uD83C\uDDFA\uD83C\uDDFF", "\uDB40\uDC01"};

    private HostileText() {
    }

    /** The input of {@code seed}: mostly a few pieces, sometimes dozens, rarely hundreds. */
    public static String of(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int roll = r.nextInt(100);
        int pieces = roll < 80 ? 1 + r.nextInt(8) : roll < 97 ? 1 + r.nextInt(40) : 1 + r.nextInt(300);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            piece(r, sb, 0);
        }
        return sb.toString();
    }

    private static void piece(SplittableRandom r, StringBuilder sb, int depth) {
        switch (r.nextInt(16)) {
            case 0, 1, 2, 3 -> sb.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(3) == 0 ? "" : " ");
            case 4 -> sb.append(WORDS[r.nextInt(WORDS.length)]).append(APOSTROPHES.charAt(r.nextInt(APOSTROPHES.length())))
                    .append(r.nextBoolean() ? "zbek" : "");
            case 5 -> sb.append(DASHES.charAt(r.nextInt(DASHES.length()))).append(r.nextBoolean() ? " " : "");
            case 6 -> sb.append(QUOTES.charAt(r.nextInt(QUOTES.length())));
            case 7 -> {
                // a quote, perhaps with another inside, perhaps left open
                String pair = PAIRS[r.nextInt(PAIRS.length)];
                sb.append(pair.charAt(0));
                for (int k = 1 + r.nextInt(4); k > 0; k--) {
                    if (depth < 3 && r.nextInt(4) == 0) {
                        piece(r, sb, depth + 1);
                    } else {
                        sb.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
                    }
                }
                if (r.nextInt(5) != 0) {
                    sb.append(pair.charAt(1));
                }
            }
            case 8 -> sb.append(MARKS[r.nextInt(MARKS.length)]);
            case 9 -> sb.append(BREAKS[r.nextInt(BREAKS.length)]);
            case 10 -> sb.append(BEYOND_BMP[r.nextInt(BEYOND_BMP.length)]);
            case 11 -> sb.append((char) (r.nextBoolean() ? 0xD800 + r.nextInt(0x400) : 0xDC00 + r.nextInt(0x400)));
            case 12 -> {
                // a letter with one or more combining marks
                sb.append(r.nextBoolean() ? (char) ('а' + r.nextInt(32)) : (char) ('a' + r.nextInt(26)));
                for (int k = 1 + r.nextInt(3); k > 0; k--) {
                    sb.append((char) (0x0300 + r.nextInt(0x70)));
                }
            }
            case 13 -> sb.append(". ,;:!?…()[]".charAt(r.nextInt(12)));
            case 14 -> sb.appendCodePoint(randomCodePoint(r));
            default -> sb.append(' ');
        }
    }

    private static int randomCodePoint(SplittableRandom r) {
        int cp = r.nextInt(4) == 0 ? r.nextInt(0x110000) : r.nextInt(0x3000);
        return Character.isSurrogate((char) cp) && cp < 0x10000 ? ' ' : cp;
    }

    /** {@code s} with every char outside printable ASCII written as a Java escape, to print a failing input. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F && c != '\\' && c != '"') {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04X", (int) c));
            }
        }
        return sb.toString();
    }
}
