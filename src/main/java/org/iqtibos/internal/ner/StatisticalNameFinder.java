package org.iqtibos.internal.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.iqtibos.Language;
import org.iqtibos.Script;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.result.EntityType;
import org.iqtibos.internal.segment.Sentence;
import org.iqtibos.internal.segment.SegmentedText;
import org.iqtibos.internal.segment.Token;
import org.iqtibos.internal.text.TextFold;

/**
 * The trained name finder of one language ({@code models/ner/LANG.bin}, an OpenNLP maxent/perceptron model over the
 * features of {@code models/ner/features.xml}): finds person, organization and place names as whole tokens.
 *
 * <p>Immutable and thread-safe: the model is shared; the decoder ({@link PerceptronNameDecoder}, or OpenNLP's
 * {@link NameFinderME} for other classifiers), which keeps per-document
 * state (how each token was tagged earlier, for document consistency), is one per thread and is cleared at the
 * start of every call, so nothing carries over from one text to the next.
 */
public final class StatisticalNameFinder {
    private final TokenNameFinderModel model;
    private final boolean foldUzbekApostrophes;
    private final ThreadLocal<Decoder> decoders;
    private final DocumentConsistency consistency;

    private StatisticalNameFinder(TokenNameFinderModel model, int beam) {
        this.model = model;
        // the uz model learnt Latin from ICU's uz_Cyrl-uz_Latn output, which writes oʻ and ʼ; news writes ' ’ ‘ `
        this.foldUzbekApostrophes = "uz".equals(model.getLanguage());
        PredicateTable table = PerceptronNameDecoder.predicateTable(model);
        FeatureRows plan = FeatureRows.of(model, table);
        this.decoders = ThreadLocal.withInitial(() -> decoder(model, beam, table, plan));
        this.consistency = DocumentConsistency.standard();
    }

    private StatisticalNameFinder(StatisticalNameFinder base, DocumentConsistency consistency) {
        this.model = base.model;
        this.foldUzbekApostrophes = base.foldUzbekApostrophes;
        this.decoders = base.decoders;
        this.consistency = consistency;
    }

    /** This finder with another document-level pass (e.g. {@link DocumentConsistency.Mode#OFF} to measure it). */
    public StatisticalNameFinder withConsistency(DocumentConsistency consistency) {
        return new StatisticalNameFinder(this, Objects.requireNonNull(consistency, "consistency"));
    }

    /** The document-level pass applied after tagging. */
    public DocumentConsistency consistency() {
        return consistency;
    }

    /** The per-thread decoder: the fast perceptron decoder when the model allows, else OpenNLP's own. */
    private interface Decoder {
        Span[] find(String[] tokens);

        void clearAdaptiveData();
    }

    private static Decoder decoder(TokenNameFinderModel model, int beam, PredicateTable table, FeatureRows plan) {
        PerceptronNameDecoder fast = PerceptronNameDecoder.of(model, beam, table, plan);
        if (fast != null) {
            return new Decoder() {
                @Override
                public Span[] find(String[] tokens) {
                    return fast.find(tokens);
                }

                @Override
                public void clearAdaptiveData() {
                    fast.clearAdaptiveData();
                }
            };
        }
        // OpenNLP's decoder takes its beam size from the model's manifest
        NameFinderME me = new NameFinderME(model);
        return new Decoder() {
            @Override
            public Span[] find(String[] tokens) {
                return me.find(tokens);
            }

            @Override
            public void clearAdaptiveData() {
                me.clearAdaptiveData();
            }
        };
    }

    /** The finder over {@code models/ner/LANG.bin}, or empty when {@code files} holds no model for {@code lang}. */
    public static Optional<StatisticalNameFinder> load(ModelFiles files, Language lang) {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(lang, "lang");
        String path = modelPath(lang);
        Optional<InputStream> in = files.find(path);
        if (in.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream s = in.get()) {
            return Optional.of(of(NameFinderModelReader.read(s)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read name finder model models/" + path + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot read name finder model models/" + path + ": " + e.getMessage(), e);
        }
    }

    /** A finder over an already loaded model. */
    public static StatisticalNameFinder of(TokenNameFinderModel model) {
        Objects.requireNonNull(model, "model");
        return new StatisticalNameFinder(model, PerceptronNameDecoder.manifestBeam(model));
    }

    /** A finder over an already loaded model, decoding with beam size {@code beam} instead of the model's own. */
    public static StatisticalNameFinder of(TokenNameFinderModel model, int beam) {
        Objects.requireNonNull(model, "model");
        if (beam < 1) {
            throw new IllegalArgumentException("beam must be at least 1: " + beam);
        }
        return new StatisticalNameFinder(model, beam);
    }

    /** Where the model of {@code lang} lies under {@code models/}. */
    public static String modelPath(Language lang) {
        return "ner/" + lang.code() + ".bin";
    }

    /**
     * The names in {@code text}, one candidate per name, in text order: spans cover whole tokens (suffixes glued to
     * a name stay inside; the morph stage trims them), confidence is the decoder's probability of the span.
     */
    public List<MentionCandidate> find(SegmentedText text, Script script) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(script, "script");
        List<Sentence> sentences = text.sentences();
        List<String[]> tokenTexts = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            tokenTexts.add(s.tokenTexts());
        }
        List<Span[]> found = tagDocument(tokenTexts, script);
        List<MentionCandidate> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            List<Token> tokens = sentences.get(i).tokens();
            for (Span span : found.get(i)) {
                EntityType type = EntityType.fromTag(span.getType());
                double p = Math.max(0.0, Math.min(1.0, span.getProb()));
                out.add(new MentionCandidate(tokens.get(span.getStart()).start(), tokens.get(span.getEnd() - 1).end(),
                        type, null, p, MentionCandidate.Source.STATISTICAL));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Tags the sentences of one document (token texts): the name spans of each sentence, token indexes, types
     * PER/ORG/LOC. After tagging, the {@link DocumentConsistency} pass tags recurring names alike across the
     * document; nothing outlives the call.
     */
    public List<Span[]> tagDocument(List<String[]> sentences, Script script) {
        Decoder decoder = decoders.get();
        decoder.clearAdaptiveData();
        try {
            List<Span[]> out = new ArrayList<>(sentences.size());
            for (String[] tokens : sentences) {
                out.add(tokens.length == 0 ? new Span[0] : decoder.find(prepare(tokens, script)));
            }
            return consistency.apply(sentences, out);
        } finally {
            decoder.clearAdaptiveData();
        }
    }

    private String[] prepare(String[] tokens, Script script) {
        if (!foldUzbekApostrophes || script != Script.LATN) {
            return tokens;
        }
        String[] out = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = TextFold.uzbekLatinApostrophes(tokens[i]);
        }
        return out;
    }

    /** The model's language code. */
    public String language() {
        return model.getLanguage();
    }
}
