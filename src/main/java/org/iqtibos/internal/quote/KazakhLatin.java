package org.iqtibos.internal.quote;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.internal.text.LetterTable;

/**
 * The Latin form of a Kazakh Cyrillic entry of the quote lexicon, letter by letter, in the Latin alphabet of 2021
 * ({@code төтенше жағдай} → {@code tótenshe jaǵdaı}); the letters are data ({@value #PATH}). Characters the table
 * does not list (spaces, hyphens, the prefix mark {@code *}) stay as they are. The quote lexicon and the knowledge
 * base's Kazakh names ({@code Қазақстан} → {@code Qazaqstan}) are given their Latin forms so. Immutable and
 * thread-safe.
 */
public final class KazakhLatin implements UnaryOperator<String> {
    /** The letter table: a Cyrillic letter, a tab, its Latin letters (none for a letter Latin drops). */
    public static final String PATH = "quote/kk-latin.txt";

    private final LetterTable letters;

    private KazakhLatin(Map<Character, String> letters) {
        this.letters = new LetterTable(letters);
    }

    /** The letter table of {@code files}. */
    public static KazakhLatin load(ModelFiles files) {
        Map<Character, String> letters = new HashMap<>();
        for (ModelFiles.Line line : files.numberedLines(PATH)) {
            String[] f = line.text().split("\t", -1);
            if (f.length > 2 || f[0].length() != 1) {
                throw line.error("expected a Cyrillic letter, a tab and its Latin letters");
            }
            letters.put(f[0].charAt(0), f.length == 2 ? f[1] : ""); // a letter alone on its line is dropped
        }
        return new KazakhLatin(letters);
    }

    @Override
    public String apply(String cyrillic) {
        return letters.respell(cyrillic);
    }
}
