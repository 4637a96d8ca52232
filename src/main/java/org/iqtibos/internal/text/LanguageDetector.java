package org.iqtibos.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.iqtibos.Language;
import org.iqtibos.Script;
import org.iqtibos.internal.model.ModelFiles;

/**
 * Tells an article's language and script.
 *
 * <p>The script is the one most of its letters belong to. Among Cyrillic-script languages the letters each language
 * has alone decide ({@code models/lang/letters.tsv}: ў ҳ against ә ө ү ұ і ң), since character n-gram models
 * confuse Uzbek and Kazakh; a Cyrillic text with none of those letters is Russian. Latin-script text goes to
 * OpenNLP's 103-language detector ({@code langdetect-183.bin}), restricted to the languages iqtibos reads and kept
 * as only their weights ({@code models/lang/latin-ngrams.bin.gz}, {@link LatinLanguageModel}).
 *
 * <p>Immutable and thread-safe.
 */
public final class LanguageDetector {
    /** How much text the detector reads: enough to decide, bounded for huge inputs. */
    private static final int SAMPLE = 20_000;
    /** How much Latin-script text the n-gram model reads. */
    private static final int LATIN_SAMPLE = 1_500;

    private final Map<Character, Map<Language, Double>> letterWeights;
    /** Doubled letters (long vowels, {@code уу}, {@code оо}) that mark a language, with a weight. */
    private final Map<String, Map<Language, Double>> pairWeights;
    /** Function words of each Cyrillic-script language ({@code models/lang/words.tsv}), for short texts. */
    private final Map<String, Map<Language, Double>> wordWeights;
    /** Where {@code train langdetect} writes the Latin-script model, relative to {@code models/}. */
    public static final String LATIN_PATH = "lang/latin-ngrams.bin.gz";

    private final LatinLanguageModel latinModel;
    /** Weight of marking Latin letters a Latin-script text needs for their language, at least, and per letter. */
    private static final double LATIN_LETTERS_MIN = 4;
    private static final double LATIN_LETTERS_SHARE = 0.01;

    private LanguageDetector(Map<Character, Map<Language, Double>> letterWeights,
                             Map<String, Map<Language, Double>> pairWeights,
                             Map<String, Map<Language, Double>> wordWeights, LatinLanguageModel latinModel) {
        this.letterWeights = letterWeights;
        this.pairWeights = pairWeights;
        this.wordWeights = wordWeights;
        this.latinModel = latinModel;
    }

