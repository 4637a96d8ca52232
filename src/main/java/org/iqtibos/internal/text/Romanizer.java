package org.iqtibos.internal.text;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.iqtibos.Language;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.internal.text.TextFold;

/**
 * Writes a Cyrillic name the way English-language press does: BGN/PCGN without diacritics for Russian, Kazakh
 * and Kyrgyz, the same spirit for Uzbek Cyrillic ({@code Жазиқбаев} → {@code Zhazikbayev}, {@code Шайх-Ҳасан}
 * → {@code Shaykh-Khasan}). Latin names are kept as written. The rules are ICU transliteration rules kept in
 * {@code models/translit/<lang>-en.txt}.
 *
 * <p>Thread-safe; its only state is a memo of what it wrote.
 */
public final class Romanizer {
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0]+");
    private final Map<Language, Transliterator> byLanguage;
    private final Map<Nation, Transliterator> fromUzbek;
    private final Transliterator palladius;
    private final Set<String> chineseSurnames;
    /** The letters of the region's other Cyrillic alphabets, for what a language's own rules leave. */
    private final Transliterator regional;

    private Romanizer(Map<Language, Transliterator> byLanguage, Map<Nation, Transliterator> fromUzbek,
                      Transliterator palladius, Set<String> chineseSurnames, Transliterator regional) {
        this.regional = regional;
        this.byLanguage = byLanguage;
        this.fromUzbek = fromUzbek;
        this.palladius = palladius;
        this.chineseSurnames = chineseSurnames;
        for (Transliterator t : byLanguage.values()) {
            memo.put(t, new java.util.concurrent.ConcurrentHashMap<>());
        }
        for (Transliterator t : fromUzbek.values()) {
            memo.put(t, new java.util.concurrent.ConcurrentHashMap<>());
        }
        memo.put(palladius, new java.util.concurrent.ConcurrentHashMap<>());
        memo.put(regional, new java.util.concurrent.ConcurrentHashMap<>());
    }

    /** Loads the rules for Russian, Kazakh, Kyrgyz and Uzbek; English and other languages use the Russian ones. */
    public static Romanizer load(ModelFiles files) {
        Objects.requireNonNull(files, "files");
        Map<Language, Transliterator> map = new EnumMap<>(Language.class);
        for (Language lang : List.of(Language.RU, Language.KK, Language.KY, Language.UZ)) {
            map.put(lang, transliterator(files, lang.code() + "-en"));
        }
        Map<Nation, Transliterator> fromUzbek = new EnumMap<>(Nation.class);
        fromUzbek.put(Nation.KAZAKH, transliterator(files, "uz-kk-en"));
        fromUzbek.put(Nation.KYRGYZ, transliterator(files, "uz-ky-en"));
        fromUzbek.put(Nation.ARABIC_PERSIAN, transliterator(files, "uz-fa-en"));
        Set<String> surnames = new HashSet<>();
        for (String line : files.lines("translit/zh-surnames.txt")) {
            surnames.add(line.strip().toLowerCase(Locale.ROOT));
        }
        return new Romanizer(map, fromUzbek, transliterator(files, "zh-en"), Set.copyOf(surnames),
                transliterator(files, "regional-en"));
    }

    private static Transliterator transliterator(ModelFiles files, String name) {
        String path = "translit/" + name + ".txt";
        try {
            return Transliterator.createFromRules("iqtibos-" + name, rules(files, path), Transliterator.FORWARD);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("bad transliteration rules in models/" + path + ": " + e.getMessage(), e);
        }
    }

    private static String rules(ModelFiles files, String path) {
        return rules(files, path, new HashSet<>());
    }

    /** The rules of {@code path} with its includes in place, each file once (the first time it is included). */
    private static String rules(ModelFiles files, String path, Set<String> included) {
        StringBuilder sb = new StringBuilder();
        if (!included.add(path)) {
            return "";
        }
        for (String line : files.lines(path)) {
            if (line.startsWith("@include ")) {
                sb.append(rules(files, "translit/" + line.substring(9).strip(), included));
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
        return complete(apply(byLanguage.getOrDefault(lang, byLanguage.get(Language.RU)), name));
    }

    /** Romanized text with the letters its language's rules did not know romanized too: never Cyrillic left. */
    private String complete(String romanized) {
        return hasCyrillic(romanized) ? apply(regional, romanized) : romanized;
    }

    /**
     * The English-press spelling of {@code name}, written in {@code lang}, of a person of {@code nation} (null when
     * unknown): Chinese names in pinyin ({@code Чжан Мин} → {@code Zhang Ming}), Kazakh and Kyrgyz names written in
     * Uzbek through their own vowels ({@code Тўқаев} → {@code Tokayev}), Arabic and Persian names written in Uzbek
     * (either script) in their English forms ({@code Zokir} → {@code Zakir}); the others as {@link #romanize(String,
     * Language)} writes them.
     */
    public String romanize(String name, Language lang, Nation nation) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(lang, "lang");
        if (nation == Nation.ARABIC_PERSIAN && lang == Language.UZ) {
            // Uzbek Latin spells these names its own way too (Zokir): they are rewritten in either script
            return apply(fromUzbek.get(nation), name);
        }
        if (!hasCyrillic(name)) {
            return name;
        }
        if (nation == Nation.CHINESE && readsAsPinyin(name)) {
            return pinyin(name);
        }
        Transliterator t = lang == Language.UZ && nation != null ? fromUzbek.get(nation) : null;
        return t == null ? romanize(name, lang) : complete(apply(t, name));
    }

    /**
     * True when {@code name} reads as a Chinese name in Palladius Cyrillic: two or three words, the first a common
     * Chinese family name, every word pinyin syllables.
     */
    public boolean looksChinese(String name) {
        if (!hasCyrillic(name)) {
            return false;
        }
        String[] words = SPACES.split(apply(palladius, name.toLowerCase(Locale.ROOT)));
        if (words.length < 2 || words.length > 3 || !chineseSurnames.contains(words[0])) {
            return false;
        }
        for (String w : words) {
            if (!PINYIN.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when every word of {@code name} in Palladius Cyrillic is pinyin syllables: a Kazakh name near "Қытай" (a
     * compatriot detained in China) is no Chinese name and keeps its own romanization.
     */
    private boolean readsAsPinyin(String name) {
        for (String w : SPACES.split(apply(palladius, name.toLowerCase(Locale.ROOT)))) {
            if (!w.isEmpty() && !PINYIN.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }

    /** One or more pinyin syllables (a hyphen may join them). */
    private static final Pattern PINYIN = Pattern.compile(
            "(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|uai|uan|ang|eng|ing|ong|ian|iao|ai|ao|an|ei|en|er"
            + "|ia|ie|in|iu|ou|ua|ui|un|uo|a|e|i|o|u)-?)+");

    private String pinyin(String name) {
        String lower = apply(palladius, name.toLowerCase(Locale.ROOT));
        String[] words = SPACES.split(lower);
        if (words.length == 3 && chineseSurnames.contains(words[0])) {
            // "Си Цзин Пин": English press writes a two-syllable given name as one word (Xi Jinping)
            lower = words[0] + " " + words[1] + words[2];
        }
        StringBuilder sb = new StringBuilder(lower.length());
        boolean start = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            sb.append(start ? Character.toUpperCase(c) : c);
            start = !Character.isLetter(c);
        }
        return sb.toString();
    }

    /**
     * What each transliterator wrote, by its input: the same names recur within and across articles, and every
     * transliteration holds the transliterator's lock. Cleared when it reaches {@link #MEMO_LIMIT} names.
     */
    private final Map<Transliterator, Map<String, String>> memo = new java.util.IdentityHashMap<>();
    private static final int MEMO_LIMIT = 50_000;

    private String apply(Transliterator t, String name) {
        Map<String, String> m = memo.get(t);
        String out = m.get(name);
        if (out == null) {
            out = transliterate(t, name);
            if (m.size() >= MEMO_LIMIT) {
                m.clear();
            }
            m.put(name, out);
        }
        return out;
    }

    private static String transliterate(Transliterator t, String name) {
        // the padding gives word-start and word-end rules a context at the edges of the name; no lock: ICU documents
        // transliterators as stateless, to be shared by threads without synchronizing (the class Javadoc of
        // com.ibm.icu.text.Transliterator)
        return t.transliterate(" " + Normalizer.normalize(name, Normalizer.Form.NFC) + " ").strip();
    }

    /**
     * A loose key under which spellings of one name agree across scripts and romanization systems
     * ({@code Zhazykbayev}, {@code Zhaziqbayev}, {@code Jaziqbayev}, {@code Жазиқбаев}).
     */
    public String looseKey(String name, Language lang) {
        return TextFold.looseLatinKey(romanize(name, lang));
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
