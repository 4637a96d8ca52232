package org.iqtibos.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.iqtibos.internal.train.FrequentWordBuilder;
import org.iqtibos.internal.train.GivenNameBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code train names}: rebuilds the given-name lexicon and the frequent-word list under {@code models/ner/names/}. */
@Command(name = "names", mixinStandardHelpOptions = true,
        description = "Rebuild models/ner/names/ (given names, frequent words) from ../shared/corpora and the tune articles.")
public final class TrainNamesCommand implements Callable<Integer> {
    @Option(names = "--corpora", description = "folder holding nerel, factruEval2016, kaznerd, conll2003-en, gaz-politicians (default: ${DEFAULT-VALUE})")
    Path corpora = Path.of("../shared/corpora");

    @Option(names = "--tune", description = "the project's tune articles, read for Uzbek and Kyrgyz frequent words (default: ${DEFAULT-VALUE})")
    Path tune = Path.of("eval/corpus/tune.jsonl");

    @Option(names = "--out", description = "the models folder to write into; its kb/curated/persons.tsv is read (default: ${DEFAULT-VALUE})")
    Path out = Path.of("models");

    @Override
    public Integer call() {
        if (!Files.isDirectory(corpora.resolve("nerel"))) {
            throw new IllegalArgumentException("--corpora: no nerel under " + corpora.toAbsolutePath());
        }
        int n = new GivenNameBuilder(corpora, out).build();
        System.out.printf("wrote %s: %d given names%n", out.resolve(GivenNameBuilder.PATH), n);
        int w = new FrequentWordBuilder(corpora, tune, out).build();
        System.out.printf("wrote %s: %d frequent words%n", out.resolve(FrequentWordBuilder.PATH), w);
        return 0;
    }
}
