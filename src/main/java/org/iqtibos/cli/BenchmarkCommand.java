package org.iqtibos.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.iqtibos.ArticleAnalyzer;
import org.iqtibos.StageTimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code benchmark [IN...]}: how long the analyzer takes to load (each model, and the heap it then holds), how many
 * articles per second it analyzes on one thread and on several once the JVM is warm, optionally the time of each
 * stage, and the same English news side by side with plain OpenNLP NER. Inputs: JSON Lines files (the {@code text}
 * of each line), {@code .txt} files and directories of them; without any, the fixed mix {@code examples/},
 * {@code ../shared/eval/gold/dev.jsonl} and {@code eval/corpus/tune.jsonl}. With {@code --long}: how the time grows
 * with the length of one input, on long inputs made of those texts.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Measure load time, heap, throughput on 1 and N threads, stage times, and plain OpenNLP NER beside it.")
public final class BenchmarkCommand implements Callable<Integer> {
    /** The fixed mix measured when no input is given. */
    static final List<String> MIX = List.of("examples", "../shared/eval/gold/dev.jsonl", "eval/corpus/tune.jsonl");

    @Parameters(paramLabel = "IN", arity = "0..*",
            description = "JSON Lines with a \"text\" field per line, .txt files or directories of them (default: the mix "
                    + "examples/, ../shared/eval/gold/dev.jsonl, eval/corpus/tune.jsonl).")
    List<Path> in = new ArrayList<>();

    @Option(names = "--models", paramLabel = "DIR", description = "Read models from DIR instead of the packaged ones.")
    Path models;

    @Option(names = "--warmup", description = "Rounds over all texts before measuring (default ${DEFAULT-VALUE}).")
    int warmup = 5;

    @Option(names = "--rounds", description = "Measured rounds over all texts (default ${DEFAULT-VALUE}).")
    int rounds = 20;

    @Option(names = "--threads", description = "Also measure on this many threads sharing one analyzer (default: all cores, ${DEFAULT-VALUE}; 1: one thread only).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--stages", description = "Also time each stage (normalize, language, segment, ner, link, quote, result) in a separate pass.")
    boolean stages;

    @Option(names = "--baseline", paramLabel = "DIR", description = "CoNLL-2003 English folder (train.conll, original/test.txt) for the "
            + "plain OpenNLP side-by-side (default ${DEFAULT-VALUE}; skipped when absent).")
    Path baseline = Path.of("../shared/corpora/conll2003-en");

    @Option(names = "--no-baseline", description = "Skip the plain OpenNLP side-by-side.")
    boolean noBaseline;

    @Option(names = "--baseline-model", paramLabel = "FILE", description = "Where the trained baseline model is cached (default ${DEFAULT-VALUE}).")
    Path baselineModel = Path.of("target/baseline/conll2003-en-opennlp-ner.bin");

    @Option(names = "--baseline-rounds", description = "Measured rounds over the CoNLL test documents, each tool in turn (default ${DEFAULT-VALUE}).")
    int baselineRounds = 5;

