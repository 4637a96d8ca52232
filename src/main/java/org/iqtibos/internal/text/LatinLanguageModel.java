package org.iqtibos.internal.text;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.langdetect.LanguageDetectorContextGenerator;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;
import org.iqtibos.Language;

/**
 * OpenNLP's 103-language detector ({@code langdetect-183.bin}) cut down to the languages iqtibos reads: the
 * weights of its character n-grams for those outcomes only ({@code models/lang/latin-ngrams.bin.gz}, written by
 * {@code train langdetect}). It ranks those languages exactly as {@code LanguageDetectorME.predictLanguages} does
 * (same n-grams, same sums in the same order from the same uniform prior; the softmax over all 103 languages keeps
 * their order) at a fraction of the loading time and memory, and without scoring the other 98.
 *
 * <p>Immutable and thread-safe.
 */
final class LatinLanguageModel {
    private static final int MAGIC = 0x1a7e0001;
    private static final Map<String, Language> CODES = Map.of(
            "eng", Language.EN, "uzb", Language.UZ, "kaz", Language.KK, "kir", Language.KY, "rus", Language.RU);

    /** The languages, in the full model's outcome order (which decides a tie). */
    private final Language[] languages;
    /** The full model's log prior of every outcome (uniform over all of its languages). */
    private final double prior;
    private final Map<String, double[]> weights;

    /** The n-grams (1 to 3 chars) as {@link #key} → their row of {@link #rows}, an open-addressing table. */
    private final long[] keys;
    private final int[] rowOf;
    private final double[] rows;

    private LatinLanguageModel(Language[] languages, double prior, Map<String, double[]> weights) {
        this.languages = languages;
        this.prior = prior;
        this.weights = weights;
        int capacity = Integer.highestOneBit(Math.max(4, weights.size() * 2 - 1)) << 1;
        this.keys = new long[capacity];
        this.rowOf = new int[capacity];
        this.rows = new double[weights.size() * languages.length];
        int row = 0;
        for (Map.Entry<String, double[]> e : weights.entrySet()) {
            String g = e.getKey();
            if (g.isEmpty() || g.length() > 3) {
                throw new IllegalStateException("language n-grams have 1 to 3 chars: '" + g + "'");
            }
            int slot = slot(key(g, 0, g.length()));
            while (keys[slot] != 0) {
                slot = (slot + 1) & (capacity - 1);
            }
            keys[slot] = key(g, 0, g.length());
            rowOf[slot] = row;
            System.arraycopy(e.getValue(), 0, rows, row * languages.length, languages.length);
            row++;
        }
    }

