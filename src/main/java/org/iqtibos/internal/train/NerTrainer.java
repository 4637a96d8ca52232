package org.iqtibos.internal.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.iqtibos.Language;
import org.iqtibos.internal.model.ModelFiles;

/**
 * Trains the OpenNLP name finder of one language from {@code ../shared/corpora}: the corpus files and transforms
 * listed for the language in {@code models/ner/corpora.tsv}, the features of {@code models/ner/features.xml},
 * the parameters of {@code models/ner/training.properties}. Deterministic: files are read in the listed order,
 * sentences in file order, and both training algorithms are free of randomness. Immutable.
 */
public final class NerTrainer {
    /** The feature generator that needs the gazetteer, and the artifact name its descriptor gives ({@code dict}). */
    private static final String GAZETTEER_FACTORY = "GazetteerFeatureGeneratorFactory";
    private static final String GAZETTEER_ARTIFACT = "gazetteer";
    /** The transform step of corpora.tsv that keeps only names written with a capital. */
    private static final String CAPITALIZED_NAMES = "capitalized-names";

    private final ModelFiles config;
    private final Path corpora;

    /**
     * @param config  where corpora.tsv, features.xml, training.properties and letter tables are read
     * @param corpora the directory holding the corpora ({@code ../shared/corpora})
     */
    public NerTrainer(ModelFiles config, Path corpora) {
        this.config = Objects.requireNonNull(config, "config");
        this.corpora = Objects.requireNonNull(corpora, "corpora");
        if (!Files.isDirectory(corpora)) {
            throw new IllegalArgumentException("corpora directory not found: " + corpora.toAbsolutePath());
        }
    }

    /** What one training run gave. */
    public record Outcome(TokenNameFinderModel model, int sentences, long millis) { }

    /** The training sentences of {@code lang}, in a fixed order. */
    public List<ConllCorpus.ConllSentence> trainingSentences(Language lang) {
        List<ConllCorpus.ConllSentence> out = new ArrayList<>();
        boolean any = false;
        for (String line : config.lines("ner/corpora.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length != 3) {
                throw new IllegalArgumentException("bad line in ner/corpora.tsv (want 3 tab-separated columns): '" + line + "'");
            }
            if (!Language.fromCode(cols[0]).equals(lang)) {
                continue;
            }
            any = true;
            List<String> steps = new ArrayList<>(List.of(cols[2].split(">")));
            boolean capitalizedOnly = steps.remove(CAPITALIZED_NAMES);
            TokenRespelling respelling = TokenRespelling.parse(steps.isEmpty() ? "none" : String.join(">", steps), config);
            for (ConllCorpus.ConllSentence s : ConllCorpus.read(corpora.resolve(cols[1])).sentences()) {
                ConllCorpus.ConllSentence t = s.withTokens(respelling.apply(s.tokens()));
                out.add(capitalizedOnly ? capitalizedNames(t) : t);
            }
        }
        if (!any) {
            throw new IllegalArgumentException("no training corpus listed for lang " + lang.code() + " in ner/corpora.tsv");
        }
        return out;
    }

    /**
     * The sentence without the names that start with a lower-case letter: NEREL tags country adjectives
     * ({@code российских}) as places, which news mentions and factRuEval do not count as names.
     */
    static ConllCorpus.ConllSentence capitalizedNames(ConllCorpus.ConllSentence s) {
        List<opennlp.tools.util.Span> kept = new ArrayList<>();
        for (opennlp.tools.util.Span n : s.names()) {
            if (!Character.isLowerCase(s.tokens().get(n.getStart()).codePointAt(0))) {
                kept.add(n);
            }
        }
        return kept.size() == s.names().size() ? s
                : new ConllCorpus.ConllSentence(s.lines(), s.tokens(), kept, s.documentStart());
    }

    /** Trains the model of {@code lang} with the feature descriptor {@code features} (null: ner/features.xml). */
    public Outcome train(Language lang, byte[] features) {
        return train(lang, features, trainingSentences(lang));
    }

    /** Trains the model of {@code lang} on {@code sentences} (a part of its training sentences, for held-out runs). */
    public Outcome train(Language lang, byte[] features, List<ConllCorpus.ConllSentence> sentences) {
        long t0 = System.nanoTime();
        byte[] descriptor = features != null ? features : readAll("ner/features.xml");
        Map<String, Object> resources = new HashMap<>();
        if (new String(descriptor, java.nio.charset.StandardCharsets.UTF_8).contains(GAZETTEER_FACTORY)) {
            resources.put(GAZETTEER_ARTIFACT, GazetteerBuilder.build(corpora));
        }
        TokenNameFinderModel model = train(lang.code(), sentences, descriptor, resources, parameters(lang));
        return new Outcome(model, sentences.size(), (System.nanoTime() - t0) / 1_000_000);
    }

    /** Trains a name finder on {@code sentences}: the mechanism under {@link #train(Language, byte[])}. */
    public static TokenNameFinderModel train(String languageCode, List<ConllCorpus.ConllSentence> sentences,
                                             byte[] features, TrainingParameters params) {
        return train(languageCode, sentences, features, Map.of(), params);
    }

    /** Like {@link #train(String, List, byte[], TrainingParameters)}, with artifacts the features read (a gazetteer). */
    public static TokenNameFinderModel train(String languageCode, List<ConllCorpus.ConllSentence> sentences,
                                             byte[] features, Map<String, Object> resources, TrainingParameters params) {
        List<NameSample> samples = new ArrayList<>(sentences.size());
        for (ConllCorpus.ConllSentence s : sentences) {
            samples.add(s.toNameSample());
        }
        try (ObjectStream<NameSample> stream = ObjectStreamUtils.createObjectStream(samples)) {
            TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, features, resources, new BioCodec());
            return NameFinderME.train(languageCode, null, stream, params, factory);
        } catch (IOException e) {
            throw new UncheckedIOException("training the " + languageCode + " name finder failed", e);
        }
    }

    /** The training parameters of {@code lang}: the plain keys, overridden by keys prefixed {@code lang.}. */
    public TrainingParameters parameters(Language lang) {
        TrainingParameters p = new TrainingParameters();
        String prefix = lang.code() + ".";
        List<String> lines = config.lines("ner/training.properties");
        for (boolean overrides : new boolean[] {false, true}) {
            for (String line : lines) {
                int eq = line.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("bad line in ner/training.properties: '" + line + "'");
                }
                String key = line.substring(0, eq).strip();
                String value = line.substring(eq + 1).strip();
                if (overrides == key.startsWith(prefix)) {
                    if (overrides) {
                        p.put(key.substring(prefix.length()), value);
                    } else if (key.indexOf('.') < 0) {
                        p.put(key, value);
                    }
                }
            }
        }
        return p;
    }

    /** Writes {@code model} to {@code file}, making its directory. */
    public static void write(TokenNameFinderModel model, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                model.serialize(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write model " + file, e);
        }
    }

    private byte[] readAll(String path) {
        try (InputStream in = config.open(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
