package org.iqtibos.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.iqtibos.Language;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.internal.ner.StatisticalNameFinder;
import org.iqtibos.internal.train.ConllCorpus;
import org.iqtibos.internal.train.NerEvaluation;
import org.iqtibos.internal.train.NerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code train ner --lang L}: rebuilds {@code models/ner/L.bin} from the corpora listed in models/ner/corpora.tsv. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Train the name finder of one language into OUT/ner/LANG.bin.")
public final class TrainNerCommand implements Callable<Integer> {
    @Option(names = "--lang", required = true, description = "kk, ru, en or uz")
    String lang;

    @Option(names = "--corpora", defaultValue = "../shared/corpora", description = "corpora directory (default: ${DEFAULT-VALUE})")
    Path corpora;

    @Option(names = "--out", defaultValue = "models", description = "models directory: reads ner/*.xml|tsv|properties, writes ner/LANG.bin (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--features", description = "feature descriptor instead of OUT/ner/features.xml (for ablations)")
    Path features;

    @Option(names = "--model", description = "write the model here instead of OUT/ner/LANG.bin")
    Path model;

    @Option(names = "--test", description = "CoNLL files to score the new model on (repeatable)")
    List<Path> tests = new ArrayList<>();

    @Option(names = "--holdout", defaultValue = "0",
            description = "hold out every K-th training sentence and score the model on them (feature selection without the test files)")
    int holdout;

    @Override
    public Integer call() throws IOException {
        Language language = Language.fromCode(lang);
        NerTrainer trainer = new NerTrainer(ModelFiles.directory(out), corpora);
        List<ConllCorpus.ConllSentence> all = trainer.trainingSentences(language);
        List<ConllCorpus.ConllSentence> train = new ArrayList<>();
        List<ConllCorpus.ConllSentence> held = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            (holdout > 1 && i % holdout == 0 ? held : train).add(all.get(i));
        }
        NerTrainer.Outcome outcome = trainer.train(language, features == null ? null : Files.readAllBytes(features), train);
        Path target = model != null ? model : out.resolve(StatisticalNameFinder.modelPath(language));
        NerTrainer.write(outcome.model(), target);
        System.out.printf(Locale.ROOT, "TRAINED lang=%s sentences=%d seconds=%.1f bytes=%d model=%s%n", language.code(),
                outcome.sentences(), outcome.millis() / 1000.0, Files.size(target), target);
        StatisticalNameFinder finder = StatisticalNameFinder.of(outcome.model());
        if (!held.isEmpty()) {
            ConllCorpus corpus = ConllCorpus.of(held);
            System.out.println("== held out: every " + holdout + "th training sentence (" + held.size() + ")");
            System.out.println(NerEvaluation.score(finder, corpus, NerEvaluation.scriptOf(corpus)).report());
        }
        for (Path test : tests) {
            ConllCorpus corpus = ConllCorpus.read(test);
            System.out.println("== " + test);
            System.out.println(NerEvaluation.score(finder, corpus, NerEvaluation.scriptOf(corpus)).report());
        }
        return 0;
    }
}
