package org.iqtibos.internal.text;

import java.text.Normalizer;
import java.util.Locale;
import org.iqtibos.internal.model.ModelFiles;

/**
 * Folds words into lookup keys: the one place that knows which spellings of a word count as the same (case,
 * apostrophe variants, look-alike letters of the other script, the Kazakh, Kyrgyz and Uzbek letters beside the
 * Russian ones). Each kind of key has its own method because each lookup folds on purpose more or less:
 * <ul>
 *   <li>{@link #nameKey}: names in the knowledge base and the finders' word lists; folds the most;</li>
 *   <li>{@link #cueKey}: speech verbs and titles of the quote lexicons; case, apostrophes and ё only, since
 *       {@code қ}/{@code к} tell Kazakh cue words apart;</li>
 *   <li>{@link #gazetteerKey}: the one-word gazetteer inside the trained name-finder models, whose keys are
 *       stored in the models: it must stay as the models were trained with;</li>
 *   <li>{@link #uzbekLatinApostrophes}: Uzbek Latin tokens written the way ICU's transliteration writes them,
 *       which the uz name-finder model learnt from;</li>
 *   <li>{@link #looseLatinKey}: romanized names, across romanization systems ({@code Zhazykbayev},
 *       {@code Jaziqbayev}).</li>
 * </ul>
 * The look-alike letters come from {@code models/text/confusables.tsv} as packaged with the library (keys do not
 * change with a models folder given at run time). Stateless and thread-safe.
 */
public final class TextFold {
    /** The look-alike letters, read once from the packaged models. */
    private static final Confusables CONFUSABLES = Confusables.load(ModelFiles.classpath());
    /** The Uzbek Latin letters written with an apostrophe-like mark: oʻ gʻ (U+02BB); after any other, the tutuq ʼ. */
    private static final String TURNED_COMMA_LETTERS = "oOgG";
    /** The marks a loose key drops (without regexes: loose keys are made for every name compared). */
    private static final String LOOSE_APOSTROPHES = "\u02bb\u02bc'`\u2019\u2018";
    /** Spellings that romanization systems choose between, folded to one ({@code zh}/{@code j}, {@code q}/{@code k}). */
    private static final String[][] ROMANIZATION_PAIRS = {{"zh", "j"}, {"kh", "h"}, {"x", "h"}, {"q", "k"},
        {"gh", "g"}, {"ye", "e"}, {"yo", "o"}, {"yu", "u"}, {"ya", "a"}, {"ts", "c"}, {"ch", "c"}, {"sh", "s"},
        {"w", "v"}, {"y", "i"}};

    private TextFold() {
    }

