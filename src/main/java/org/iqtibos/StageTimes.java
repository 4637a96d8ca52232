package org.iqtibos;

import java.util.EnumMap;
import java.util.Map;

/**
 * Time spent in each stage of the analysis, summed over the calls of {@link ArticleAnalyzer#analyzeTimed(String,
 * StageTimes)} that were given this object. Only those calls read the clock: a plain {@code analyze} pays nothing.
 *
 * <p>Not thread-safe: one per thread, {@link #add} them afterwards.
 */
public final class StageTimes {
    /** The stages, in the order they run. */
    public enum Stage {
        /** NFC, confusable repair and the offset map. */
        NORMALIZE,
        /** Script and language. */
        LANGUAGE,
        /** Paragraphs, sentences, tokens. */
        SEGMENT,
        /** Mention finders and their merging. */
        NER,
        /** Clustering, knowledge base, English names. */
        LINK,
        /** Quotes and speakers. */
        QUOTE,
        /** Roles and offsets back to the caller's string. */
        RESULT
    }

    private final long[] nanos = new long[Stage.values().length];
    private long articles;

    /** The clock to time from, or 0 when {@code times} is null (then no clock is read). */
    static long start(StageTimes times) {
        return times == null ? 0 : System.nanoTime();
    }

    /** Adds the time since {@code since} to {@code stage} of {@code times} and returns now; nothing when null. */
    static long lap(StageTimes times, Stage stage, long since) {
        if (times == null) {
            return 0;
        }
        long now = System.nanoTime();
        times.nanos[stage.ordinal()] += now - since;
        return now;
    }

    void countArticle() {
        articles++;
    }

    /** Adds another's times to these. */
    public void add(StageTimes other) {
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] += other.nanos[i];
        }
        articles += other.articles;
    }

    /** The articles timed. */
    public long articles() {
        return articles;
    }

    /** Nanoseconds spent in {@code stage}. */
    public long nanos(Stage stage) {
        return nanos[stage.ordinal()];
    }

    /** Nanoseconds per stage, in stage order. */
    public Map<Stage, Long> asMap() {
        Map<Stage, Long> out = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            out.put(s, nanos[s.ordinal()]);
        }
        return out;
    }
}
