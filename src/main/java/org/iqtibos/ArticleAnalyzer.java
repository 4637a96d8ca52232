package org.iqtibos;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.iqtibos.internal.kb.KnowledgeBase;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.internal.quote.QuoteFinder;
import org.iqtibos.result.ArticleAnalysis;
import org.iqtibos.result.Entity;
import org.iqtibos.result.Mention;
import org.iqtibos.result.Quote;
import org.iqtibos.internal.segment.SegmentedText;
import org.iqtibos.internal.segment.Segmenter;
import org.iqtibos.internal.text.LanguageDetector;
import org.iqtibos.internal.text.NormalizedText;
import org.iqtibos.internal.text.OffsetMap;
import org.iqtibos.internal.text.TextNormalizer;

/**
 * The front door: reads a news article and returns its persons, organizations, places and quotes.
 *
 * <pre>{@code
 * ArticleAnalyzer analyzer = ArticleAnalyzer.create();          // loads every model once
 * ArticleAnalysis a = analyzer.analyze(text);                   // detects language and script
 * a.persons().forEach(p -> System.out.println(p.name()));
 * }</pre>
 *
 * <p>The pipeline runs one way: normalization (with an offset map back to the caller's string) → language and
 * script → paragraphs, sentences, tokens → mention finders (knowledge base, rules, statistical) → merging and
 * linking into entities → quotes and speakers. Every offset of the result indexes the caller's string.
 *
 * <p>Immutable and thread-safe: build one and share it.
 */
public final class ArticleAnalyzer {
    /** Default longest text {@link #analyze} accepts, in UTF-16 chars. */
    public static final int DEFAULT_MAX_LENGTH = 1_000_000;
    private static final int LOADING_THREADS = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final int maxLength;
    private final TextNormalizer normalizer;
    private final LanguageDetector detector;
    private final Segmenter segmenter;
    private final Pipeline pipeline;
    private final Map<String, Duration> loadTimes;

    private ArticleAnalyzer(Builder b) {
        LoadTimes clock = new LoadTimes();
        ModelFiles files = b.models == null ? ModelFiles.classpath() : ModelFiles.directory(b.models);
        this.maxLength = b.maxLength;
        // the models are independent: load them side by side, then wait for all
        ExecutorService pool = Executors.newFixedThreadPool(LOADING_THREADS, r -> {
            Thread t = new Thread(r, "iqtibos-model-loading");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletableFuture<LanguageDetector> detector = CompletableFuture.supplyAsync(
                    () -> clock.time("language detector (lang/)", () -> LanguageDetector.load(files)), pool);
            CompletableFuture<Pipeline> pipeline = Pipeline.load(files, b.speakerModel, pool, clock);
            this.normalizer = clock.time("normalizer (text/)", () -> TextNormalizer.load(files));
            this.segmenter = clock.time("segmenter (segment/)",
                    () -> new Segmenter(new HashSet<>(files.linesIfPresent("segment/abbreviations.txt"))));
            this.detector = detector.join();
            this.pipeline = pipeline.join();
            this.loadTimes = clock.snapshot();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new AnalysisException("cannot load iqtibos models: " + cause.getMessage(), cause);
        } catch (RuntimeException e) {
            throw new AnalysisException("cannot load iqtibos models: " + e.getMessage(), e);
        } finally {
            pool.shutdown();
        }
    }

    /** An analyzer with the packaged models and default settings. */
    public static ArticleAnalyzer create() {
        return builder().build();
    }

    /** A builder for an analyzer with other settings. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * How long each model took to load when this analyzer was built, longest first (models load side by side, so
     * the times overlap).
     */
    public Map<String, Duration> loadTimes() {
        return loadTimes;
    }

    /** The longest text this analyzer accepts. */
    public int maxLength() {
        return maxLength;
    }

    /**
     * Analyzes {@code text}, detecting its language and script.
     *
     * @throws NullPointerException     if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is longer than {@link #maxLength()}
     */
    public ArticleAnalysis analyze(String text) {
        return analyze(text, null, "text");
    }

    /**
     * Analyzes {@code text} written in {@code language} (the script is still detected: Uzbek has two).
     *
     * @throws NullPointerException     if {@code text} or {@code language} is null
     * @throws IllegalArgumentException if {@code text} is longer than {@link #maxLength()}
     */
    public ArticleAnalysis analyze(String text, Language language) {
        Objects.requireNonNull(language, "language");
        return analyze(text, language, "text");
    }

    /**
     * Like {@link #analyze(String)}, adding the time each stage takes to {@code times} (what {@code benchmark
     * --stages} prints); the clock is read only here.
     */
    public ArticleAnalysis analyzeTimed(String text, StageTimes times) {
        Objects.requireNonNull(times, "times");
        return analyze(text, null, "text", times);
    }

    private ArticleAnalysis analyze(String text, Language hint, String param) {
        return analyze(text, hint, param, null);
    }

    private ArticleAnalysis analyze(String text, Language hint, String param, StageTimes times) {
        Objects.requireNonNull(text, param);
        if (text.length() > maxLength) {
            throw new IllegalArgumentException("text has " + text.length() + " chars, more than the limit of " + maxLength
                    + "; raise it with ArticleAnalyzer.builder().maxLength(n)");
        }
        long t = StageTimes.start(times);
        NormalizedText norm = normalizer.normalize(text);
        t = StageTimes.lap(times, StageTimes.Stage.NORMALIZE, t);
        Script script = LanguageDetector.script(norm.text());
        Language language = hint != null ? hint : detector.language(norm.text(), script);
        t = StageTimes.lap(times, StageTimes.Stage.LANGUAGE, t);
        if (times != null) {
            times.countArticle();
        }
        if (text.isBlank()) {
            return ArticleAnalysis.empty(language, script);
        }
        SegmentedText seg = segmenter.segment(norm.text());
        StageTimes.lap(times, StageTimes.Stage.SEGMENT, t);
        Pipeline.Result r = pipeline.run(seg, language, script, false, times);
        t = StageTimes.start(times);
        ArticleAnalysis out = toOriginal(r, norm, language, script);
        StageTimes.lap(times, StageTimes.Stage.RESULT, t);
        return out;
    }

    /**
     * An analysis with the speakers the quote stage weighed for each of its quotes (spans in the caller's string).
     *
     * @param analysis what {@link #analyze(String, Language)} returns
     * @param choices  one per quote of the analysis, in the same order
     */
    public record Explained(ArticleAnalysis analysis, List<QuoteFinder.SpeakerChoice> choices) {
        public Explained {
            choices = List.copyOf(choices);
        }
    }

    /**
     * Analyzes {@code text} and tells which speakers each quote's attribution weighed, with their features: what
     * {@code train speakers} learns from. Same errors as {@link #analyze(String, Language)}.
     */
    public Explained explain(String text, Language language) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        if (text.length() > maxLength) {
            throw new IllegalArgumentException("text has " + text.length() + " chars, more than the limit of " + maxLength
                    + "; raise it with ArticleAnalyzer.builder().maxLength(n)");
        }
        NormalizedText norm = normalizer.normalize(text);
        Script script = LanguageDetector.script(norm.text());
        if (text.isBlank()) {
            return new Explained(ArticleAnalysis.empty(language, script), List.of());
        }
        Pipeline.Result r = pipeline.run(segmenter.segment(norm.text()), language, script, true, null);
        List<QuoteFinder.SpeakerChoice> choices = new ArrayList<>();
        for (QuoteFinder.SpeakerChoice c : r.choices()) {
            int[] span = norm.map().toOriginal(c.start(), c.end());
            choices.add(new QuoteFinder.SpeakerChoice(span[0], span[1], c.options(), c.features()));
        }
        return new Explained(toOriginal(r, norm, language, script), choices);
    }

