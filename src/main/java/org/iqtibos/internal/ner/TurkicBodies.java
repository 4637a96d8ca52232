package org.iqtibos.internal.ner;

import static org.iqtibos.internal.ner.BodyTables.isPlainWord;
import static org.iqtibos.internal.ner.BodyTables.opensClause;

import java.util.ArrayList;
import java.util.List;
import org.iqtibos.Language;
import org.iqtibos.internal.kb.KbEntry;
import org.iqtibos.internal.kb.KnowledgeBase;
import org.iqtibos.internal.kb.NameKey;
import org.iqtibos.result.EntityType;
import org.iqtibos.internal.segment.Token;

/**
 * Finds the descriptive bodies of Uzbek, Kazakh and Kyrgyz text: the head with its possessive ending, the lower-case
 * modifiers just before it and the run of capitalized words that opens them, all inside one clause
 * ({@code Тошкент давлат иқтисодиёт университети}).
 *
 * <p>Immutable and thread-safe.
 */
final class TurkicBodies {
    /** How many modifiers may stand between the head and the capitalized word that opens a Turkic body. */
    private static final int MAX_MODIFIERS = 5;
    /** How many capitalized words may open a body. */
    private static final int MAX_OPENING = 5;

    private final BodyTables tables;

    TurkicBodies(BodyTables tables) {
        this.tables = tables;
    }

    /**
     * The body that names a part of the body ending at token {@code head} ({@code Ресейдің Федералдық жиналысы
     * Федерация кеңесі}: the Federation Council of Russia's Federal Assembly): one whose capitalized opening follows
     * the head at once; or null.
     */
    int[] nextPart(List<Token> tokens, int head) {
        if (tables.lang == Language.EN || tables.lang == Language.RU || head + 1 >= tokens.size()
                || !tokens.get(head + 1).isCapitalized()) {
            return null;
        }
        for (int h = head + 1; h < tokens.size() && h <= head + 1 + MAX_MODIFIERS && isPlainWord(tokens.get(h)); h++) {
            if (tables.head(tokens.get(h)) != null) {
                int[] span = turkicBody(tokens, h);
                return span != null && span[0] == head + 1 ? span : null;
            }
        }
        return null;
    }

    /** The length of the name part of a head token: the head without the case ending glued after it. */
    int namePart(Token t) {
        String key = NameKey.word(t.text());
        if (tables.heads.containsKey(key)) {
            return t.text().length();
        }
        for (String f : tables.stemmer.baseForms(t.text())) {
            if (tables.heads.containsKey(NameKey.word(f)) && f.length() <= t.text().length()
                    && t.text().regionMatches(true, 0, f, 0, f.length())) {
                return f.length();
            }
        }
        return t.text().length();
    }

    /**
     * The tokens {@code [from, head]} of a Turkic body whose head is token {@code head}: the lower-case modifiers
     * before it back to a run of capitalized words, or null when no capitalized word opens them in reach or a
     * modifier stands in a case that ends the phrase.
     */
    int[] turkicBody(List<Token> tokens, int head) {
        if (tables.head(tokens.get(head)) == null) {
            return null;
        }
        int j = head - 1;
        int modifiers = 0;
        while (j >= 0 && isPlainWord(tokens.get(j)) && !tokens.get(j).isCapitalized()) {
            if (++modifiers > MAX_MODIFIERS || closesPhrase(tokens.get(j))) {
                return null;
            }
            j--;
        }
        if (j < 0 || !isPlainWord(tokens.get(j)) || !tokens.get(j).isCapitalized()) {
            return null;
        }
        int from = j;
        while (from > 0 && j - from + 1 < MAX_OPENING && isPlainWord(tokens.get(from - 1))
                && tokens.get(from - 1).isCapitalized()) {
            from--;
        }
        // the opening run may have caught a surname before it or a common word capitalized at the sentence start;
        // a country inside it opens the body
        for (int k = j; k > from; k--) {
            if (SURNAME.matcher(tokens.get(k - 1).text()).find()) {
                from = k;
                break;
            }
        }
        // a title or a word in a case other than the nominative ends the phrase before it (Мажлисда, "at the
        // meeting"); a place written as such does not (Қырғызстан ends like an ablative)
        for (int k = j; k >= from; k--) {
            Token t = tokens.get(k);
            if (tables.titles.contains(NameKey.word(t.text()))
                    || closesByEnding(t) && !isPlaceAsWritten(t) && !(isGenitive(t) && tables.place(tokens, k) != null)) {
                from = k + 1;
                break;
            }
        }
        // a common word capitalized because it opens the sentence, or, before another capitalized word, any word
        // there that is neither a place nor a modifier the tables know (Talabalar Samarqand …, "students of …")
        if (from <= j && opensClause(tokens, from) && (isCommonWord(tokens.get(from))
                || from < j && tables.place(tokens, from) == null && !tables.words.containsKey(NameKey.word(tokens.get(from).text())))) {
            from++;
        }
        for (int k = from + 1; k <= j; k++) {
            KbEntry p = tables.place(tokens, k);
            if (p != null && p.isCountry() && tables.place(tokens, from) == null) {
                from = k;
                break;
            }
        }
        if (from > j || openedByKnownOrganization(tokens, from, j) || ownedByTheWordBefore(tokens, from)) {
            return null;
        }
        // an organization of the knowledge base that opens the run owns the body (КХШТ Давлатлараро комиссияси, the
        // CSTO's commission): the body is what follows it
        for (int k = j - 1; k >= from; k--) {
            if (openedByKnownOrganization(tokens, from, k)) {
                from = k + 1;
                break;
            }
        }
        // a genitive inside the opening names the owner of a part ("Парламенті Сенатының баспасөз қызметі"), which is
        // left to the owner's mention; only the country that opens a body may stand in the genitive
        for (int k = tables.place(tokens, from) != null ? from + 1 : from; k <= j; k++) {
            if (isGenitive(tokens.get(k))) {
                return null;
            }
        }
        return new int[] {from, head};
    }

