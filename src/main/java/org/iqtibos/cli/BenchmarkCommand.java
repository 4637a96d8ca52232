package org.iqtibos.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.iqtibos.ArticleAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code benchmark IN.jsonl}: how long the analyzer takes to load, and how many articles per second one thread
 * analyzes once the JVM is warm. Texts are read from the {@code text} field of each line. With {@code --long}: how
 * the time grows with the length of one input, on long inputs made of those texts.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Measure load time and single-thread throughput over the texts of a JSON Lines file.")
public final class BenchmarkCommand implements Callable<Integer> {
    @Parameters(paramLabel = "IN", description = "JSON Lines with a \"text\" field per line.")
    Path in;

    @Option(names = "--models", paramLabel = "DIR", description = "Read models from DIR instead of the packaged ones.")
    Path models;

    @Option(names = "--warmup", description = "Rounds over all texts before measuring (default ${DEFAULT-VALUE}).")
    int warmup = 5;

    @Option(names = "--rounds", description = "Measured rounds over all texts (default ${DEFAULT-VALUE}).")
    int rounds = 20;

    @Option(names = "--long", description = "Instead time single long inputs made of the texts: joined to 100k and 1M chars,"
            + " 10M chars without punctuation, one word of 1M letters, 100k dashes (best of --rounds, default 3 here).")
    boolean longInputs;

    @Override
    public Integer call() throws IOException {
        List<String> texts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(in, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode t = json.readTree(line).get("text");
                if (t != null && t.isTextual()) {
                    texts.add(t.asText());
                }
            }
        }
        if (texts.isEmpty()) {
            System.err.println("no texts in " + in);
            return 1;
        }
        if (longInputs) {
            return longInputs(texts);
        }
        long t0 = System.nanoTime();
        ArticleAnalyzer analyzer = models == null ? ArticleAnalyzer.create() : ArticleAnalyzer.builder().models(models).build();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        int sink = 0;
        for (int r = 0; r < warmup; r++) {
            for (String t : texts) {
                sink += analyzer.analyze(t).quotes().size();
            }
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        long t1 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (String t : texts) {
                sink += analyzer.analyze(t).quotes().size();
            }
        }
        double s = (System.nanoTime() - t1) / 1e9;
        double articles = (double) texts.size() * rounds;
        System.out.printf("load: %.0f ms%n", loadMs);
        System.out.printf("throughput (1 thread, %d texts x %d rounds after %d warm-up rounds): %.0f articles/s, %.2f ms/article, %.0f kchars/s%n",
                texts.size(), rounds, warmup, articles / s, 1000 * s / articles, chars * rounds / s / 1000);
        System.out.printf("(checksum %d)%n", sink);
        return 0;
    }

    private static final int LONGEST = 10_000_000;

    private int longInputs(List<String> texts) {
        ArticleAnalyzer.Builder b = ArticleAnalyzer.builder().maxLength(LONGEST);
        ArticleAnalyzer analyzer = (models == null ? b : b.models(models)).build();
        String joined100k = joined(texts, 100_000);
        String joined1m = joined(texts, 1_000_000);
        StringBuilder noPunctuation = new StringBuilder(LONGEST);
        StringBuilder word = new StringBuilder(1_000_000);
        while (noPunctuation.length() < LONGEST) {
            for (int i = 0; i < joined1m.length() && noPunctuation.length() < LONGEST; i++) {
                char c = joined1m.charAt(i);
                noPunctuation.append(Character.isLetterOrDigit(c) || c == ' ' ? c : ' ');
                if (Character.isLetter(c) && word.length() < 1_000_000) {
                    word.append(c);
                }
            }
        }
        List<String> names = List.of("real text, 100k chars", "real text, 1M chars", "10M chars without punctuation",
                "one word of 1M letters", "100k dashes");
        List<String> inputs = List.of(joined100k, joined1m, noPunctuation.toString(), word.toString(), "—".repeat(100_000));
        int n = rounds == 20 ? 3 : Math.max(1, rounds);
        for (int r = 0; r < Math.max(1, Math.min(warmup, 2)); r++) {
            analyzer.analyze(joined100k); // warm-up
        }
        double[] best = new double[inputs.size()];
        for (int k = 0; k < inputs.size(); k++) {
            best[k] = Double.MAX_VALUE;
            for (int r = 0; r < n; r++) {
                long t = System.nanoTime();
                int found = analyzer.analyze(inputs.get(k)).quotes().size();
                best[k] = Math.min(best[k], (System.nanoTime() - t) / 1e9);
                if (r == n - 1) {
                    System.out.printf("%-32s %,11d chars  %7.2f s  (%d quotes)%n", names.get(k), inputs.get(k).length(),
                            best[k], found);
                }
            }
        }
        System.out.printf("1M / 100k chars: %.1fx the time for 10x the text (best of %d runs each)%n", best[1] / best[0], n);
        return 0;
    }

    /** The texts one after another, a blank line between, repeated as needed, cut to {@code length} chars. */
    static String joined(List<String> texts, int length) {
        StringBuilder sb = new StringBuilder(length + 100_000);
        while (sb.length() < length) {
            for (String t : texts) {
                sb.append(t).append("\n\n");
                if (sb.length() >= length) {
                    break;
                }
            }
        }
        return sb.substring(0, length);
    }
}