    /**
     * Maps every span of the result from the normalized text back to the caller's string, and takes each mention's
     * text from there: a repaired {@code ASTANА} is reported as the caller wrote it.
     */
    /** The result in the original text's offsets, with only public knowledge-base ids ({@link KnowledgeBase#publicId}). */
    private static ArticleAnalysis toOriginal(Pipeline.Result r, NormalizedText norm, Language language, Script script) {
        OffsetMap map = norm.text().equals(norm.original()) ? null : norm.map();
        String original = norm.original();
        return new ArticleAnalysis(language, script,
                entities(r.persons(), map, original), entities(r.organizations(), map, original),
                entities(r.places(), map, original), map == null ? r.quotes() : quotes(r.quotes(), map, original));
    }

    private static List<Entity> entities(List<Entity> list, OffsetMap map, String original) {
        List<Entity> out = new ArrayList<>(list.size());
        for (Entity e : list) {
            List<Mention> mentions = e.mentions();
            if (map != null) {
                mentions = new ArrayList<>(e.mentions().size());
                for (Mention m : e.mentions()) {
                    mentions.add(mention(m, map, original));
                }
            }
            out.add(new Entity(e.id(), e.type(), e.name(), KnowledgeBase.publicId(e.kbId()), e.aliases(), e.role(), mentions));
        }
        return out;
    }

    private static Mention mention(Mention m, OffsetMap map, String original) {
        int[] s = map.toOriginal(m.start(), m.end());
        return Mention.of(original, s[0], s[1]);
    }

    private static List<Quote> quotes(List<Quote> list, OffsetMap map, String original) {
        List<Quote> out = new ArrayList<>(list.size());
        for (Quote q : list) {
            int[] s = map.toOriginal(q.start(), q.end());
            Mention cue = q.cue() == null ? null : mention(q.cue(), map, original);
            out.add(new Quote(original.substring(s[0], s[1]), s[0], s[1], q.type(), q.speakerId(), q.speaker(),
                    q.speakerRole(), cue));
        }
        return out;
    }

    /** Settings of an {@link ArticleAnalyzer}; {@link #build()} loads and checks every model. */
    public static final class Builder {
        private int maxLength = DEFAULT_MAX_LENGTH;
        private Path models;
        private boolean speakerModel = true;

        private Builder() {
        }

        /**
         * Whether a trained speaker model ({@code models/quote/speakers.bin.gz}) chooses among the speakers the rules
         * put forward (default true, where the file exists); false keeps the rules' pick, as {@code train speakers}
         * needs and as an ablation shows.
         */
        public Builder speakerModel(boolean use) {
            this.speakerModel = use;
            return this;
        }

        /** The longest text accepted (default 1,000,000 chars); longer texts are refused, not cut. */
        public Builder maxLength(int maxLength) {
            if (maxLength < 1) {
                throw new IllegalArgumentException("maxLength must be positive, was " + maxLength);
            }
            this.maxLength = maxLength;
            return this;
        }

        /** Read models from this directory (laid out like {@code models/}) instead of the packaged ones. */
        public Builder models(Path directory) {
            this.models = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /** Loads every model; fails here, naming the file, when one is missing or broken. */
        public ArticleAnalyzer build() {
            return new ArticleAnalyzer(this);
        }
    }
}
