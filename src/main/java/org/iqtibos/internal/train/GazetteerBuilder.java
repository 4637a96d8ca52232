package org.iqtibos.internal.train;

import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.iqtibos.ner.features.Gazetteer;
import org.iqtibos.internal.text.TextFold;

/**
 * Builds the {@link Gazetteer} of one-word names that the name finders carry, from the gazetteers in
 * {@code ../shared/corpora}: GeoNames countries (names in every language they list), regions and places, and the
 * names and abbreviations of international organizations. Uzbek Latin names get an Uzbek Cyrillic twin through
 * ICU's {@code uz_Latn-uz_Cyrl}. Names of several words are left out: the feature looks at one token.
 */
public final class GazetteerBuilder {
    /** Alternate names (many romanizations) only for places this big: they are the ones news names. */
    private static final long ALTERNATE_NAMES_MIN_POPULATION = 100_000;
    private static final int MIN_LENGTH = 3;
    /** A word in this many country names or more is a generic part of them, not a name. */
    static final int GENERIC_WORD_MIN_NAMES = 3;

    private GazetteerBuilder() {
    }

    /** The gazetteer built from {@code corpora}; missing gazetteer files are skipped. */
    public static Gazetteer build(Path corpora) {
        Map<String, String> kinds = new TreeMap<>();
        Transliterator uzCyrl = Transliterator.getInstance("uz_Latn-uz_Cyrl");
        // countries: geonameid, iso2, lang, name; official names have several words (Қазақстан Республикасы)
        List<String> countries = new ArrayList<>();
        rows(corpora.resolve("gaz-geonames/country_names.tsv"), c -> {
            if (c.length >= 4) {
                countries.add(c[3]);
                if (c[2].equals("uz")) {
                    countries.add(uzCyrl.transliterate(c[3].replace('\u2018', '\u02BB').replace('\'', '\u02BB')));
                }
            }
        });
        for (String word : distinctiveWords(countries)) {
            add(kinds, word, "LOC");
        }
        // regions: code, name, ascii name, id
        rows(corpora.resolve("gaz-geonames/regionInfo.tsv"), c -> {
            if (c.length >= 3) {
                add(kinds, c[1], "LOC");
                add(kinds, c[2], "LOC");
            }
        });
        // places: id, name, ascii name, alternate names (comma separated), lat, lon, feature, country, admin1, population
        rows(corpora.resolve("gaz-geonames/geonames_places.tsv"), c -> {
            if (c.length >= 10) {
                add(kinds, c[1], "LOC");
                add(kinds, c[2], "LOC");
                long population = c[9].matches("\\d+") ? Long.parseLong(c[9]) : 0;
                if (population >= ALTERNATE_NAMES_MIN_POPULATION) {
                    for (String alt : c[3].split(",")) {
                        add(kinds, alt, "LOC");
                    }
                }
            }
        });
        // organizations: key, wikidata, id, type, lang, field, value
        rows(corpora.resolve("gaz-intl-orgs/intl_orgs_names.tsv"), c -> {
            if (c.length >= 7) {
                add(kinds, c[6], "ORG");
            }
        });
        return new Gazetteer(kinds);
    }

    /**
     * The one-word names and, from names of several words, the words that are not generic: a word found in the
     * names of {@link #GENERIC_WORD_MIN_NAMES} or more different names (Republic, Республикаси, of, Islands) is a
     * generic part, the rest (Қазақстан of Қазақстан Республикасы) names the country by itself in news.
     */
    static List<String> distinctiveWords(List<String> names) {
        Map<String, Integer> namesPerWord = new HashMap<>();
        for (String name : new TreeSet<>(names)) {
            for (String w : new TreeSet<>(List.of(name.strip().split("\\s+")))) {
                namesPerWord.merge(TextFold.gazetteerKey(w), 1, Integer::sum);
            }
        }
        List<String> out = new ArrayList<>();
        for (String name : names) {
            String[] words = name.strip().split("\\s+");
            for (String w : words) {
                if (words.length == 1 || namesPerWord.get(TextFold.gazetteerKey(w)) < GENERIC_WORD_MIN_NAMES) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    private static void add(Map<String, String> kinds, String name, String kind) {
        String n = name.strip();
        if (n.length() < MIN_LENGTH || n.indexOf(' ') >= 0 || !Character.isUpperCase(n.codePointAt(0))) {
            return;
        }
        for (int i = 0; i < n.length(); i++) {
            char ch = n.charAt(i);
            if (!Character.isLetter(ch) && ch != '-' && !TextFold.isApostrophe(ch)) {
                return;
            }
        }
        kinds.merge(TextFold.gazetteerKey(n), kind, (a, b) -> a.contains(b) ? a : a.compareTo(b) < 0 ? a + "+" + b : b + "+" + a);
    }

    private static void rows(Path file, Consumer<String[]> row) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = r.readLine(); // header
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#")) {
                    row.accept(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + file, e);
        }
    }
}
