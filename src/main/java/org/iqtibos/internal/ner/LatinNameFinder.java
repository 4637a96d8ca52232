package org.iqtibos.internal.ner;

import java.util.ArrayList;
import java.util.List;
import org.iqtibos.Language;
import org.iqtibos.Script;
import org.iqtibos.internal.segment.SegmentedText;
import org.iqtibos.internal.segment.Sentence;
import org.iqtibos.internal.segment.Token;
import org.iqtibos.result.EntityType;

/**
 * Names written in Latin letters inside a Cyrillic text ({@code Press TV}, {@code BFMTV}, {@code Temirov Live},
 * {@code Voith Hydro}): news in Cyrillic keeps the Latin spelling for brands, outlets, companies and networks, so
 * such a run of capitalized words is an organization, unless it opens with a known given name (a person spelled
 * the Western way) or stands inside Latin prose. It is the least trusted candidate: any other finder's mention over
 * the same words wins, so a known place, person or outlet keeps its type. Words that name nothing ({@code COVID})
 * are data ({@value #PATH}). Immutable and thread-safe.
 */
public final class LatinNameFinder {
    /** Carried along; no stage decides by it. */
    private static final double CONFIDENCE = 0.5;
    /** A longer run of capitalized Latin words is a title or a heading, not one name. */
    private static final int MAX_WORDS = 4;
    /** Latin names listed together from this many on are a brand's models, not organizations. */
    private static final int ENUMERATION = 3;

    private static final String APOSTROPHES = "'’ʼ";

    /** The path of the words that name nothing ({@code COVID}, {@code GDP}), relative to {@code models/}. */
    public static final String PATH = "ner/latin-not-names.txt";

    private final GivenNames givenNames;
    private final java.util.Set<String> notNames;

