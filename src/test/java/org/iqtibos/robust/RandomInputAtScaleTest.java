package org.iqtibos.robust;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.iqtibos.ArticleAnalyzer;
import org.iqtibos.Language;
import org.iqtibos.result.ArticleAnalysis;
import org.iqtibos.result.Entity;
import org.iqtibos.result.Mention;
import org.iqtibos.result.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Many generated hostile inputs ({@link HostileText}; {@code -Diqtibos.random.count=N}, 100,000 by default, 1,000,000
 * with {@code -P long}; {@code -Diqtibos.random.seed=S} to change the inputs): every span inside the text and on
 * code-point boundaries, every mention and quote text the substring it claims, the same result twice, and no
 * exception. A failure names the input's seed and prints it escaped, so {@code HostileText.of(seed)} replays it.
 */
class RandomInputAtScaleTest {
    private static final long SEED = Long.getLong("iqtibos.random.seed", 20261201L);
    private static final int COUNT = Integer.getInteger("iqtibos.random.count", 100_000);
    private static final Language[] HINTS = {null, Language.UZ, Language.KK, Language.KY, Language.RU, Language.EN};
    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = ArticleAnalyzer.create();
    }

    @Test
    void everyGeneratedInputGetsAnHonestAnswer() throws Exception {
        // split over the cores: the analyzer is shared, as callers share it
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int from = (int) ((long) COUNT * t / threads);
                int to = (int) ((long) COUNT * (t + 1) / threads);
                parts.add(pool.submit(() -> run(from, to)));
            }
            for (Future<?> f : parts) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof AssertionError a ? a : new AssertionError(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void run(int from, int to) {
        for (int i = from; i < to; i++) {
            long seed = SEED + i;
            String text = HostileText.of(seed);
            Language hint = HINTS[i % HINTS.length];
            try {
                ArticleAnalysis a = hint == null ? analyzer.analyze(text) : analyzer.analyze(text, hint);
                check(text, a);
                ArticleAnalysis again = hint == null ? analyzer.analyze(text) : analyzer.analyze(text, hint);
                if (!again.equals(a)) {
                    throw new AssertionError("a second run differs:\n" + a + "\n" + again);
                }
            } catch (Throwable e) {
                throw new AssertionError("input of seed " + seed + " (language hint " + hint + "): \""
                        + HostileText.escape(text) + "\"", e);
            }
        }
    }

    /** Every span of {@code a} indexes {@code text} on code-point boundaries and holds what it claims. */
    static void check(String text, ArticleAnalysis a) {
        for (List<Entity> list : List.of(a.persons(), a.organizations(), a.places())) {
            for (Entity e : list) {
                if (e.mentions().isEmpty()) {
                    throw new AssertionError("entity without mentions: " + e);
                }
                for (Mention m : e.mentions()) {
                    span(text, m.start(), m.end(), m.text(), "mention");
                }
            }
        }
        for (Quote q : a.quotes()) {
            span(text, q.start(), q.end(), q.text(), "quote");
            if (q.cue() != null) {
                span(text, q.cue().start(), q.cue().end(), q.cue().text(), "cue");
            }
            if (q.speakerId() != null && a.entity(q.speakerId()).isEmpty()) {
                throw new AssertionError("quote speaker " + q.speakerId() + " is no entity of the result");
            }
        }
    }

    private static void span(String text, int start, int end, String claimed, String what) {
        if (start < 0 || end <= start || end > text.length()) {
            throw new AssertionError(what + " span [" + start + ", " + end + ") outside a text of " + text.length());
        }
        if (splitsPair(text, start) || splitsPair(text, end)) {
            throw new AssertionError(what + " span [" + start + ", " + end + ") splits a surrogate pair");
        }
        if (!text.substring(start, end).equals(claimed)) {
            throw new AssertionError(what + " [" + start + ", " + end + ") claims '" + claimed + "' but the text has '"
                    + text.substring(start, end) + "'");
        }
    }

    private static boolean splitsPair(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }
}
