package org.iqtibos.internal.quote;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.io.BinaryGISModelReader;
import opennlp.tools.ml.maxent.io.BinaryGISModelWriter;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.iqtibos.internal.model.ModelFiles;

/**
 * Chooses a quote's speaker among the candidates the rules put forward (the rules' own pick, every person and
 * organization named near the cue, the speaker and the body in focus, and no one), by a maximum-entropy model that
 * scores each candidate's features as speaker or not. Trained on the project's {@code tune} articles by
 * {@code train speakers}; stored in {@code models/quote/speakers.bin.gz}. Optional: without the file the rules' pick
 * stands. Immutable and thread-safe (OpenNLP's {@code GISModel#eval} keeps no state).
 */
public final class SpeakerRanker {
    /** Where the model lies under {@code models/}. */
    public static final String PATH = "quote/speakers.bin.gz";
    private static final String YES = "speaker";
    private static final String NO = "other";

    /**
     * The rules' reasons whose pick the model replaces, one a line ({@code focus}, {@code passive}): those where it
     * chose better than the rules on held-out articles. Written beside the model by {@code train speakers}; without
     * the file the model decides every quote.
     */
    public static final String REASONS_PATH = "quote/speakers-reasons.txt";

    private final MaxentModel model;
    private final int yes;
    /** The reasons the model decides, or null for all. */
    private final java.util.Set<String> reasons;

    private SpeakerRanker(MaxentModel model) {
        this(model, null);
    }

    private SpeakerRanker(MaxentModel model, java.util.Set<String> reasons) {
        this.reasons = reasons == null ? null : java.util.Set.copyOf(reasons);
        this.model = model;
        this.yes = model.getIndex(YES);
        if (yes < 0) {
            throw new IllegalStateException("models/" + PATH + ": the model has no outcome '" + YES + "'");
        }
    }

    /** The model of {@code files}, or empty when there is none; a file that cannot be read fails naming it. */
    public static Optional<SpeakerRanker> load(ModelFiles files) {
        Optional<InputStream> in = files.find(PATH);
        if (in.isEmpty()) {
            return Optional.empty();
        }
        java.util.Set<String> reasons = files.exists(REASONS_PATH) ? java.util.Set.copyOf(files.lines(REASONS_PATH)) : null;
        try (DataInputStream data = new DataInputStream(new GZIPInputStream(in.get()))) {
            return Optional.of(new SpeakerRanker(new BinaryGISModelReader(data).getModel(), reasons));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("models/" + PATH + ": not a speaker model (" + e.getMessage() + ")", e);
        }
    }

    /** True when the model, not the rules, chooses the speaker of a quote the rules attribute for {@code reason}. */
    public boolean decides(String reason) {
        return reasons == null || reasons.contains(reason);
    }

    /** The rules' reason for the pick among {@code options}: the {@code how=} of the option the rules chose, or "". */
    public static String ruleReason(List<List<String>> options) {
        for (List<String> o : options) {
            for (String f : o) {
                if (f.startsWith("rule=true&how=")) {
                    return f.substring("rule=true&how=".length());
                }
            }
        }
        return "";
    }

    /** The index of the best of {@code options}, each given by its features; the first on ties. */
    public int best(List<List<String>> options) {
        int best = 0;
        double bestScore = -1;
        for (int i = 0; i < options.size(); i++) {
            double p = model.eval(options.get(i).toArray(String[]::new))[yes];
            if (p > bestScore + 1e-9) {
                best = i;
                bestScore = p;
            }
        }
        return best;
    }

    /**
     * One quote's candidates for training: their features, and which of them is the speaker.
     *
     * @param options features of each candidate
     * @param answer  the index of the speaker among them
     */
    public record Example(List<List<String>> options, int answer) {
        public Example {
            options = List.copyOf(options);
            if (answer < 0 || answer >= options.size()) {
                throw new IllegalArgumentException("answer " + answer + " is not one of " + options.size() + " options");
            }
        }
    }

    /** Trains a model on {@code examples} (maximum entropy, GIS, fixed iterations: the same data gives the same model). */
    public static SpeakerRanker train(List<Example> examples, int iterations, int cutoff) {
        List<Event> events = new ArrayList<>();
        for (Example e : examples) {
            for (int i = 0; i < e.options().size(); i++) {
                events.add(new Event(i == e.answer() ? YES : NO, e.options().get(i).toArray(String[]::new)));
            }
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        try {
            return new SpeakerRanker(trainer.train(ObjectStreamUtils.createObjectStream(events)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the model, gzipped, in OpenNLP's binary GIS format. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(gz);
        new BinaryGISModelWriter((AbstractModel) model, data).persist();
        data.flush();
        gz.finish();
    }
}
