package org.iqtibos.internal.ner;

import static org.iqtibos.internal.ner.BodyTables.isPlainWord;
import static org.iqtibos.internal.ner.BodyTables.opensClause;

import java.util.ArrayList;
import java.util.List;
import org.iqtibos.internal.kb.KbEntry;
import org.iqtibos.internal.kb.NameKey;
import org.iqtibos.internal.segment.Token;

/**
 * Finds the descriptive bodies of English text (a run of capitalized words and linking words that holds a head noun,
 * {@code State Committee for National Security}) and of Russian text (adjectives, the head and a genitive tail, every
 * word in the tables), and names a Russian body in English.
 *
 * <p>Immutable and thread-safe.
 */
final class RussianEnglishBodies {
    private final BodyTables tables;

    RussianEnglishBodies(BodyTables tables) {
        this.tables = tables;
    }

    /**
     * The tokens of an English body whose (first) head is token {@code head}: the capitalized words before it (and
     * "and" between them), the head, and a tail of linking and capitalized words after it that starts with a linking
     * word and holds at most {@value #MAX_TAIL} capitalized words after each of up to {@value #MAX_SEGMENTS} linking
     * words ({@code for Regulation and Development of the Financial Market}); null when that is the head alone; a word
     * in the possessive opens none ({@code Kazakhstan's Agency …}: the owner). "and the" ends
     * a body on either side ({@code Human Rights Watch and the …}).
     */
    int[] englishBody(List<Token> tokens, int head) {
        Token h = tokens.get(head);
        if (!isPlainWord(h) || !h.isCapitalized() || tables.head(h) == null) {
            return null;
        }
        int from = head;
        while (from > 0) {
            Token t = tokens.get(from - 1);
            if (isPlainWord(t) && t.isCapitalized() && !isCommonWordAt(tokens, from - 1)
                    && !DESCRIPTIVE_COMPOUND.matcher(t.text()).matches() && !isPossessive(t)) {
                from--;
            } else if (from >= 2 && t.text().equals("and") && isPlainWord(tokens.get(from - 2))
                    && tokens.get(from - 2).isCapitalized() && !tokens.get(from).text().equals("the")) {
                from -= 2;
            } else {
                break;
            }
        }
        int to = head;
        int caps = 0;
        int segments = 0;
        boolean linked = false;
        int j = head + 1;
        while (j < tokens.size() && (caps < MAX_TAIL || segments < MAX_SEGMENTS && isLink(tokens.get(j)))) {
            Token t = tokens.get(j);
            if (isPlainWord(t) && tables.links.contains(NameKey.word(t.text())) && !t.isCapitalized()) {
                if (t.text().equals("and") && j + 1 < tokens.size() && tokens.get(j + 1).text().equals("the")) {
                    break;
                }
                if (caps > 0 && segments < MAX_SEGMENTS) {
                    segments++; // a new linking word opens another short run (for Regulation and Development of …)
                    caps = 0;
                }
                linked = true;
                j++;
                continue;
            }
            if (isPlainWord(t) && t.isCapitalized() && linked && !tables.stops.contains(NameKey.word(t.text()))) {
                to = j;
                caps++;
                j++;
                continue;
            }
            break;
        }
        if (from == to) {
            return null;
        }
        return new int[] {from, to};
    }

    /** The most runs of capitalized words, each after its linking word, in an English body's tail. */
    private static final int MAX_SEGMENTS = 3;

    private boolean isLink(Token t) {
        return isPlainWord(t) && !t.isCapitalized() && tables.links.contains(NameKey.word(t.text()));
    }

    /** A word in the English possessive ({@code Kazakhstan's}): the body's owner, not a word of its name. */
    static boolean isPossessive(Token t) {
        String w = t.text();
        return w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s"));
    }

    /** A capitalized word that describes rather than names ({@code Vienna-based}, {@code Kyiv-born}). */
    private static final java.util.regex.Pattern DESCRIPTIVE_COMPOUND =
            java.util.regex.Pattern.compile("\\p{Lu}\\p{L}*-\\p{Ll}+");

    /** The fewest words of a Russian body. */
    private static final int MIN_RUSSIAN_WORDS = 3;

    /** The most letters of a Russian case ending after a stem of the tables. */
    private static final int MAX_ENDING = 3;

    /** A Russian word of the tables: its English, and whether it is the head, a modifier, or a noun of the tail. */
    private record RussianWord(String english, boolean head, boolean noun) { }

