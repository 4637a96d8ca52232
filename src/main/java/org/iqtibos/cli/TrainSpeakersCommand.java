package org.iqtibos.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.iqtibos.ArticleAnalyzer;
import org.iqtibos.internal.quote.SpeakerRanker;
import org.iqtibos.internal.train.SpeakerExamples;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code train speakers}: trains the speaker model ({@code models/quote/speakers.bin.gz}) on annotated articles. It
 * first cross-validates over K folds of articles: per reason the rules give for their pick (a name, a pronoun, the
 * person in focus …), how often the model and the rules pick the gold speaker on articles held out of training. The
 * model then decides only the quotes of the reasons where it was right at least {@link #MARGIN} times more often
 * than the rules ({@code models/quote/speakers-reasons.txt}); with no such reason no model is written, and the rules
 * decide everything.
 */
@Command(name = "speakers", mixinStandardHelpOptions = true,
        description = "Train the speaker model on gold articles into OUT/quote/speakers.bin.gz.")
public final class TrainSpeakersCommand implements Callable<Integer> {
    @Option(names = "--gold", defaultValue = "eval/corpus/tune.jsonl",
            description = "annotated articles to learn from (default: ${DEFAULT-VALUE}); never the test split")
    Path gold;

    @Option(names = "--out", defaultValue = "models", description = "models directory (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--folds", defaultValue = "5", description = "folds of articles to cross-validate over (default: ${DEFAULT-VALUE})")
    int folds;

    /** How many more held-out quotes the model must get right than the rules for it to decide a reason's quotes. */
    static final int MARGIN = 5;

    @Option(names = "--iterations", defaultValue = "100", description = "GIS iterations (default: ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "2", description = "least count of a feature (default: ${DEFAULT-VALUE})")
    int cutoff;

    @Option(names = "--errors", description = "print the features of the rules' pick and of the gold speaker where they differ")
    boolean errors;

    @Override
    public Integer call() throws IOException {
        ArticleAnalyzer rules = ArticleAnalyzer.builder().models(out).speakerModel(false).build();
        List<SpeakerExamples.Article> articles = SpeakerExamples.read(gold, rules);
        if (errors) {
            for (SpeakerExamples.Article a : articles) {
                for (int j = 0; j < a.examples().size(); j++) {
                    SpeakerRanker.Example e = a.examples().get(j);
                    if (!a.ruleRight().get(j)) {
                        System.out.println(a.id() + " gold " + e.options().get(e.answer()));
                        System.out.println(a.id() + " rule " + e.options().get(ruleIndex(e)));
                    }
                }
            }
        }
        if (folds < 2) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--folds must be 2 or more");
        }
        java.util.Map<String, int[]> byReason = new java.util.TreeMap<>();
        {
            int right = 0;
            int ruleRight = 0;
            int n = 0;
            for (int k = 0; k < folds; k++) {
                List<SpeakerRanker.Example> train = new ArrayList<>();
                for (int i = 0; i < articles.size(); i++) {
                    if (i % folds != k) {
                        train.addAll(articles.get(i).examples());
                    }
                }
                SpeakerRanker ranker = SpeakerRanker.train(train, iterations, cutoff);
                for (int i = k; i < articles.size(); i += folds) {
                    SpeakerExamples.Article a = articles.get(i);
                    for (int j = 0; j < a.examples().size(); j++) {
                        SpeakerRanker.Example e = a.examples().get(j);
                        boolean model = ranker.best(e.options()) == e.answer();
                        boolean rule = a.ruleRight().get(j);
                        right += model ? 1 : 0;
                        ruleRight += rule ? 1 : 0;
                        n++;
                        int[] t = byReason.computeIfAbsent(SpeakerRanker.ruleReason(e.options()), r -> new int[3]);
                        t[0] += model ? 1 : 0;
                        t[1] += rule ? 1 : 0;
                        t[2]++;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "CROSS-VALIDATED folds=%d quotes=%d model=%.3f rules=%.3f%n", folds, n,
                    (double) right / n, (double) ruleRight / n);
        }
        List<String> decided = new ArrayList<>();
        byReason.forEach((reason, t) -> {
            boolean model = t[0] - t[1] >= MARGIN;
            if (model) {
                decided.add(reason);
            }
            System.out.printf(Locale.ROOT, "  %-12s quotes=%4d model=%.3f rules=%.3f%s%n", reason.isEmpty() ? "-" : reason,
                    t[2], (double) t[0] / t[2], (double) t[1] / t[2], model ? "  (model decides)" : "");
        });
        Path target = out.resolve(SpeakerRanker.PATH);
        Path reasons = out.resolve(SpeakerRanker.REASONS_PATH);
        if (decided.isEmpty()) {
            Files.deleteIfExists(target);
            Files.deleteIfExists(reasons);
            System.out.println("NO MODEL: for no reason was the model " + MARGIN + " held-out quotes better than the rules; "
                    + target + " removed");
            return 0;
        }
        List<SpeakerRanker.Example> all = new ArrayList<>();
        articles.forEach(a -> all.addAll(a.examples()));
        SpeakerRanker ranker = SpeakerRanker.train(all, iterations, cutoff);
        try (OutputStream os = Files.newOutputStream(target)) {
            ranker.write(os);
        }
        Files.write(reasons, decided);
        System.out.printf(Locale.ROOT, "TRAINED articles=%d quotes=%d bytes=%d model=%s decides=%s%n", articles.size(),
                all.size(), Files.size(target), target, decided);
        return 0;
    }

    private static int ruleIndex(SpeakerRanker.Example e) {
        for (int i = 0; i < e.options().size(); i++) {
            if (e.options().get(i).contains("rule=true")) {
                return i;
            }
        }
        return 0;
    }
}
