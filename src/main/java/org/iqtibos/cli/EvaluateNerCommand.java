package org.iqtibos.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.iqtibos.Language;
import org.iqtibos.internal.ner.StatisticalNameFinder;
import org.iqtibos.internal.train.ArticleMentionProbe;
import org.iqtibos.internal.train.ConllCorpus;
import org.iqtibos.internal.train.NerEvaluation;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code evaluate ner --lang L --conll TEST}: span P/R/F1 per type and overall on a CoNLL test file; or, with
 * {@code --articles GOLD.jsonl}, the finder alone over gold articles (found spans against the gold mention strings).
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Precision, recall and F1 of the statistical name finder per type.")
public final class EvaluateNerCommand implements Callable<Integer> {
    @Option(names = "--lang", required = true, description = "kk, ru, en or uz")
    String lang;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    static final class Input {
        @Option(names = "--conll", description = "CoNLL test file")
        Path conll;

        @Option(names = "--articles", description = "gold articles (eval/gold/dev.jsonl); only those of --article-lang are read")
        Path articles;
    }

    @Option(names = "--article-lang", description = "the gold 'lang' to read from --articles (default: LANG; e.g. uz-Cyrl)")
    String articleLang;

    @Option(names = "--errors", description = "with --articles: list missed and spurious names")
    boolean errors;

    @Mixin
    ModelsOption models;

    @Mixin
    ConsistencyOption consistency;

    @Override
    public Integer call() {
        Language language = Language.fromCode(lang);
        StatisticalNameFinder finder = consistency.apply(models.nameFinder(language));
        if (input.conll != null) {
            ConllCorpus corpus = ConllCorpus.read(input.conll);
            System.out.println(NerEvaluation.score(finder, corpus, NerEvaluation.scriptOf(corpus)).report());
        } else {
            ArticleMentionProbe probe = ArticleMentionProbe.read(input.articles, articleLang != null ? articleLang : lang);
            System.out.println(probe.run(finder, errors));
        }
        return 0;
    }
}