    @Option(names = "--long", description = "Instead time single long inputs made of the texts: joined to 100k and 1M chars,"
            + " 10M chars without punctuation, one word of 1M letters, 100k dashes (best of --rounds, default 3 here).")
    boolean longInputs;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (rounds < 1 || warmup < 0 || threads < 1 || baselineRounds < 1) {
            throw new IllegalArgumentException("--rounds, --threads and --baseline-rounds must be at least 1, --warmup at least 0");
        }
        List<Path> inputs = in.isEmpty() ? MIX.stream().map(Path::of).filter(Files::exists).toList() : in;
        List<String> texts = new ArrayList<>();
        StringBuilder from = new StringBuilder();
        for (Path p : inputs) {
            List<String> t = texts(p);
            texts.addAll(t);
            from.append(from.length() == 0 ? "" : ", ").append(p).append(' ').append(t.size());
        }
        if (texts.isEmpty()) {
            System.err.println("no texts in " + (inputs.isEmpty() ? "the default mix " + MIX : inputs));
            return 1;
        }
        if (longInputs) {
            return longInputs(texts);
        }
        long t0 = System.nanoTime();
        long cpu0 = cpuNanos();
        ArticleAnalyzer analyzer = models == null ? ArticleAnalyzer.create() : ArticleAnalyzer.builder().models(models).build();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        double loadCpuMs = (cpuNanos() - cpu0) / 1e6;
        long heap = heapAfterGc();
        long chars = texts.stream().mapToLong(String::length).sum();
        System.out.printf("texts: %d (%s), %,d chars%n", texts.size(), from, chars);
        System.out.printf("load: %.0f ms, %.0f ms CPU (create(), models side by side on %d threads)%n", loadMs, loadCpuMs,
                Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors())));
        analyzer.loadTimes().forEach((what, d) -> System.out.printf("  %-48s %6d ms%n", what, d.toMillis()));
        System.out.printf("heap after load (after GC): %.0f MB%n", heap / 1e6);
        int sink = 0;
        for (int r = 0; r < warmup; r++) {
            for (String t : texts) {
                sink += analyzer.analyze(t).quotes().size();
            }
        }
        long t1 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (String t : texts) {
                sink += analyzer.analyze(t).quotes().size();
            }
        }
        double s = (System.nanoTime() - t1) / 1e9;
        double articles = (double) texts.size() * rounds;
        double oneThread = articles / s;
        System.out.printf("1 thread: %.0f articles/s, %.2f ms/article, %.0f kchars/s (%d rounds after %d warm-up rounds)%n",
                oneThread, 1000 * s / articles, chars * rounds / s / 1000, rounds, warmup);
        if (threads > 1) {
            parallel(analyzer, texts, 1); // warm-up of the other threads
            double ps = parallel(analyzer, texts, rounds);
            System.out.printf("%d threads: %.0f articles/s, %.0f kchars/s (%.2fx one thread)%n", threads, articles / ps,
                    chars * rounds / ps / 1000, articles / ps / oneThread);
        }
        if (stages) {
            StageTimes times = new StageTimes();
            for (int r = 0; r < rounds; r++) {
                for (String t : texts) {
                    sink += analyzer.analyzeTimed(t, times).quotes().size();
                }
            }
            long total = times.asMap().values().stream().mapToLong(Long::longValue).sum();
            StringBuilder sb = new StringBuilder("stages (1 thread, clocks on; ms/article, share):");
            times.asMap().forEach((stage, ns) -> sb.append(String.format("  %s %.3f (%.0f%%)", stage.name().toLowerCase(Locale.ROOT),
                    ns / 1e6 / times.articles(), 100.0 * ns / total)));
            System.out.println(sb);
        }
        if (!noBaseline) {
            sink += baseline(analyzer);
        }
        System.out.printf("(checksum %d)%n", sink);
        return 0;
    }

    /** The texts of one input: a JSON Lines file's {@code text} fields, a {@code .txt} file, a directory's {@code *.txt}. */
    public static List<String> texts(Path p) throws IOException {
        List<String> out = new ArrayList<>();
        if (Files.isDirectory(p)) {
            try (var files = Files.list(p)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    out.add(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
            return out;
        }
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException("no such file: " + p);
        }
        if (p.toString().endsWith(".txt")) {
            return List.of(Files.readString(p, StandardCharsets.UTF_8));
        }
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode t = json.readTree(line).get("text");
                if (t != null && t.isTextual()) {
                    out.add(t.asText());
                }
            }
        }
        return out;
    }

    /** Bytes of heap in use after the collector has run (what the loaded models hold). */
    private static long heapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Seconds {@link #threads} threads sharing {@code analyzer} take for {@code rounds} rounds over the texts. */
    private double parallel(ArticleAnalyzer analyzer, List<String> texts, int rounds) throws InterruptedException {
        int total = texts.size() * rounds;
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int k = 0; k < threads; k++) {
                done.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < total; ) {
                        analyzer.analyze(texts.get(i % texts.size()));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis failed on a benchmark thread", e.getCause());
        } finally {
            pool.shutdown();
        }
        return (System.nanoTime() - t) / 1e9;
    }

    /**
     * English news side by side, one thread, same JVM: plain OpenNLP NER (trained once on the CoNLL training file and
     * cached) against the full analysis, over the CoNLL-2003 test documents, each tool's rounds taken in turn.
     */
    private int baseline(ArticleAnalyzer analyzer) throws IOException {
        Path train = baseline.resolve("train.conll");
        Path test = baseline.resolve("original/test.txt");
        if (!Files.isRegularFile(train) || !Files.isRegularFile(test)) {
            System.out.println("baseline: skipped (no " + train + " or " + test + ")");
            return 0;
        }
        boolean cached = Files.isRegularFile(baselineModel);
        long t0 = System.nanoTime();
        OpenNlpBaseline opennlp = new OpenNlpBaseline(OpenNlpBaseline.model(train, baselineModel));
        System.out.printf("baseline model: %s %s (%.1f s)%n", cached ? "read from" : "trained on " + train + " with OpenNLP's defaults, cached in",
                baselineModel, (System.nanoTime() - t0) / 1e9);
        List<String> docs = OpenNlpBaseline.documents(test);
        long chars = docs.stream().mapToLong(String::length).sum();
        int sink = 0;
        for (int r = 0; r < 2; r++) { // warm-up
            for (String d : docs) {
                sink += opennlp.names(d) + analyzer.analyze(d).persons().size();
            }
        }
        long base = 0;
        long full = 0;
        for (int r = 0; r < baselineRounds; r++) {
            long t = System.nanoTime();
            for (String d : docs) {
                sink += opennlp.names(d);
            }
            base += System.nanoTime() - t;
            t = System.nanoTime();
            for (String d : docs) {
                sink += analyzer.analyze(d).persons().size();
            }
            full += System.nanoTime() - t;
        }
        double n = (double) docs.size() * baselineRounds;
        System.out.printf("baseline, %d CoNLL-2003 English test documents (%,d chars), 1 thread, %d rounds each in turn:%n",
                docs.size(), chars, baselineRounds);
        System.out.printf("  plain OpenNLP NER (SimpleTokenizer + NameFinderME): %.0f docs/s, %.0f kchars/s%n",
                n / (base / 1e9), chars * baselineRounds / (base / 1e9) / 1000);
        System.out.printf("  iqtibos full analysis:                              %.0f docs/s, %.0f kchars/s%n",
                n / (full / 1e9), chars * baselineRounds / (full / 1e9) / 1000);
        System.out.printf("  ratio full analysis / OpenNLP NER: %.2fx%n", (double) base / full);
        return sink;
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
            double bestCpu = Double.MAX_VALUE;
            for (int r = 0; r < n; r++) {
                long t = System.nanoTime();
                long cpu = cpuNanos();
                int found = analyzer.analyze(inputs.get(k)).quotes().size();
                best[k] = Math.min(best[k], (System.nanoTime() - t) / 1e9);
                bestCpu = Math.min(bestCpu, (cpuNanos() - cpu) / 1e9);
                if (r == n - 1) {
                    System.out.printf("%-32s %,11d chars  %7.2f s  %7.2f s CPU  (%d quotes)%n", names.get(k),
                            inputs.get(k).length(), best[k], bestCpu, found);
                }
            }
        }
        System.out.printf("1M / 100k chars: %.1fx the time for 10x the text (best of %d runs each)%n", best[1] / best[0], n);
        return 0;
    }

    /**
     * CPU time of this process so far, all threads (JIT and GC included), in ns; on a machine shared with other work
     * it shows what the wall clock cannot.
     */
    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
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