    /** An n-gram of 1 to 3 chars as one number (never 0). */
    private static long key(CharSequence s, int from, int n) {
        long k = n;
        for (int i = 0; i < n; i++) {
            k = k << 16 | s.charAt(from + i);
        }
        return k;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ h >>> 32) & (keys.length - 1);
    }

    /** The row of an n-gram, or -1. */
    private int row(long key) {
        for (int slot = slot(key); keys[slot] != 0; slot = (slot + 1) & (keys.length - 1)) {
            if (keys[slot] == key) {
                return rowOf[slot];
            }
        }
        return -1;
    }

    /** The weights of {@code model} for the languages iqtibos reads. */
    static LatinLanguageModel of(LanguageDetectorModel model) {
        if (model.getFactory().getClass() != LanguageDetectorFactory.class
                || !(model.getMaxentModel() instanceof AbstractModel maxent)
                || maxent.getModelType() != AbstractModel.ModelType.Maxent) {
            throw new IllegalArgumentException("expected a GIS language detector with the default context generator");
        }
        List<Language> langs = new ArrayList<>();
        List<Integer> outcomes = new ArrayList<>();
        for (int o = 0; o < maxent.getNumOutcomes(); o++) {
            Language l = CODES.get(maxent.getOutcome(o));
            if (l != null) {
                langs.add(l);
                outcomes.add(o);
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) maxent.getDataStructures()[1];
        Map<String, double[]> weights = new HashMap<>();
        pmap.forEach((gram, c) -> {
            double[] row = null;
            for (int a = 0; a < c.getOutcomes().length; a++) {
                int k = outcomes.indexOf(c.getOutcomes()[a]);
                if (k >= 0) {
                    if (row == null) {
                        row = new double[langs.size()];
                    }
                    row[k] += c.getParameters()[a];
                }
            }
            if (row != null) {
                weights.put(gram, row);
            }
        });
        // UniformPrior: every outcome starts at log(1 / outcomes)
        return new LatinLanguageModel(langs.toArray(Language[]::new), StrictMath.log(1.0 / maxent.getNumOutcomes()), weights);
    }

    /** Reads what {@link #write} wrote. */
    static LatinLanguageModel read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in), 1 << 16));
        if (d.readInt() != MAGIC) {
            throw new IOException("not a latin-ngrams file");
        }
        Language[] langs = new Language[d.readUnsignedByte()];
        for (int k = 0; k < langs.length; k++) {
            langs[k] = Language.fromCode(d.readUTF());
        }
        double prior = d.readDouble();
        int n = d.readInt();
        Map<String, double[]> weights = new HashMap<>(n * 4 / 3 + 1);
        for (int i = 0; i < n; i++) {
            String gram = d.readUTF();
            double[] row = new double[langs.length];
            for (int present = d.readUnsignedByte(), k = 0; k < langs.length; k++) {
                if ((present & (1 << k)) != 0) {
                    row[k] = d.readDouble();
                }
            }
            weights.put(gram, row);
        }
        return new LatinLanguageModel(langs, prior, weights);
    }

    /** Writes the model (gzip), grams in sorted order so that the file is the same on every run. */
    void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gz));
        d.writeInt(MAGIC);
        d.writeByte(languages.length);
        for (Language l : languages) {
            d.writeUTF(l.code());
        }
        d.writeDouble(prior);
        d.writeInt(weights.size());
        for (String gram : weights.keySet().stream().sorted().toList()) {
            double[] row = weights.get(gram);
            d.writeUTF(gram);
            int present = 0;
            for (int k = 0; k < row.length; k++) {
                present |= row[k] != 0 ? 1 << k : 0;
            }
            d.writeByte(present);
            for (double w : row) {
                if (w != 0) {
                    d.writeDouble(w);
                }
            }
        }
        d.flush();
        gz.finish();
    }

    /**
     * How far apart (in log score) the two best languages must be for the fast sum to decide: the sums run over at
     * most a few thousand weights, whose rounding in another order moves them by far less than this.
     */
    private static final double SURE = 1e-6;
    private static final CharSequenceNormalizer NORMALIZER = new AggregateCharSequenceNormalizer(
            EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
            TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
            ShrinkCharSequenceNormalizer.getInstance());

    /**
     * The likeliest of the languages for {@code text}, as the full detector ranks them: the n-grams of its context
     * generator (the same normalizers, lower-cased by code point, every 1- to 3-gram) summed in text order; when
     * the two best are too close for the order of the sums not to matter, the n-grams in the full detector's
     * order ({@link #exactLanguage}).
     */
    Language language(String text) {
        CharSequence norm = NORMALIZER.normalize(text);
        char[] lower = new char[norm.length()];
        int len = 0;
        for (int i = 0; i < norm.length(); ) {
            int cp = Character.codePointAt(norm, i);
            i += Character.charCount(cp);
            for (char c : Character.toChars(Character.toLowerCase(cp))) {
                lower[len++] = c;
            }
        }
        String chars = new String(lower, 0, len);
        int width = languages.length;
        double[] sums = new double[width];
        java.util.Arrays.fill(sums, prior);
        java.util.BitSet seen = new java.util.BitSet(weights.size());
        for (int n = 1; n <= 3; n++) {
            for (int i = 0; i + n <= len; i++) {
                int row = row(key(chars, i, n));
                if (row >= 0 && !seen.get(row)) {
                    seen.set(row);
                    for (int k = 0, off = row * width; k < width; k++) {
                        sums[k] += rows[off + k];
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < width; k++) {
            if (sums[k] > sums[best]) {
                best = k;
            }
        }
        for (int k = 0; k < width; k++) {
            if (k != best && sums[best] - sums[k] < SURE) {
                return exactLanguage(text);
            }
        }
        return languages[best];
    }

    /** {@link #language} summing in exactly the full detector's order. */
    Language exactLanguage(String text) {
        LanguageDetectorContextGenerator generator = new LanguageDetectorFactory().getContextGenerator();
        // the distinct n-grams, in the order of the full detector's count map (its sums run in that order)
        Map<CharSequence, Boolean> grams = new HashMap<>();
        for (CharSequence g : generator.getContext(text)) {
            grams.put(g, Boolean.TRUE);
        }
        double[] sums = new double[languages.length];
        java.util.Arrays.fill(sums, prior);
        for (CharSequence g : grams.keySet()) {
            double[] row = weights.get(g.toString());
            if (row != null) {
                for (int k = 0; k < sums.length; k++) {
                    sums[k] += row[k];
                }
            }
        }
        // the full detector sorts by exp(sum) / (the same total): the first highest, in outcome order, wins
        int best = 0;
        for (int k = 1; k < sums.length; k++) {
            if (StrictMath.exp(sums[k]) > StrictMath.exp(sums[best])) {
                best = k;
            }
        }
        return languages[best];
    }

    /** The number of n-grams kept. */
    int size() {
        return weights.size();
    }
}