    /** True for the apostrophe-like marks news writes inside words: ' ’ ‘ ` ʻ ʼ (Uzbek oʻ, gʻ, the tutuq ʼ, O'Brien). */
    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u02BB' || c == '\u02BC';
    }

    /** {@code word} without its {@link #isApostrophe apostrophes} ({@code o‘rinbosari} → {@code orinbosari}). */
    public static String withoutApostrophes(String word) {
        StringBuilder sb = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (isApostrophe(c)) {
                if (sb == null) {
                    sb = new StringBuilder(word.length()).append(word, 0, i);
                }
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? word : sb.toString();
    }

    /**
     * The key of one word of a name: in a word of both scripts the letters of the minority script become their
     * look-alikes of the majority one (Latin on a tie: {@code ASTANА}, {@code Каzinform}); then lower case,
     * apostrophe variants and the acute accent as {@code '}, ё as е, the Kazakh, Kyrgyz and Uzbek Cyrillic letters
     * as their nearest Russian ones (қ→к, ғ→г, ҳ/һ→х, ў/ұ/ү→у, ә→а, ө→о, і→и, ң→н), and hyphens as {@code -}, so
     * that {@code Тоқаев} and {@code Токаев} share a key.
     */
    public static String nameKey(String word) {
        int latin = 0;
        int cyrillic = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 0x80) {
                // ASCII: Latin letters, else common signs (what UnicodeScript.of says, without its search)
                latin += (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 1 : 0;
                continue;
            }
            if (c >= 0x0400 && c <= 0x052F && c != 0x0485 && c != 0x0486) {
                cyrillic++;
                continue;
            }
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            if (s == Character.UnicodeScript.LATIN) {
                latin++;
            } else if (s == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
            }
        }
        boolean mixed = latin > 0 && cyrillic > 0;
        boolean toCyrillic = cyrillic > latin;
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (mixed) {
                c = toCyrillic ? CONFUSABLES.toCyrillic(c) : CONFUSABLES.toLatin(c);
            }
            sb.append(nameLetter(Character.toLowerCase(c)));
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static char nameLetter(char c) {
        switch (c) {
            case '\u02BB': case '\u2018': case '\u2019': case '`': case '\u02BC': case '\u00B4':
                return '\'';
            case 'ё': return 'е';
            case 'қ': return 'к';
            case 'ғ': return 'г';
            case 'ҳ': case 'һ': return 'х';
            case 'ў': case 'ұ': case 'ү': return 'у';
            case 'ә': return 'а';
            case 'ө': return 'о';
            case 'і': return 'и';
            case 'ң': return 'н';
            case '\u2010': case '\u2011': case '\u2013': return '-';
            default: return c;
        }
    }

    /** The key of a cue or title word: lower case (root locale), apostrophe variants, the acute accent and the hard sign ъ as {@code '}, ё as е. */
    public static String cueKey(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            switch (c) {
                case '\u2018': case '\u2019': case '\u02BB': case '\u02BC': case '`': case '\u00B4':
                case 'ъ': // the Uzbek Cyrillic hard sign is the glottal stop, often typed as an apostrophe (Та’кидланишича)
                    sb.append('\'');
                    break;
                case 'ё':
                    sb.append('е');
                    break;
                default:
                    sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The key of a word in a name-finder model's gazetteer: each char lower-cased, every {@link #isApostrophe apostrophe} as U+02BC. */
    public static String gazetteerKey(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            b.append(isApostrophe(c) ? '\u02BC' : Character.toLowerCase(c));
        }
        return b.toString();
    }

    /**
     * An Uzbek Latin token with every apostrophe-like mark after its first char written as ICU's transliteration
     * writes it: ʻ after o and g ({@code O'zbekiston} → {@code Oʻzbekiston}), else the tutuq ʼ ({@code ma’lumot} →
     * {@code maʼlumot}). The token itself when nothing changes.
     */
    public static String uzbekLatinApostrophes(String token) {
        StringBuilder b = null;
        for (int i = 1; i < token.length(); i++) {
            char c = token.charAt(i);
            if (isApostrophe(c)) {
                char want = TURNED_COMMA_LETTERS.indexOf(token.charAt(i - 1)) >= 0 ? '\u02BB' : '\u02BC';
                if (c != want) {
                    if (b == null) {
                        b = new StringBuilder(token);
                    }
                    b.setCharAt(i, want);
                }
            }
        }
        return b == null ? token : b.toString();
    }

    /**
     * A loose key of a romanized name under which the spellings of romanization systems agree: lower case without
     * diacritics or apostrophes, the letter pairs that systems choose between folded ({@code zh}/{@code j},
     * {@code kh}/{@code x}/{@code h}, {@code q}/{@code k}, {@code y}/{@code i} …), other signs as spaces, doubled
     * letters as one, words joined by one space.
     */
    public static String looseLatinKey(String romanized) {
        String s = Normalizer.normalize(romanized, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (!isMark(c) && LOOSE_APOSTROPHES.indexOf(c) < 0) {
                b.appendCodePoint(c);
            }
        }
        s = b.toString();
        for (String[] p : ROMANIZATION_PAIRS) {
            s = s.replace(p[0], p[1]);
        }
        // what is not a letter or digit separates words; a run of one character counts once
        b.setLength(0);
        char last = ' ';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char d = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' ? c : ' ';
            if (d != last) {
                b.append(d);
                last = d;
            }
        }
        int end = b.length();
        return last == ' ' && end > 0 ? b.substring(0, end - 1) : b.toString();
    }

    private static boolean isMark(int c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK;
    }
}
