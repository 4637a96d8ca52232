package org.iqtibos.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.iqtibos.ArticleAnalyzer;
import org.iqtibos.result.ArticleAnalysis;
import org.junit.jupiter.api.Test;

/**
 * One analyzer shared by 8 threads, over real articles in shuffled order, answers as it does on one thread: batch
 * after batch for {@code iqtibos.threads.seconds} (the pom sets a minute), at least one batch.
 */
class ThreadsAgreeTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 4;

    @Test
    void eightThreadsGiveTheResultsOfOne() throws Exception {
        List<String> texts = texts();
        assertThat(texts).hasSizeGreaterThan(20);
        ArticleAnalyzer analyzer = ArticleAnalyzer.create();
        List<ArticleAnalysis> alone = new ArrayList<>();
        for (String t : texts) {
            alone.add(analyzer.analyze(t));
        }
        List<Integer> order = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            for (int i = 0; i < texts.size(); i++) {
                order.add(i);
            }
        }
        Random random = new Random(12);
        long until = System.nanoTime() + Long.getLong("iqtibos.threads.seconds", 0L) * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        int batches = 0;
        try {
            // shuffled batches of ROUNDS passes over the texts, until the time set by iqtibos.threads.seconds is up
            do {
                Collections.shuffle(order, random);
                List<Future<ArticleAnalysis>> results = new ArrayList<>();
                for (int i : order) {
                    results.add(pool.submit(() -> analyzer.analyze(texts.get(i))));
                }
                for (int k = 0; k < order.size(); k++) {
                    assertThat(results.get(k).get()).as("text %d", order.get(k)).isEqualTo(alone.get(order.get(k)));
                }
                batches++;
            } while (System.nanoTime() < until);
        } finally {
            pool.shutdownNow();
        }
        assertThat(batches).isPositive();
    }

    /** The examples, the gold dev articles when ../shared is there, and the first tune articles. */
    private static List<String> texts() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        Path dev = Path.of(System.getProperty("iqtibos.shared", "../shared"), "eval/gold/dev.jsonl");
        out.addAll(jsonlTexts(dev, Integer.MAX_VALUE));
        out.addAll(jsonlTexts(Path.of("eval/corpus/tune.jsonl"), 20));
        return out;
    }

    private static List<String> jsonlTexts(Path file, int max) throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && out.size() < max) {
                out.add(json.readTree(line).get("text").asText());
            }
        }
        return out;
    }
}