    /** A finder that knows {@code givenNames} and reads the words that name nothing from {@value #PATH} of {@code files}. */
    public LatinNameFinder(GivenNames givenNames, org.iqtibos.internal.model.ModelFiles files) {
        this.givenNames = givenNames;
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String line : files.lines(PATH)) {
            words.add(line.strip().toLowerCase(java.util.Locale.ROOT));
        }
        this.notNames = java.util.Set.copyOf(words);
    }

    /** The organization candidates of {@code text}; none unless its script is Cyrillic. */
    public List<MentionCandidate> find(SegmentedText text, Language lang, Script script) {
        if (script != Script.CYRL) {
            return List.of();
        }
        List<MentionCandidate> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Token> tokens = s.tokens();
            List<int[]> runs = new ArrayList<>(); // token from, token to, char end
            int i = 0;
            while (i < tokens.size()) {
                int len = latinPart(tokens.get(i).text());
                if (len < 0 || !Character.isUpperCase(tokens.get(i).text().charAt(0))) {
                    i++;
                    continue;
                }
                int from = i;
                int to = i + 1;
                // a case ending glued to the last word ends the name ("Twitter'даги", "Press TVга")
                while (len == tokens.get(to - 1).text().length() && to < tokens.size()
                        && tokens.get(to).start() == tokens.get(to - 1).end() + 1
                        && Character.isUpperCase(tokens.get(to).text().charAt(0))
                        && (len = latinPart(tokens.get(to).text())) >= 0) {
                    to++;
                }
                if (len < 0) {
                    len = tokens.get(to - 1).text().length(); // the loop stopped on a word that is not Latin
                }
                i = to;
                int start = tokens.get(from).start();
                int end = tokens.get(to - 1).start() + len;
                if (accepted(tokens, from, to, lang) && !inAddress(text.text(), start, end)) {
                    runs.add(new int[] {from, to, end});
                }
            }
            for (int k = 0; k < runs.size(); k++) {
                if (!inEnumeration(tokens, runs, k)) {
                    out.add(new MentionCandidate(tokens.get(runs.get(k)[0]).start(), runs.get(k)[2],
                            EntityType.ORGANIZATION, null, CONFIDENCE, MentionCandidate.Source.STATISTICAL));
                }
            }
        }
        return out;
    }

    private boolean accepted(List<Token> tokens, int from, int to, Language lang) {
        if (to - from > MAX_WORDS || latinNeighbour(tokens, from - 1) || latinNeighbour(tokens, to)) {
            return false; // a heading in capitals, or a name inside a Latin sentence
        }
        String first = tokens.get(from).text();
        if (to - from > 1 && (givenNames.contains(first, Language.EN) || givenNames.contains(first, lang))) {
            return false; // "Joe Biden": a person spelled the Western way
        }
        for (int k = from; k < to; k++) {
            String t = tokens.get(k).text();
            int len = latinPart(t);
            String word = len > 0 ? t.substring(0, len) : t;
            if (!romanNumeral(word) && !numbered(word) && !notNames.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The length of the Latin word that opens {@code t}: Latin letters, with digits, dots, hyphens, ampersands and
     * apostrophes inside ({@code G20}, {@code Asia-Plus}), at least two letters, and after it nothing or a Cyrillic
     * case ending, with or without an apostrophe ({@code Twitter'даги}); -1 when {@code t} is no such word.
     */
    static int latinPart(String t) {
        int letters = 0;
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c < 128 && Character.isLetter(c)) {
                letters++;
            } else if (!(Character.isDigit(c) || c == '.' || c == '-' || c == '&' || APOSTROPHES.indexOf(c) >= 0)) {
                break;
            }
            i++;
        }
        int end = i;
        while (end > 0 && APOSTROPHES.indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        for (int k = i; k < t.length(); k++) {
            if (!Character.isLetter(t.charAt(k)) || Character.UnicodeScript.of(t.charAt(k)) != Character.UnicodeScript.CYRILLIC) {
                return -1;
            }
        }
        return letters >= 2 && Character.isLetter(t.charAt(0)) && t.charAt(0) < 128 ? end : -1;
    }

    /**
     * True when run {@code k} is one of three or more Latin names listed together, joined by commas or one short word
     * ({@code Cobalt, Lacetti ва Malibu}): models or products of a brand, not organizations; known outlets and
     * platforms in such a list are found by their own data.
     */
    private static boolean inEnumeration(List<Token> tokens, List<int[]> runs, int k) {
        int first = k;
        while (first > 0 && joined(tokens, runs.get(first - 1)[1], runs.get(first)[0])) {
            first--;
        }
        int last = k;
        while (last + 1 < runs.size() && joined(tokens, runs.get(last)[1], runs.get(last + 1)[0])) {
            last++;
        }
        return last - first + 1 >= ENUMERATION;
    }

    /** Names listed together: between them only a comma, or one lower-case word of three letters or fewer (ва, and). */
    private static boolean joined(List<Token> tokens, int gapFrom, int gapTo) {
        if (gapTo - gapFrom != 1) {
            return false;
        }
        Token t = tokens.get(gapFrom);
        return t.text().equals(",") || t.isWord() && !t.isCapitalized() && t.text().length() <= 4;
    }

    /** A piece of a web or e-mail address: a dot, slash or at sign glued to the run, with more after it. */
    private static boolean inAddress(String text, int start, int end) {
        boolean before = start > 0 && "./@:".indexOf(text.charAt(start - 1)) >= 0;
        boolean after = end + 1 < text.length() && "./@:".indexOf(text.charAt(end)) >= 0
                && Character.isLetterOrDigit(text.charAt(end + 1));
        return before || after;
    }

    /** A Latin word right next to the run: the run stands in Latin prose. */
    private static boolean latinNeighbour(List<Token> tokens, int k) {
        return k >= 0 && k < tokens.size() && latinPart(tokens.get(k).text()) >= 0;
    }

    /** {@code IV}, {@code XXI}: a number, not a name. */
    private static boolean romanNumeral(String t) {
        return t.chars().allMatch(c -> "IVXLCDM".indexOf(c) >= 0);
    }

    /** {@code COVID-19}, {@code Су-35}-style designations: letters, a hyphen, digits. */
    private static boolean numbered(String t) {
        int dash = t.lastIndexOf('-');
        return dash > 0 && dash + 1 < t.length() && t.substring(dash + 1).chars().allMatch(Character::isDigit);
    }
}
