package org.iqtibos.morph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.iqtibos.Language;
import org.iqtibos.model.ModelFiles;

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
 * suffixes {@code -zoda}, {@code -ұлы}, {@code -ян}: {@code Ahmadzoda} is no locative of {@code Ahmadz}).
 *
 * <p>Immutable and thread-safe.
 */
public final class NameStemmer {
    private record Rule(String ending, String replacement) { }

    private final List<Rule> rules;
    private final int depth;
    private final int minStem;
    private final String joiners;
    private final boolean glued;
    private final List<String> whole;

    private NameStemmer(List<Rule> rules, int depth, int minStem, String joiners, boolean glued, List<String> whole) {
        this.glued = glued;
        this.whole = List.copyOf(whole);
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
        for (String line : files.linesIfPresent(path)) {
            if (line.startsWith("@")) {
                String[] kv = line.substring(1).split("\\s+", 2);
                String v = kv.length > 1 ? kv[1].strip() : "";
                switch (kv[0]) {
                    case "depth": depth = Integer.parseInt(v); break;
                    case "min": min = Integer.parseInt(v); break;
                    case "joiners": joiners = v; break;
                    case "glued": glued = Boolean.parseBoolean(v); break;
                    case "whole":
                        for (String w : v.split("\\|")) {
                            whole.add(w.strip().toLowerCase(Locale.ROOT));
                        }
                        break;
                    default: throw new IllegalStateException("models/" + path + ": unknown setting '" + line + "'");
                }
                continue;
            }
            if (!seen.add(line)) {
                continue;
            }
            int gt = line.indexOf('>');
            String ending = (gt < 0 ? line : line.substring(0, gt)).toLowerCase(Locale.ROOT);
            String repl = gt < 0 ? "" : line.substring(gt + 1).toLowerCase(Locale.ROOT);
            if (ending.isEmpty()) {
                throw new IllegalStateException("models/" + path + ": empty ending in '" + line + "'");
            }
            rules.add(new Rule(ending, repl));
        }
        return new NameStemmer(rules, depth, min, joiners, glued, whole);
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

    /** The token first, then its candidate base forms (no repeats), nearest first. */
    public List<String> baseForms(String token) {
        Objects.requireNonNull(token, "token");
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
