package org.iqtibos.internal.train;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.internal.text.LetterTable;

/**
 * Respells the tokens of training text for cross-language transfer: {@code kk-uz-cyrl} maps Kazakh Cyrillic
 * letters to Uzbek Cyrillic spelling (table {@code models/ner/kk-uz-cyrl.tsv}), {@code uz-latn} transliterates Uzbek
 * Cyrillic to Uzbek Latin with ICU's {@code uz_Cyrl-uz_Latn}; {@code none} keeps the token. Steps chain with
 * {@code >}. Token by token, so the tags stay aligned. Immutable; ICU transliterators are not thread-safe, so each
 * call of {@link #apply} makes its own.
 */
public final class TokenRespelling {
    private final List<String> steps;
    private final LetterTable kkToUz;

    private TokenRespelling(List<String> steps, Map<Character, String> kkToUz) {
        this.steps = List.copyOf(steps);
        this.kkToUz = new LetterTable(kkToUz);
    }

    /** Parses a chain such as {@code kk-uz-cyrl>uz-latn}; the letter table comes from {@code files}. */
    public static TokenRespelling parse(String chain, ModelFiles files) {
        Objects.requireNonNull(chain, "chain");
        List<String> steps = new ArrayList<>();
        Map<Character, String> table = new LinkedHashMap<>();
        for (String s : chain.split(">")) {
            String step = s.strip();
            switch (step) {
                case "none":
                    break;
                case "kk-uz-cyrl":
                    for (String line : files.lines("ner/kk-uz-cyrl.tsv")) {
                        String[] cols = line.split("\t");
                        if (cols.length != 2 || cols[0].length() != 1) {
                            throw new IllegalArgumentException("bad line in ner/kk-uz-cyrl.tsv: '" + line + "'");
                        }
                        table.put(cols[0].charAt(0), cols[1]);
                    }
                    steps.add(step);
                    break;
                case "uz-latn":
                    steps.add(step);
                    break;
                default:
                    throw new IllegalArgumentException("unknown transform step: '" + step + "' in chain '" + chain + "'");
            }
        }
        return new TokenRespelling(steps, table);
    }

    /** The respelled tokens. */
    public List<String> apply(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens);
        for (String step : steps) {
            UnaryOperator<String> f = step.equals("uz-latn") ? icu("uz_Cyrl-uz_Latn")::transliterate : kkToUz::respell;
            out.replaceAll(t -> {
                String r = f.apply(t);
                // a token must stay one non-empty token for the tags to stay aligned
                return r.isEmpty() || r.chars().anyMatch(Character::isWhitespace) ? t : r;
            });
        }
        return out;
    }

    private static Transliterator icu(String id) {
        return Transliterator.getInstance(id);
    }
}
