package org.iqtibos.internal.ner;

import java.util.ArrayList;
import java.util.List;
import org.iqtibos.Language;
import org.iqtibos.internal.kb.KbEntry;
import org.iqtibos.internal.kb.KnowledgeBase;
import org.iqtibos.internal.kb.NameKey;
import org.iqtibos.result.EntityType;
import org.iqtibos.internal.segment.Token;

/**
 * Names a descriptive body in English from the word tables of {@value DescriptiveBodyFinder#PATH}: English bodies as
 * written, Russian ones through {@link RussianEnglishBodies}, Turkic ones as
 * "{@code <modifiers> <Head> of <modifiers> of <Country>}", proper parts romanized.
 *
 * <p>Immutable and thread-safe.
 */
final class BodyNames {
    /** Longest modifier phrase of the word tables, in words. */
    private static final int MAX_PHRASE = 2;

    private final BodyTables tables;
    private final RussianEnglishBodies russianEnglish;

    BodyNames(BodyTables tables, RussianEnglishBodies russianEnglish) {
        this.tables = tables;
        this.russianEnglish = russianEnglish;
    }

    /**
     * The English name of a body made of {@code parts} (each tokens {@code [from, head]}): in English the words as
     * written; in a Turkic language "{@code <modifiers> <Head> of <modifiers> of <Country>}" for each part, a later
     * part first ({@code Central Committee of the Communist Party of China}); null when a word does not translate.
     */
    String english(List<Token> tokens, List<int[]> parts) {
        if (tables.lang == Language.RU) {
            return russianEnglish.russianEnglish(tokens, parts.get(0)[0], parts.get(0)[1]);
        }
        if (tables.lang == Language.EN) {
            int[] p = parts.get(0);
            StringBuilder sb = new StringBuilder();
            for (int k = p[0]; k <= p[1]; k++) {
                if (k > p[0] && tokens.get(k).start() > tokens.get(k - 1).end()) {
                    sb.append(' ');
                }
                sb.append(tokens.get(k).text());
            }
            KbEntry owner = p[0] > 0 && RussianEnglishBodies.isPossessive(tokens.get(p[0] - 1))
                    ? tables.place(tokens, p[0] - 1) : null;
            if (owner != null && owner.isCountry() && !sb.toString().endsWith(" of " + owner.name())) {
                sb.append(" of ").append(owner.name()); // Kazakhstan's Agency for … → Agency for … of Kazakhstan
            }
            return sb.toString();
        }
        StringBuilder out = new StringBuilder();
        for (int n = parts.size() - 1; n >= 0; n--) {
            String part = englishPart(tokens, parts.get(n)[0], parts.get(n)[1]);
            if (part == null) {
                return null;
            }
            out.append(n < parts.size() - 1 ? " of the " : "").append(part);
        }
        return out.toString();
    }

    /** The English of one Turkic body, tokens {@code [from, to]} with its head at {@code to}; null when unknown. */
    private String englishPart(List<Token> tokens, int from, int to) {
        String head = tables.head(tokens.get(to));
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        String country = null;
        int k = from;
        int[] placeEnd = new int[1];
        KbEntry place = tables.place(tokens, k, to, placeEnd);
        if (place != null) {
            if (place.isCountry()) {
                country = place.name();
            } else {
                before.add(place.name());
            }
            k = placeEnd[0];
        }
        while (k < to) {
            BodyTables.Word w = null;
            int n = 0;
            for (int len = Math.min(MAX_PHRASE, to - k); len >= 1 && w == null; len--) {
                StringBuilder key = new StringBuilder();
                for (int m = k; m < k + len; m++) {
                    key.append(m > k ? " " : "").append(NameKey.word(tokens.get(m).text()));
                }
                w = tables.words.get(key.toString());
                n = len;
            }
            if (w == null && tables.links.contains(NameKey.word(tokens.get(k).text()))) {
                w = new BodyTables.Word("and", !after.isEmpty());
                n = 1;
            }
            if (w == null) {
                if (!tokens.get(k).isCapitalized()) {
                    return null;
                }
                w = new BodyTables.Word(properName(tokens.get(k).text()), false);
                n = 1;
            }
            (w.after() ? after : before).add(w.english());
            k += n;
        }
        StringBuilder name = new StringBuilder();
        for (String b : before) {
            name.append(b).append(' ');
        }
        name.append(head);
        if (!after.isEmpty()) {
            name.append(" of ").append(String.join(" ", after));
        }
        if (country != null) {
            name.append(" of ").append(country);
        }
        return name.toString();
    }

    /**
     * A capitalized word no table knows, romanized; a compound of places keeps their English names
     * ({@code Түркия-Қазақстан} → {@code Turkey-Kazakhstan}).
     */
    private String properName(String word) {
        String[] parts = word.split("-");
        List<String> english = new ArrayList<>();
        for (String p : parts) {
            KnowledgeBase.Alias a = p.isEmpty() ? null : tables.kb.alias(NameKey.word(p));
            if (a == null || a.first().type() != EntityType.PLACE) {
                return tables.romanizer.romanize(word, tables.lang);
            }
            english.add(a.first().name());
        }
        return String.join("-", english);
    }

}
