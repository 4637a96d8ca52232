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
 * analyzes once the JVM is warm. Texts are read from the {@code text} field of each line.
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
}
