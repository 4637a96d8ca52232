package org.iqtibos.link;

import java.util.List;
import java.util.Locale;
import org.iqtibos.segment.Segmenter;
import org.iqtibos.segment.Token;

/**
 * The lookup key of a name: what two spellings share when they name the same thing in the same language family.
 *
 * <p>The key folds case; apostrophe variants ({@code ʻ ‘ ' ’ ` ʼ}); Latin letters hidden in a Cyrillic word and
 * Cyrillic letters hidden in a Latin word ({@code ASTANА}, {@code Каzinform}: the word's majority script wins);
 * ё to е; and the Kazakh, Kyrgyz and Uzbek Cyrillic letters onto their nearest Russian ones (қ→к, ғ→г, ҳ→х, ў→у,
 * ұ/ү→у, ә→а, ө→о, і→и, ң→н, һ→х), so that {@code Тоқаев} and {@code Токаев} share a key. Words are the
 * {@link Segmenter#tokenize tokens} of the name joined by one space, so {@code Kun.uz} and {@code Kun . uz} agree.
 *
 * <p>These are properties of the Unicode scripts, not of one language's vocabulary, so they live in code.
 * Stateless and thread-safe.
 */
public final class NameKey {
    // Latin letters that look like Cyrillic ones, and back (upper and lower case, same order).
    private static final String LATIN_LOOKALIKES = "AaBCcEeHKkMOoPpTXxYy";
    private static final String CYRILLIC_LOOKALIKES = "АаВСсЕеНКкМОоРрТХхУу";

    private NameKey() {
    }

    /** The key of a whole name (one or more words). */
    public static String of(String name) {
        List<Token> tokens = Segmenter.tokenize(name, 0, name.length());
        StringBuilder sb = new StringBuilder(name.length());
        for (Token t : tokens) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(word(t.text()));
        }
        return sb.toString();
    }

    /** The key of one token. */
    public static String word(String word) {
        int latin = 0;
        int cyrillic = 0;
        for (int i = 0; i < word.length(); i++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(word.charAt(i));
            if (s == Character.UnicodeScript.LATIN) {
                latin++;
            } else if (s == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
            }
        }
        boolean toCyrillic = cyrillic > latin;
        boolean mixed = latin > 0 && cyrillic > 0;
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (mixed) {
                int li = LATIN_LOOKALIKES.indexOf(c);
                int ci = CYRILLIC_LOOKALIKES.indexOf(c);
                if (toCyrillic && li >= 0) {
                    c = CYRILLIC_LOOKALIKES.charAt(li);
                } else if (!toCyrillic && ci >= 0) {
                    c = LATIN_LOOKALIKES.charAt(ci);
                }
            }
            sb.append(fold(Character.toLowerCase(c)));
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static char fold(char c) {
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
}