    /** The table entry whose stem opens {@code t} with at most {@value #MAX_ENDING} letters after it, or null. */
    private RussianWord russianWord(Token t) {
        if (!isPlainWord(t)) {
            return null;
        }
        String w = NameKey.word(t.text());
        for (int n = w.length(); n >= Math.max(3, w.length() - MAX_ENDING); n--) {
            String stem = w.substring(0, n);
            String h = tables.heads.get(stem);
            if (h != null) {
                return new RussianWord(h, true, false);
            }
            BodyTables.Word x = tables.words.get(stem);
            if (x != null) {
                return new RussianWord(x.english(), false, x.after());
            }
        }
        return null;
    }

    /**
     * A Russian body of tokens {@code [from, to]}: its own words up to {@code main}, a "по" complement of tokens
     * {@code [byFrom, byTo]} ({@code byFrom} -1 when none) and the place that owns it ({@code … Республики
     * Казахстан}, {@code … Алматы}), or null.
     */
    private record RussianBody(int from, int main, int byFrom, int byTo, KbEntry owner, int to) { }

    /**
     * The tokens of a Russian body starting at capitalized token {@code from}: adjectives, the head, a genitive
     * tail of adjectives and nouns ending on a noun, every word in the tables (and {@code и} between two), then
     * perhaps a "по" complement ({@code Комитет по регулированию естественных монополий}) and the place that owns
     * it ({@code … Республики Казахстан}, {@code … Узбекистана}, {@code … Алматы}); three words at least, or an adjective and the head
     * that do not open the clause or stand before the country ({@code … с Антитеррористическим центром}); else null.
     */
    int[] russianBody(List<Token> tokens, int from) {
        RussianBody b = parseRussian(tokens, from);
        return b == null ? null : new int[] {from, b.to()};
    }

    private RussianBody parseRussian(List<Token> tokens, int from) {
        Token first = tokens.get(from);
        RussianWord w = first.isCapitalized() ? russianWord(first) : null;
        if (w == null || w.noun) {
            return null;
        }
        int head = w.head ? from : -1;
        int end = w.head ? from : -1;
        for (int j = from + 1; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (t.isCapitalized()) {
                break;
            }
            if (tables.links.contains(NameKey.word(t.text())) && j + 1 < tokens.size()) {
                continue;
            }
            RussianWord x = russianWord(t);
            if (x == null || head >= 0 && x.head || head < 0 && x.noun) {
                break;
            }
            if (x.head) {
                head = j;
                end = j;
            } else if (head >= 0 && x.noun) {
                end = j;
            }
        }
        if (head < 0) {
            return null;
        }
        int main = end;
        int byFrom = -1;
        int byTo = -1;
        if (end + 2 < tokens.size() && tokens.get(end + 1).text().equals(BY)) {
            byTo = complementEnd(tokens, end + 2);
            if (byTo >= 0) {
                byFrom = end + 2;
                end = byTo;
            }
        }
        int words = end - from + 1;
        int k = end + 1;
        if (k < tokens.size() && isPlainWord(tokens.get(k)) && tables.owners.contains(NameKey.word(tokens.get(k).text()))) {
            k++;
        }
        int[] placeEnd = new int[1];
        KbEntry owner = k < tokens.size() ? tables.place(tokens, k, tokens.size(), placeEnd) : null;
        boolean country = owner != null && owner.isCountry();
        // two words (Народный совет, "a people's council") opening a clause name a kind of body as often as one body;
        // a head and a noun after it are no body of two words ("мерам Правительства ситуация": the noun's case is not read)
        if (words < MIN_RUSSIAN_WORDS && (words < 2 || head == from || opensClause(tokens, from) && !country)) {
            return null;
        }
        return new RussianBody(from, main, byFrom, byTo, owner, owner == null ? end : placeEnd[0] - 1);
    }

    /** The preposition of a Russian body's complement ({@code Комитет по статистике}). */
    private static final String BY = "по";

    /**
     * The last token of a "по" complement from token {@code k}: adjectives, a noun of the {@code @by} table and a
     * genitive tail of adjectives and nouns ending on a noun ({@code регулированию естественных монополий}); the
     * table's English with a {@code *} takes other words, without one none. -1 when there is no such complement.
     */
    private int complementEnd(List<Token> tokens, int k) {
        int noun = -1;
        int end = -1;
        boolean before = false;
        int j = k;
        while (j < tokens.size()) {
            Token t = tokens.get(j);
            if (!isPlainWord(t) || t.isCapitalized()) {
                break;
            }
            if (noun < 0) {
                if (byWord(t) != null) {
                    noun = j;
                    end = j;
                    j++;
                    continue;
                }
                RussianWord x = russianWord(t);
                if (x == null || x.head || x.noun) {
                    return -1;
                }
                before = true;
                j++;
                continue;
            }
            if (tables.links.contains(NameKey.word(t.text())) && j + 1 < tokens.size()) {
                j++;
                continue;
            }
            int n = phraseLength(tokens, j);
            RussianWord x = n == 2 ? null : russianWord(t);
            if (n == 0 && x == null) {
                break;
            }
            if (n == 2 || x.head || x.noun) {
                end = j + Math.max(n, 1) - 1;
            }
            j += Math.max(n, 1);
        }
        if (noun < 0) {
            return -1;
        }
        boolean star = byWord(tokens.get(noun)).contains("*");
        if (star) {
            return before || end > noun ? end : -1;
        }
        return before ? -1 : noun; // "по статистике": the complement is the noun alone
    }

