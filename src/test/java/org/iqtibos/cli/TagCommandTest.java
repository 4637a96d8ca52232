package org.iqtibos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import opennlp.tools.util.Span;
import org.iqtibos.internal.train.ConllCorpus;
import org.junit.jupiter.api.Test;

class TagCommandTest {
    @Test
    void appendsThePredictedTagToEveryLineAndKeepsBlankLinesBetweenSentences() throws Exception {
        ConllCorpus corpus = ConllCorpus.parse("Aziz\tB-PER\nsang\tO\n\nin\tO\nOsh\tB-LOC\n");
        StringWriter out = new StringWriter();
        TagCommand.write(corpus, List.of(new Span[] {new Span(0, 1, "PER")}, new Span[] {new Span(1, 2, "ORG")}), out);
        assertThat(out.toString()).isEqualTo("Aziz\tB-PER\tB-PER\nsang\tO\tO\n\nin\tO\tO\nOsh\tB-LOC\tB-ORG\n\n");
    }
}