    /** Loads {@code models/lang/letters.tsv} and OpenNLP's language detection model from the classpath. */
    public static LanguageDetector load(ModelFiles files) {
        Map<Character, Map<Language, Double>> weights = new HashMap<>();
        Map<String, Map<Language, Double>> pairs = new HashMap<>();
        for (String line : files.lines("lang/letters.tsv")) {
            String[] f = line.split("\t");
            // one letter, or a doubled one (a long vowel: only those pairs are counted)
            if (f.length != 3 || f[0].isEmpty() || f[0].length() > 2 || f[0].length() == 2 && f[0].charAt(0) != f[0].charAt(1)) {
                throw new IllegalStateException("bad line in models/lang/letters.tsv: '" + line + "'");
            }
            Map<Language, Double> w = f[0].length() == 1
                    ? weights.computeIfAbsent(f[0].charAt(0), k -> new EnumMap<>(Language.class))
                    : pairs.computeIfAbsent(f[0], k -> new EnumMap<>(Language.class));
            w.put(Language.fromCode(f[1]), Double.parseDouble(f[2]));
        }
        Map<String, Map<Language, Double>> words = new HashMap<>();
        for (String line : files.lines("lang/words.tsv")) {
            String[] f = line.split("\t");
            if (f.length != 3 || f[0].isEmpty()) {
                throw new IllegalStateException("bad line in models/lang/words.tsv: '" + line + "'");
            }
            words.computeIfAbsent(f[0], k -> new EnumMap<>(Language.class))
                    .put(Language.fromCode(f[1]), Double.parseDouble(f[2]));
        }
        try (InputStream in = files.open(LATIN_PATH)) {
            return new LanguageDetector(weights, pairs, words, LatinLanguageModel.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read models/" + LATIN_PATH + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@value #LATIN_PATH} under {@code models} from OpenNLP's {@code langdetect-183.bin} (on the classpath)
     * and returns the number of n-grams kept.
     */
    public static int writeLatinModel(Path models) throws IOException {
        LatinLanguageModel m;
        try (InputStream in = LanguageDetector.class.getResourceAsStream("/langdetect-183.bin")) {
            if (in == null) {
                throw new IllegalStateException("langdetect-183.bin (opennlp-models-langdetect) is not on the classpath");
            }
            m = LatinLanguageModel.of(new LanguageDetectorModel(in));
        }
        Path out = models.resolve(LATIN_PATH);
        Files.createDirectories(out.getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            m.write(o);
        }
        return m.size();
    }

    /** The script most letters of {@code text} are written in; Latin when there are no letters. */
    public static Script script(String text) {
        int latin = 0;
        int cyrillic = 0;
        int n = Math.min(text.length(), SAMPLE);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                Character.UnicodeScript s = Character.UnicodeScript.of(c);
                if (s == Character.UnicodeScript.CYRILLIC) {
                    cyrillic++;
                } else if (s == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
        }
        return cyrillic > latin ? Script.CYRL : Script.LATN;
    }

    /** The language of {@code text}, written in {@code script}. */
    public Language language(String text, Script script) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        return script == Script.CYRL ? cyrillicLanguage(sample) : latinLanguage(sample);
    }

    private Language cyrillicLanguage(String text) {
        Map<Language, Double> score = new EnumMap<>(Language.class);
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            Map<Language, Double> w = letterWeights.get(lower.charAt(i));
            if (w != null) {
                w.forEach((lang, x) -> score.merge(lang, x, Double::sum));
            }
            // letter pairs: Kyrgyz long vowels (уу, оо) in a sentence without ө, ү, ң
            Map<Language, Double> p = i + 1 < lower.length() && lower.charAt(i) == lower.charAt(i + 1)
                    ? pairWeights.get(lower.substring(i, i + 2)) : null;
            if (p != null) {
                p.forEach((lang, x) -> score.merge(lang, x, Double::sum));
            }
        }
        // the function words, which matter in a sentence or two that lacks the letters
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean letter = i < lower.length() && Character.isLetter(lower.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                Map<Language, Double> w = wordWeights.get(lower.substring(start, i));
                if (w != null) {
                    w.forEach((lang, x) -> score.merge(lang, x, Double::sum));
                }
                start = -1;
            }
        }
        Language best = Language.RU;
        double bestScore = Math.max(1.0, score.getOrDefault(Language.RU, 0.0)); // a few stray letters do not make a Russian text Turkic
        for (Map.Entry<Language, Double> e : score.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return best;
    }

    private Language latinLanguage(String text) {
        if (text.isBlank()) {
            return Language.EN;
        }
        // Kazakh in the Latin alphabet of 2021 has letters neither Uzbek nor English writes (ǵ ń ý ú ı ...)
        Map<Language, Double> score = new EnumMap<>(Language.class);
        int letters = 0;
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                Map<Language, Double> w = letterWeights.get(c);
                if (w != null && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    w.forEach((lang, x) -> score.merge(lang, x, Double::sum));
                }
            }
        }
        for (Map.Entry<Language, Double> e : score.entrySet()) {
            if (e.getValue() >= Math.max(LATIN_LETTERS_MIN, LATIN_LETTERS_SHARE * letters)) {
                return e.getKey();
            }
        }
        // a few paragraphs tell Uzbek from English; the n-gram model's cost grows with the text
        String sample = text.length() > LATIN_SAMPLE ? text.substring(0, LATIN_SAMPLE) : text;
        return latinModel.language(sample);
    }
}
