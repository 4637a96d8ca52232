package org.iqtibos.link;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.iqtibos.Language;
import org.iqtibos.model.ModelFiles;

/**
 * Writes a Cyrillic name the way English-language press does: BGN/PCGN without diacritics for Russian, Kazakh
 * and Kyrgyz, the same spirit for Uzbek Cyrillic ({@code Жазиқбаев} → {@code Zhazikbayev}, {@code Шайх-Ҳасан}
 * → {@code Shaykh-Khasan}). Latin names are kept as written. The rules are ICU transliteration rules kept in
 * {@code models/translit/<lang>-en.txt}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Romanizer {
    private final Map<Language, Transliterator> byLanguage;

    private Romanizer(Map<Language, Transliterator> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /** Loads the rules for Russian, Kazakh, Kyrgyz and Uzbek; English and other languages use the Russian ones. */
    public static Romanizer load(ModelFiles files) {
        Objects.requireNonNull(files, "files");
        Map<Language, Transliterator> map = new EnumMap<>(Language.class);
        for (Language lang : List.of(Language.RU, Language.KK, Language.KY, Language.UZ)) {
            String path = "translit/" + lang.code() + "-en.txt";
            String rules = rules(files, path);
            try {
                map.put(lang, Transliterator.createFromRules("iqtibos-" + lang.code() + "-en", rules, Transliterator.FORWARD));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("bad transliteration rules in models/" + path + ": " + e.getMessage(), e);
            }
        }
        return new Romanizer(map);
    }

    private static String rules(ModelFiles files, String path) {
        StringBuilder sb = new StringBuilder();
        for (String line : files.lines(path)) {
            if (line.startsWith("@include ")) {
                sb.append(rules(files, "translit/" + line.substring(9).strip()));
            } else {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    /** The English-press spelling of {@code name} read as {@code lang}; names without Cyrillic come back as given. */
    public String romanize(String name, Language lang) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(lang, "lang");
        if (!hasCyrillic(name)) {
            return name;
        }
        Transliterator t = byLanguage.getOrDefault(lang, byLanguage.get(Language.RU));
        String out;
        // the padding gives word-start and word-end rules a context at the edges of the name; ICU's rule-based
        // transliterators are documented as not safe for concurrent use of one instance, hence the lock
        synchronized (t) {
            out = t.transliterate(" " + Normalizer.normalize(name, Normalizer.Form.NFC) + " ");
        }
        return out.strip();
    }

    /**
     * A loose key under which spellings of one name agree across scripts and romanization systems
     * ({@code Zhazykbayev}, {@code Zhaziqbayev}, {@code Jaziqbayev}, {@code Жазиқбаев}).
     */
    public String looseKey(String name, Language lang) {
        String s = Normalizer.normalize(romanize(name, lang), Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        s = s.replaceAll("\\p{M}", "").replaceAll("[\u02bb\u02bc'`\u2019\u2018]", "");
        String[][] pairs = {{"zh", "j"}, {"kh", "h"}, {"x", "h"}, {"q", "k"}, {"gh", "g"}, {"ye", "e"},
            {"yo", "o"}, {"yu", "u"}, {"ya", "a"}, {"ts", "c"}, {"ch", "c"}, {"sh", "s"}, {"w", "v"}, {"y", "i"}};
        for (String[] p : pairs) {
            s = s.replace(p[0], p[1]);
        }
        s = s.replaceAll("[^a-z0-9 ]", " ").replaceAll("(.)\\1+", "$1");
        return String.join(" ", s.trim().split("\\s+"));
    }

    static boolean hasCyrillic(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.CYRILLIC) {
                return true;
            }
        }
        return false;
    }
}