    /** A surname ending of the region's names: such a word before a body is a person's, not the body's. */
    private static final java.util.regex.Pattern SURNAME = java.util.regex.Pattern.compile(
            "(?iu)(?:ов|ев|ёв|ова|ева|ёва|ов[аа]?|ov|ev|ova|eva|yev|yeva|ин|ина|zoda|зода)$");


    /** True when the word before token {@code from} is in the genitive: the body is that word's part. */
    private boolean ownedByTheWordBefore(List<Token> tokens, int from) {
        return from > 0 && isPlainWord(tokens.get(from - 1)) && isGenitive(tokens.get(from - 1));
    }

    /** True for a word with a genitive ending. */
    private boolean isGenitive(Token t) {
        String k = NameKey.word(t.text());
        for (String g : tables.genitives) {
            if (k.length() > g.length() + 2 && k.endsWith(g)) {
                return true;
            }
        }
        return false;
    }

    /** A frequent lower-case word of the language that the word tables do not know as a modifier. */
    private boolean isCommonWord(Token t) {
        String k = NameKey.word(t.text());
        return tables.frequent.contains(k) && !tables.words.containsKey(k);
    }

    /** True for a modifier in a case other than the nominative, or a frequent word no table knows. */
    private boolean closesPhrase(Token t) {
        String k = NameKey.word(t.text());
        if (tables.words.containsKey(k) || tables.links.contains(k)) {
            return false;
        }
        return tables.frequent.contains(k) || tables.titles.contains(k) || closesByEnding(t);
    }

    /** True when the word, or its last part after a hyphen ({@code Түркия-Қазақстан}), is a place as written. */
    private boolean isPlaceAsWritten(Token t) {
        String k = NameKey.word(lastPart(t.text()));
        KnowledgeBase.Alias a = tables.kb.alias(k);
        return a != null && a.first().type() == EntityType.PLACE;
    }

    private static String lastPart(String word) {
        return word.substring(word.lastIndexOf('-') + 1);
    }

    /** True for a word with a case ending that ends a name's phrase ({@code @block}), not a modifier of the tables. */
    private boolean closesByEnding(Token t) {
        String k = NameKey.word(lastPart(t.text()));
        if (tables.words.containsKey(k) || tables.heads.containsKey(k)) {
            return false;
        }
        for (String b : tables.blocks) {
            if (k.length() > b.length() + 2 && k.endsWith(b)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the capitalized words {@code [from, to]} name an organization of the knowledge base: the head then
     * describes it ({@code Sputnik агентлиги}, {@code Сенат матбуот хизмати}) or names its part, left to the others.
     */
    private boolean openedByKnownOrganization(List<Token> tokens, int from, int to) {
        List<String> keys = List.of("");
        for (int k = from; k <= to; k++) {
            List<String> next = new ArrayList<>();
            for (String prefix : keys) {
                for (String f : tables.stemmer.baseForms(tokens.get(k).text())) {
                    next.add(prefix.isEmpty() ? NameKey.word(f) : prefix + " " + NameKey.word(f));
                }
            }
            keys = next;
        }
        for (String key : keys) {
            KnowledgeBase.Alias a = tables.kb.alias(key);
            if (a != null && a.first().type() == EntityType.ORGANIZATION) {
                return true;
            }
        }
        return false;
    }

}
