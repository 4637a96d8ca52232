package org.iqtibos.text;

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

    private LatinLanguageModel(Language[] languages, double prior, Map<String, double[]> weights) {
        this.languages = languages;
        this.prior = prior;
        this.weights = weights;
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

    /** The likeliest of the languages for {@code text}, as the full detector ranks them. */
    Language language(String text) {
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
