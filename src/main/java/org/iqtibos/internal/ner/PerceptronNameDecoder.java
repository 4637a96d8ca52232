package org.iqtibos.internal.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * Decodes a sentence with a perceptron name finder model (BIO outcomes {@code TYPE-start}, {@code TYPE-cont},
 * {@code other}) the way OpenNLP's {@link NameFinderME} does (same features, same beam search, same scores and span
 * probabilities), at a fraction of its cost.
 *
 * <p>Why: {@code NameFinderME} rebuilds every feature string of a token and looks each one up in the model's
 * predicate map once per beam hypothesis. Here the features that do not depend on earlier outcomes (all those of
 * the descriptor) are generated and summed once per token; each hypothesis adds only the four outcome features
 * that {@code DefaultNameContextGenerator} appends ({@code po=}, {@code pow=}, {@code powf=}, {@code ppo=}),
 * whose lookups are memoized per token and previous outcome. The perceptron score is a sum, so the result is the
 * same up to the order of floating-point additions.
 *
 * <p>Precondition: the descriptor's generators do not read the previous outcomes passed to
 * {@code createFeatures} (true of every generator in {@code models/ner/features.xml}); they are given an array of
 * {@code other}. Not thread-safe (feature generators may cache per sentence): one instance per thread.
 */
final class PerceptronNameDecoder {
    private static final String OTHER = NameFinderME.OTHER;
    private static final double ZERO_LOG = -100000;

    private final AdaptiveFeatureGenerator features;
    /** The model's predicates and their weights. */
    private final PredicateTable table;
    /** The features as memoized table rows; null when the descriptor is not one {@link FeatureRows} composes. */
    private final FeatureRows.Memo rows;
    private final String[] outcomes;
    private final int numOutcomes;
    private final int beam;
    /** Name type of each outcome (null for other). */
    private final String[] types;
    private final boolean[] isCont;
    private final boolean[] isStart;
    /** Rows of {@code po=X} and {@code ppo=X} for each outcome X (-1: unknown), the last slot for "other" at the start. */
    private final int[] poRows;
    private final int[] ppoRows;
    /** {@code pow=X,} and {@code powf=X,} for each outcome X, the last slot for "other". */
    private final String[] powPrefix;
    private final String[] powfPrefix;
    /**
     * Per token text, the rows of {@code pow=X,token} (slot X) and {@code powf=X,class} (slot numOutcomes + 1 + X),
     * -2 until looked up; bounded, emptied when full.
     */
    private final HashMap<String, int[]> powRows = new HashMap<>();
    private static final int POW_MEMO_SIZE = 1 << 15;
    private static final int POW_MEMO_TOKEN_LENGTH = 64;
    private final List<String> featureBuffer = new ArrayList<>(64);

    private PerceptronNameDecoder(TokenNameFinderModel model, AbstractModel maxent, int beam, PredicateTable table,
            FeatureRows plan) {
        this.features = model.getFactory().createFeatureGenerators();
        this.table = table;
        this.rows = FeatureRows.memo(plan, table);
        this.numOutcomes = maxent.getNumOutcomes();
        this.outcomes = new String[numOutcomes];
        this.types = new String[numOutcomes];
        this.isCont = new boolean[numOutcomes];
        this.isStart = new boolean[numOutcomes];
        this.poRows = new int[numOutcomes + 1];
        this.ppoRows = new int[numOutcomes + 1];
        this.powPrefix = new String[numOutcomes + 1];
        this.powfPrefix = new String[numOutcomes + 1];
        for (int o = 0; o < numOutcomes; o++) {
            String out = maxent.getOutcome(o);
            outcomes[o] = out;
            isCont[o] = out.endsWith(NameFinderME.CONTINUE);
            isStart[o] = out.endsWith(NameFinderME.START);
            int dash = out.lastIndexOf('-');
            types[o] = (isCont[o] || isStart[o]) && dash > 0 ? out.substring(0, dash) : null;
        }
        for (int o = 0; o <= numOutcomes; o++) {
            String out = o == numOutcomes ? OTHER : outcomes[o];
            poRows[o] = table.row("po=", out);
            ppoRows[o] = table.row("ppo=", out);
            powPrefix[o] = "pow=" + out + ",";
            powfPrefix[o] = "powf=" + out + ",";
        }
        this.beam = beam;
    }

