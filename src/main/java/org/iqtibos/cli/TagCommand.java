package org.iqtibos.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import opennlp.tools.util.Span;
import org.iqtibos.Language;
import org.iqtibos.internal.ner.StatisticalNameFinder;
import org.iqtibos.internal.train.ConllCorpus;
import org.iqtibos.internal.train.NerEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tag --lang L --conll IN}: prints IN's lines with the predicted BIO tag appended as the last column, blank
 * lines between sentences, so that conll_score.py IN OUT scores it.
 */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = "Tag a CoNLL file with the statistical name finder; prints its lines plus a BIO column.")
public final class TagCommand implements Callable<Integer> {
    @Option(names = "--lang", required = true, description = "kk, ru, en or uz")
    String lang;

    @Option(names = "--conll", required = true, description = "CoNLL file: token in the first column, blank lines between sentences")
    Path conll;

    @Mixin
    ModelsOption models;

    @Mixin
    ConsistencyOption consistency;

    @Override
    public Integer call() throws IOException {
        StatisticalNameFinder finder = consistency.apply(models.nameFinder(Language.fromCode(lang)));
        ConllCorpus corpus = ConllCorpus.read(conll);
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        write(corpus, NerEvaluation.tag(finder, corpus, NerEvaluation.scriptOf(corpus)), out);
        out.flush();
        return 0;
    }

    /** Writes every sentence's lines, each with its tag appended after a tab, and a blank line after each sentence. */
    static void write(ConllCorpus corpus, List<Span[]> predicted, Writer out) throws IOException {
        for (int i = 0; i < corpus.sentences().size(); i++) {
            ConllCorpus.ConllSentence s = corpus.sentences().get(i);
            List<String> tags = ConllCorpus.bio(s.tokens().size(), predicted.get(i));
            for (int j = 0; j < s.lines().size(); j++) {
                out.write(s.lines().get(j));
                out.write('\t');
                out.write(tags.get(j));
                out.write('\n');
            }
            out.write('\n');
        }
    }
}
