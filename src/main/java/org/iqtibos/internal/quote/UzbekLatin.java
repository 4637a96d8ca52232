package org.iqtibos.internal.quote;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.iqtibos.Language;
import org.iqtibos.internal.model.ModelFiles;

/**
 * The Uzbek Latin form of each Cyrillic entry of the quote lexicon and the title table: ICU's {@code uz_Cyrl-uz_Latn},
 * computed once by {@code train latin} into {@value #PATH}, so that loading creates no ICU transform (its rules take a
 * quarter of a second to compile, and the lexicon's thousands of verb forms as long to transliterate). An entry the
 * table lacks is transliterated by ICU then; {@code UzbekLatinTableTest} fails while the table is stale.
 *
 * <p>Not thread-safe: one instance serves one load.
 */
public final class UzbekLatin implements UnaryOperator<String> {
    /** The precomputed table: Cyrillic, a tab, Latin, one entry per line. */
    static final String PATH = "quote/uz-latin.tsv";

    private final Map<String, String> table;
    private final Map<String, String> asked = new HashMap<>();
    private Transliterator icu;

    private UzbekLatin(Map<String, String> table) {
        this.table = table;
    }

    /** The table of {@code files}, or an empty one when the file is absent. */
    static UzbekLatin load(ModelFiles files) {
        Map<String, String> table = new HashMap<>();
        for (String line : files.linesIfPresent(PATH)) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IllegalStateException("models/" + PATH + ": line without a tab: '" + line + "'");
            }
            table.put(line.substring(0, tab), line.substring(tab + 1));
        }
        return new UzbekLatin(table);
    }

    /** No table: every entry is transliterated by ICU (what {@code train latin} records). */
    static UzbekLatin icuOnly() {
        return new UzbekLatin(Map.of());
    }

    @Override
    public String apply(String cyrillic) {
        String latin = table.get(cyrillic);
        if (latin == null) {
            if (icu == null) {
                icu = Transliterator.getInstance("uz_Cyrl-uz_Latn");
            }
            latin = icu.transliterate(cyrillic);
        }
        asked.put(cyrillic, latin);
        return latin;
    }

    /** Every entry asked for so far, with its Latin form. */
    Map<String, String> asked() {
        return Map.copyOf(asked);
    }

    /** Whether an ICU transform had to be created: some entry was not in the table. */
    boolean usedIcu() {
        return icu != null;
    }

    /** The entries the Uzbek lexicon and title table of {@code files} ask for, with ICU's Latin form of each. */
    static Map<String, String> compute(ModelFiles files) {
        UzbekLatin recorder = icuOnly();
        CueLexicon.load(files, Language.UZ, recorder);
        TitleTranslator.load(files, recorder);
        return new TreeMap<>(recorder.asked());
    }

    /** Writes {@link #compute} of {@code models} to {@code models/}{@value #PATH}; returns the number of entries. */
    public static int write(Path models) throws IOException {
        Map<String, String> all = compute(ModelFiles.directory(models));
        List<String> lines = new ArrayList<>();
        lines.add("# Uzbek Latin forms of the Cyrillic entries of quote/uz.txt and quote/titles-uz.txt (ICU uz_Cyrl-uz_Latn),");
        lines.add("# written by `iqtibos train latin`; read at load instead of running the transform. Cyrillic TAB Latin.");
        all.forEach((c, l) -> lines.add(c + "\t" + l));
        Files.write(models.resolve(PATH), lines, StandardCharsets.UTF_8);
        return all.size();
    }
}