    /**
     * A decoder for {@code model}, or null when its classifier is not a perceptron or its predicate table cannot be
     * built (then {@link NameFinderME} must decode). {@code beam} is the beam size ({@code BeamSize} of the model's
     * manifest in the callers); {@code table}, when not null, is {@link #predicateTable(TokenNameFinderModel)} of the
     * same model, shared by the decoders of all threads (else one is built), and {@code plan}, when not null,
     * {@link FeatureRows#of} over that table.
     */
    static PerceptronNameDecoder of(TokenNameFinderModel model, int beam, PredicateTable table, FeatureRows plan) {
        Objects.requireNonNull(model, "model");
        if (beam < 1) {
            throw new IllegalArgumentException("beam must be at least 1: " + beam);
        }
        Object classifier = model.getArtifact("nameFinder.model");
        if (!(classifier instanceof PerceptronModel p) || model.getFactory().createFeatureGenerators() == null) {
            return null;
        }
        PredicateTable t = table != null ? table : predicateTable(model);
        return t == null ? null : new PerceptronNameDecoder(model, p, beam, t, table == null ? null : plan);
    }

    /** {@link #of(TokenNameFinderModel, int, PredicateTable, FeatureRows)} generating every feature string. */
    static PerceptronNameDecoder of(TokenNameFinderModel model, int beam, PredicateTable table) {
        return of(model, beam, table, null);
    }

    /** {@link #of(TokenNameFinderModel, int, PredicateTable)} over a table of its own. */
    static PerceptronNameDecoder of(TokenNameFinderModel model, int beam) {
        return of(model, beam, null);
    }

