package org.iqtibos.internal.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class ConllCorpusTest {
    @Test
    void readsTokenFromFirstColumnAndTagFromLast() {
        ConllCorpus c = ConllCorpus.parse("Nurlan NNP B-PER\nSeitov NNP I-PER\nspoke VBD O\n\nRain O\n");
        assertThat(c.sentences()).hasSize(2);
        assertThat(c.sentences().get(0).tokens()).containsExactly("Nurlan", "Seitov", "spoke");
        assertThat(c.sentences().get(0).names()).containsExactly(new Span(0, 2, "PER"));
        assertThat(c.sentences().get(1).names()).isEmpty();
    }

    @Test
    void keepsTheOriginalLinesForEchoing() {
        ConllCorpus c = ConllCorpus.parse("Ташкент\tB-GPE\nтихий\tO\n");
        assertThat(c.sentences().get(0).lines()).containsExactly("Ташкент\tB-GPE", "тихий\tO");
    }

    @Test
    void readsGpeAndLocationAsLocAndDropsOtherTypes() {
        ConllCorpus c = ConllCorpus.parse("Астана\tB-GPE\nAral\tB-LOCATION\nSea\tI-LOCATION\n2024\tB-DATE\nNATO\tB-ORGANISATION\n");
        assertThat(c.sentences().get(0).names())
                .containsExactly(new Span(0, 1, "LOC"), new Span(1, 3, "LOC"), new Span(4, 5, "ORG"));
    }

    @Test
    void startsASpanAtAnInsideTagAfterOutsideOrAnotherType() {
        List<Span> spans = ConllCorpus.spans(List.of("O", "I-ORG", "I-ORG", "I-LOC", "B-LOC", "I-LOC"));
        assertThat(spans).containsExactly(new Span(1, 3, "ORG"), new Span(3, 4, "LOC"), new Span(4, 6, "LOC"));
    }

    @Test
    void treatsEverySentenceAsADocumentWhenTheFileHasNoDocumentMarks() {
        ConllCorpus c = ConllCorpus.parse("A\tO\n\nB\tO\n\n\nC\tO\n");
        assertThat(c.sentences()).hasSize(3).allMatch(ConllCorpus.ConllSentence::documentStart);
    }

    @Test
    void startsDocumentsAtDocstartMarks() {
        ConllCorpus c = ConllCorpus.parse("-DOCSTART- -X- O O\n\nA\tO\n\nB\tO\n\n-DOCSTART- -X- O O\n\nC\tO\n");
        assertThat(c.sentences()).extracting(ConllCorpus.ConllSentence::documentStart).containsExactly(true, false, true);
    }

    @Test
    void writesBioTagsForSpans() {
        assertThat(ConllCorpus.bio(4, new Span[] {new Span(1, 3, "PER")})).containsExactly("O", "B-PER", "I-PER", "O");
    }
}
