package org.iqtibos.internal.morph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.iqtibos.Language;
import org.iqtibos.internal.model.ModelFiles;

/**
 * Candidate base forms of an inflected name, by per-language ending rules kept in {@code models/morph/<lang>.txt}:
 * Uzbek, Kazakh and Kyrgyz endings are stripped (and may stack: {@code Тошкентдагилар}), Russian endings are
 * replaced ({@code Астане} → {@code Астана}, {@code Мантурова} → {@code Мантуров}). The candidates over-generate
 * on purpose; a knowledge-base lookup or the other mentions of an article choose among them. A base form that is
 * a prefix of the token lets a mention span cover the name part alone.
 *
 * <p>Rule file format: one ending a line, {@code ending>replacement} to replace; {@code @depth N} (endings that may
 * stack), {@code @min N} (shortest stem), {@code @joiners CHARS} (dropped when they end a stem: {@code КХШТ-нинг}),
 * {@code @whole E|E…} (a word ending so is a whole name, its own morphology, and loses nothing more: the surname
 * suffixes {@code -zoda}, {@code -ұлы}, {@code -ян}: {@code Ahmadzoda} is no locative of {@code Ahmadz}), and at the
 * end of the file {@code @given always|oblique m|f} sections of rules for given names ({@link #givenBase});
 * {@code ending after LETTERS}: the ending follows only a stem ending in one of those letters (the sound laws of
 * Kazakh and Kyrgyz suffixes: {@code лер after …}); {@code @never-before-ending LETTERS}: an ending stripped whole never leaves a stem ending in one of them (Russian endings
 * follow a consonant: {@code Дюбуа} is no genitive of {@code Дюбу}, {@code Барнье} no locative of {@code Барнь}).
 *
 * <p>Immutable and thread-safe.
 */
public final class NameStemmer {
    /** An ending, what replaces it, and the letters the stem may end in before it (null: any). */
    private record Rule(String ending, String replacement, String after) { }

    private final List<Rule> rules;
    private final int depth;
    private final int minStem;
    private final String joiners;
    private final boolean glued;
    private final List<String> whole;
    private final Map<String, List<Rule>> given;
    private final String vowels;
    /** Endings of a man's given name in the genitive ({@code @male-genitive}: Сергея, Павла). */
    private final List<String> maleGenitive;
    /**
     * {@link #baseForms} of words seen before (the finders ask for the same words again and again): bounded, emptied
     * when full; a pure function of the word, so the memo changes no result and keeps the stemmer thread-safe.
     */
    private final ConcurrentHashMap<String, List<String>> memo = new ConcurrentHashMap<>();
    private static final int MEMO_SIZE = 1 << 16;
    private static final int MEMO_WORD_LENGTH = 64;

    private NameStemmer(List<Rule> rules, int depth, int minStem, String joiners, boolean glued, List<String> whole,
                        Map<String, List<Rule>> given, String vowels, List<String> maleGenitive) {
        this.vowels = vowels;
        this.maleGenitive = List.copyOf(maleGenitive);
        this.glued = glued;
        this.whole = List.copyOf(whole);
        this.given = Map.copyOf(given);
        this.rules = List.copyOf(rules);
        this.depth = depth;
        this.minStem = minStem;
        this.joiners = joiners;
    }

    /** The stemmer for {@code lang} from {@code morph/<lang>.txt}; a language without a file keeps tokens as they are. */
    public static NameStemmer load(ModelFiles files, Language lang) {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(lang, "lang");
        String path = "morph/" + lang.code() + ".txt";
        List<Rule> rules = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int depth = 1;
        int min = 2;
        String joiners = "";
        boolean glued = false;
        List<String> whole = new ArrayList<>();
        Map<String, List<Rule>> given = new HashMap<>();
        List<Rule> target = rules;
        String vowels = "";
        List<String> maleGenitive = new ArrayList<>();
        for (String line : files.linesIfPresent(path)) {
            if (line.startsWith("@")) {
                String[] kv = line.substring(1).split("\\s+", 2);
                String v = kv.length > 1 ? kv[1].strip() : "";
                switch (kv[0]) {
                    case "depth": depth = Integer.parseInt(v); break;
                    case "min": min = Integer.parseInt(v); break;
                    case "joiners": joiners = v; break;
                    case "glued": glued = Boolean.parseBoolean(v); break;
                    case "given":
                        if (!List.of("always m", "always f", "oblique m", "oblique f").contains(v)) {
                            throw new IllegalStateException("models/" + path + ": expected '@given always|oblique m|f': '" + line + "'");
                        }
                        target = given.computeIfAbsent(v, k -> new ArrayList<>());
                        break;
                    case "never-before-ending": vowels = v.toLowerCase(Locale.ROOT); break;
                    case "male-genitive":
                        for (String e : v.split("\\|")) {
                            maleGenitive.add(e.strip().toLowerCase(Locale.ROOT));
                        }
                        break;
                    case "whole":
                        for (String w : v.split("\\|")) {
                            whole.add(w.strip().toLowerCase(Locale.ROOT));
                        }
                        break;
                    default: throw new IllegalStateException("models/" + path + ": unknown setting '" + line + "'");
                }
                continue;
            }
            if (target == rules && !seen.add(line)) {
                continue;
            }
            String after = null;
            int sp = line.indexOf(" after ");
            if (sp > 0) {
                after = line.substring(sp + " after ".length()).strip().toLowerCase(Locale.ROOT);
                line = line.substring(0, sp).strip();
                if (after.isEmpty()) {
                    throw new IllegalStateException("models/" + path + ": no letters after 'after' in '" + line + "'");
                }
            }
            int gt = line.indexOf('>');
            String ending = (gt < 0 ? line : line.substring(0, gt)).toLowerCase(Locale.ROOT);
            String repl = gt < 0 ? "" : line.substring(gt + 1).toLowerCase(Locale.ROOT);
            if (ending.isEmpty()) {
                throw new IllegalStateException("models/" + path + ": empty ending in '" + line + "'");
            }
            target.add(new Rule(ending, repl, after));
        }
        return new NameStemmer(rules, depth, min, joiners, glued, whole, given, vowels, maleGenitive);
    }

