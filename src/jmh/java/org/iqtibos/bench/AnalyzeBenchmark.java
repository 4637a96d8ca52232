package org.iqtibos.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.iqtibos.ArticleAnalyzer;
import org.iqtibos.cli.BenchmarkCommand;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH view of what {@code benchmark} measures: one pass over the fixed mix (the examples, the dev gold texts, the
 * tune texts) on one thread and on two sharing one analyzer, and {@code create()} itself. Run from the project
 * folder: {@code mvn -B -P benchmarks test-compile exec:exec}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AnalyzeBenchmark {
    private ArticleAnalyzer analyzer;
    private List<String> texts;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        analyzer = ArticleAnalyzer.create();
        texts = new ArrayList<>();
        for (String p : List.of("examples", "../shared/eval/gold/dev.jsonl", "eval/corpus/tune.jsonl")) {
            if (Files.exists(Path.of(p))) {
                texts.addAll(BenchmarkCommand.texts(Path.of(p)));
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("no texts: run from the project folder");
        }
    }

    /** Time for one pass over the mix; articles/s = mix size / this. */
    @Benchmark
    public void mixOneThread(Blackhole out) {
        for (String t : texts) {
            out.consume(analyzer.analyze(t));
        }
    }

    /** The same on two threads sharing the analyzer (each does a whole pass). */
    @Benchmark
    @Threads(2)
    public void mixTwoThreads(Blackhole out) {
        for (String t : texts) {
            out.consume(analyzer.analyze(t));
        }
    }

    /** Loading every model. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ArticleAnalyzer create() {
        return ArticleAnalyzer.create();
    }
}