    /** The fast predicate table of a perceptron model; null for other models or when it cannot be built. */
    static PredicateTable predicateTable(TokenNameFinderModel model) {
        if (!(model.getArtifact("nameFinder.model") instanceof PerceptronModel p)) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) p.getDataStructures()[1];
        return PredicateTable.of(pmap, p.getNumOutcomes()).orElse(null);
    }

    /** The beam size the model was trained to be decoded with (its manifest's {@code BeamSize}, else 3). */
    static int manifestBeam(TokenNameFinderModel model) {
        String b = model.getManifestProperty("BeamSize");
        return b == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(b.trim());
    }

    /** Forgets what the feature generators learnt from earlier sentences (call at a document's start and end). */
    void clearAdaptiveData() {
        features.clearAdaptiveData();
    }

    /** One beam hypothesis: an outcome appended to its parent. */
    private record Hyp(Hyp parent, int outcome, double prob, double score, int length) { }

    /** The names of {@code tokens}, with OpenNLP's span probability (the mean of the tokens' outcome probabilities). */
    Span[] find(String[] tokens) {
        int n = tokens.length;
        if (n == 0) {
            return new Span[0];
        }
        String[] preds = new String[n];
        Arrays.fill(preds, OTHER);
        double[][] staticScores = new double[n][];
        int[][] entries = rows == null ? null : rows.entries(tokens);
        for (int i = 0; i < n; i++) {
            if (entries != null) {
                staticScores[i] = new double[numOutcomes];
                rows.score(staticScores[i], tokens, entries, i, preds);
                continue;
            }
            featureBuffer.clear();
            features.createFeatures(featureBuffer, tokens, i, preds);
            double[] s = new double[numOutcomes];
            for (int f = 0, size = featureBuffer.size(); f < size; f++) {
                table.addTo(s, featureBuffer.get(f));
            }
            staticScores[i] = s;
        }
        double[] scores = new double[numOutcomes];
        double[] sorted = new double[numOutcomes];
        List<Hyp> prev = new ArrayList<>(beam);
        List<Hyp> next = new ArrayList<>(beam * numOutcomes);
        prev.add(null);
        for (int i = 0; i < n; i++) {
            int[] pow = powRows(tokens[i]);
            next.clear();
            for (Hyp top : prev) {
                int po = top == null ? numOutcomes : top.outcome;
                int ppo = top == null || top.parent == null ? numOutcomes : top.parent.outcome;
                System.arraycopy(staticScores[i], 0, scores, 0, numOutcomes);
                if (pow[po] == UNSEEN) {
                    pow[po] = table.row(powPrefix[po], tokens[i]);
                    String tokenClass = FeatureGeneratorUtil.tokenFeature(tokens[i]);
                    pow[numOutcomes + 1 + po] = table.row(powfPrefix[po], tokenClass);
                }
                addRow(scores, poRows[po]);
                addRow(scores, pow[po]);
                addRow(scores, pow[numOutcomes + 1 + po]);
                addRow(scores, ppoRows[ppo]);
                normalize(scores);
                double min = kthLargest(scores, sorted, Math.min(beam, numOutcomes));
                int before = next.size();
                for (int o = 0; o < numOutcomes; o++) {
                    if (scores[o] >= min && valid(o, top)) {
                        extend(next, top, o, scores[o]);
                    }
                }
                if (next.size() == before) {
                    for (int o = 0; o < numOutcomes; o++) {
                        if (valid(o, top)) {
                            extend(next, top, o, scores[o]);
                        }
                    }
                }
            }
            // the k best, highest score first; a stable sort keeps the generation order among equal scores
            next.sort((a, b) -> Double.compare(b.score, a.score));
            prev.clear();
            for (int k = 0; k < Math.min(beam, next.size()); k++) {
                prev.add(next.get(k));
            }
        }
        Hyp best = prev.isEmpty() ? null : prev.get(0);
        if (best == null) {
            return new Span[0];
        }
        int[] outs = new int[n];
        double[] probs = new double[n];
        for (Hyp h = best; h != null; h = h.parent) {
            outs[h.length - 1] = h.outcome;
            probs[h.length - 1] = h.prob;
        }
        String[] outNames = new String[n];
        for (int i = 0; i < n; i++) {
            outNames[i] = outcomes[outs[i]];
        }
        features.updateAdaptiveData(tokens, outNames);
        return spans(outs, probs);
    }

    private static final int UNSEEN = -2;

    /** The memo of {@code pow=}/{@code powf=} rows of {@code token} (kept for short tokens only). */
    private int[] powRows(String token) {
        int[] rows = powRows.get(token);
        if (rows == null) {
            rows = new int[2 * (numOutcomes + 1)];
            Arrays.fill(rows, UNSEEN);
            if (token.length() <= POW_MEMO_TOKEN_LENGTH) {
                if (powRows.size() >= POW_MEMO_SIZE) {
                    powRows.clear();
                }
                powRows.put(token, rows);
            }
        }
        return rows;
    }

    private void addRow(double[] scores, int row) {
        if (row >= 0) {
            table.addRow(scores, row);
        }
    }

    /** The k-th largest of {@code scores} (what sorting them and reading from the top would give); uses {@code work}. */
    private static double kthLargest(double[] scores, double[] work, int k) {
        System.arraycopy(scores, 0, work, 0, scores.length);
        for (int a = 0; a < k; a++) {
            int max = a;
            for (int b = a + 1; b < work.length; b++) {
                if (work[b] > work[max]) {
                    max = b;
                }
            }
            double t = work[a];
            work[a] = work[max];
            work[max] = t;
        }
        return work[k - 1];
    }

    private void extend(List<Hyp> next, Hyp top, int o, double p) {
        double score = (top == null ? 0 : top.score) + StrictMath.log(p);
        if (score > ZERO_LOG) {
            next.add(new Hyp(top, o, p, score, top == null ? 1 : top.length + 1));
        }
    }

    /** BIO validity, as NameFinderSequenceValidator: a continuation follows a start or continuation of its type. */
    private boolean valid(int o, Hyp top) {
        if (!isCont[o]) {
            return true;
        }
        if (top == null) {
            return false;
        }
        int p = top.outcome;
        return (isCont[p] || isStart[p]) && types[o] != null && types[o].equals(types[p]);
    }

    /** The perceptron's normalization (PerceptronModel.eval): exp of the scores over the largest magnitude (at least 1). */
    private void normalize(double[] scores) {
        double max = 1;
        for (double s : scores) {
            max = Math.max(max, Math.abs(s));
        }
        double sum = 0;
        for (int o = 0; o < scores.length; o++) {
            scores[o] = Math.exp(scores[o] / max);
            sum += scores[o];
        }
        for (int o = 0; o < scores.length; o++) {
            scores[o] /= sum;
        }
    }

    /** The BIO codec's spans: a start opens a name, continuations extend it, anything else closes it. */
    private Span[] spans(int[] outs, double[] probs) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= outs.length; i++) {
            boolean cont = i < outs.length && isCont[outs[i]];
            if (start >= 0 && !cont) {
                double p = 0;
                for (int j = start; j < i; j++) {
                    p += probs[j];
                }
                out.add(new Span(start, i, types[outs[start]], p / (i - start)));
                start = -1;
            }
            if (i < outs.length && isStart[outs[i]]) {
                start = i;
            }
        }
        return out.toArray(new Span[0]);
    }
}