    /**
     * True for languages whose endings glue to a name that is written unchanged before them ({@code Тошкент|да}),
     * so that a mention can cover the name part alone ({@code @glued true}); Russian changes the name itself.
     */
    public boolean glued() {
        return glued;
    }

    /**
     * The name part of a glued word: the shortest base form that is a prefix of {@code word} and not shorter than
     * {@code minLetters}, or {@code word} itself in a language whose endings do not glue.
     */
    public String namePart(String word, int minLetters) {
        if (!glued) {
            return word;
        }
        String best = word;
        for (String f : baseForms(word)) {
            if (f.length() < best.length() && f.length() >= minLetters && word.regionMatches(true, 0, f, 0, f.length())) {
                best = f;
            }
        }
        return best;
    }

    /**
     * The nominative of a given name written before a surname ({@code Пьером} → {@code Пьер}), by the file's
     * {@code @given} rules of the surname's gender: the first rule whose ending fits, from the endings that are a case
     * whatever the surname shows ({@code always}), then, when the surname is in a case too ({@code oblique}: Томаса
     * Мюллера), from the ones a nominative may also end in (Никита, Анна). Each part of a hyphenated name on its own
     * ({@code Жану-Клоду}); the word as written when no rule fits.
     */
    public String givenBase(String word, boolean feminine, boolean oblique) {
        Objects.requireNonNull(word, "word");
        if (given.isEmpty()) {
            return word;
        }
        String g = feminine ? "f" : "m";
        List<Rule> applicable = new ArrayList<>(given.getOrDefault("always " + g, List.of()));
        if (oblique) {
            applicable.addAll(given.getOrDefault("oblique " + g, List.of()));
        }
        StringBuilder sb = new StringBuilder(word.length());
        for (String part : word.split("(?<=-)|(?=-)")) {
            String lower = part.toLowerCase(Locale.ROOT);
            String out = part;
            for (Rule r : applicable) {
                if (lower.endsWith(r.ending) && lower.length() - r.ending.length() >= minStem) {
                    out = part.substring(0, part.length() - r.ending.length()) + r.replacement;
                    break;
                }
            }
            sb.append(out);
        }
        return sb.toString();
    }

    /** True when {@code givenName} ends as a man's given name in the genitive does ({@code @male-genitive}). */
    public boolean maleGenitiveGiven(String givenName) {
        String lower = givenName.toLowerCase(Locale.ROOT);
        return maleGenitive.stream().anyMatch(lower::endsWith);
    }

    /** The token first, then its candidate base forms (no repeats), nearest first. */
    public List<String> baseForms(String token) {
        Objects.requireNonNull(token, "token");
        List<String> known = memo.get(token);
        if (known != null) {
            return known;
        }
        List<String> forms = computeBaseForms(token);
        if (token.length() <= MEMO_WORD_LENGTH) {
            if (memo.size() >= MEMO_SIZE) {
                memo.clear();
            }
            memo.put(token, forms);
        }
        return forms;
    }

    private List<String> computeBaseForms(String token) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        out.add(token);
        List<String> frontier = List.of(token);
        for (int d = 0; d < depth && !frontier.isEmpty(); d++) {
            List<String> next = new ArrayList<>();
            for (String form : frontier) {
                String lower = form.toLowerCase(Locale.ROOT);
                if (whole.stream().anyMatch(lower::endsWith)) {
                    continue;
                }
                boolean upper = isAllUpper(form);
                for (Rule r : rules) {
                    if (!lower.endsWith(r.ending) || lower.length() - r.ending.length() < minStem) {
                        continue;
                    }
                    String stem = form.substring(0, form.length() - r.ending.length());
                    boolean joined = false;
                    while (!stem.isEmpty() && joiners.indexOf(stem.charAt(stem.length() - 1)) >= 0) {
                        stem = stem.substring(0, stem.length() - 1);
                        joined = true;
                    }
                    if (stem.codePointCount(0, stem.length()) < minStem || !Character.isLetterOrDigit(stem.codePointBefore(stem.length()))) {
                        continue;
                    }
                    if (joined && !r.replacement.isEmpty()) {
                        continue;
                    }
                    // the ending's own sound law: Kazakh -лер follows a vowel or р/й/у, so Миллер is no plural of Мил
                    if (r.after != null && !joined && r.after.indexOf(Character.toLowerCase(stem.charAt(stem.length() - 1))) < 0) {
                        continue;
                    }
                    // a case ending stripped whole leaves a consonant: Дюбуа is no genitive of Дюбу
                    if (r.replacement.isEmpty() && vowels.indexOf(Character.toLowerCase(stem.charAt(stem.length() - 1))) >= 0) {
                        continue;
                    }
                    String base = stem + (upper ? r.replacement.toUpperCase(Locale.ROOT) : r.replacement);
                    if (out.add(base)) {
                        next.add(base);
                    }
                }
            }
            frontier = next;
        }
        return List.copyOf(out);
    }

    private static boolean isAllUpper(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }
}