    /** The English of the table's "по" complement noun that opens {@code t}, or null. */
    private String byWord(Token t) {
        String w = NameKey.word(t.text());
        for (int n = w.length(); n >= Math.max(3, w.length() - MAX_ENDING); n--) {
            String e = tables.by.get(w.substring(0, n));
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    /**
     * 2 when tokens {@code k} and {@code k + 1} are a phrase of the tables, stems with their endings
     * ({@code государственной службы} → Civil Service); else 0.
     */
    private int phraseLength(List<Token> tokens, int k) {
        return phrase(tokens, k) == null ? 0 : 2;
    }

    private BodyTables.Word phrase(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || !isPlainWord(tokens.get(k)) || !isPlainWord(tokens.get(k + 1))) {
            return null;
        }
        String a = NameKey.word(tokens.get(k).text());
        String b = NameKey.word(tokens.get(k + 1).text());
        for (int n = a.length(); n >= Math.max(3, a.length() - MAX_ENDING); n--) {
            for (int m = b.length(); m >= Math.max(3, b.length() - MAX_ENDING); m--) {
                BodyTables.Word x = tables.words.get(a.substring(0, n) + " " + b.substring(0, m));
                if (x != null) {
                    return x;
                }
            }
        }
        return null;
    }

    /**
     * The English of the Russian body of tokens {@code [from, to]}: "{@code <adjectives> <Head> of <tail>}", then
     * the complement's English ({@code for the Regulation of Natural Monopolies}) and "{@code of <Country>}"; a city
     * or region that owns it goes first ({@code Almaty City Headquarters for Restoring Life Support}).
     */
    String russianEnglish(List<Token> tokens, int from, int to) {
        RussianBody b = parseRussian(tokens, from);
        int main = b == null || b.to() != to ? to : b.main();
        List<String> before = new ArrayList<>();
        String head = null;
        List<String> tail = new ArrayList<>();
        for (int k = from; k <= main; k++) {
            RussianWord w = russianWord(tokens.get(k));
            if (w == null) {
                (head == null ? before : tail).add("and");
            } else if (w.head && head == null) {
                head = w.english();
            } else {
                (head == null ? before : tail).add(w.english());
            }
        }
        StringBuilder sb = new StringBuilder();
        KbEntry owner = b != null && b.to() == to ? b.owner() : null;
        if (owner != null && !owner.isCountry()) {
            sb.append(owner.name()).append(' '); // a city's or region's body: Almaty City Headquarters …
        }
        for (String x : before) {
            sb.append(x).append(' ');
        }
        sb.append(head);
        if (!tail.isEmpty()) {
            sb.append(" of ").append(String.join(" ", tail));
        }
        if (b != null && b.to() == to && b.byFrom() >= 0) {
            sb.append(' ').append(complementEnglish(tokens, b.byFrom(), b.byTo()));
        }
        if (owner != null && owner.isCountry()) {
            sb.append(" of ").append(owner.name());
        }
        return sb.toString();
    }

    /** The English of the "по" complement of tokens {@code [from, to]}: the table's, its other words for {@code *}. */
    private String complementEnglish(List<Token> tokens, int from, int to) {
        String by = null;
        List<String> others = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            BodyTables.Word p = by == null ? null : phrase(tokens, k);
            if (p != null && k + 1 <= to) {
                others.add(p.english());
                k++;
                continue;
            }
            String e = by == null ? byWord(tokens.get(k)) : null;
            if (e != null) {
                by = e;
                continue;
            }
            RussianWord w = russianWord(tokens.get(k));
            others.add(w == null ? "and" : w.english());
        }
        return by.replace("*", String.join(" ", others));
    }

    /** The most capitalized words of an English body's tail ({@code for National Security}). */
    private static final int MAX_TAIL = 2;

    /** A frequent lower-case word capitalized only because it opens the sentence ({@code The}, {@code Yesterday}). */
    private boolean isCommonWordAt(List<Token> tokens, int k) {
        return opensClause(tokens, k) && (tables.frequent.contains(NameKey.word(tokens.get(k).text())) || tables.links.contains(NameKey.word(tokens.get(k).text())));
    }
}
