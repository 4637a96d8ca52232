package org.iqtibos.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class DocumentConsistencyTest {
    private static final List<String[]> DOC = List.of(
            "Yesterday Marat Sultanbekov visited Kostanay .".split(" "),
            "Sultanbekov said Kostanay needs a new bridge .".split(" "),
            "Later the bridge was opened .".split(" "));

    private static List<Span[]> found() {
        return List.of(
                new Span[] {new Span(1, 3, "PER", 0.4), new Span(4, 5, "LOC", 0.3)},
                new Span[0],
                new Span[0]);
    }

    @Test
    void surnameAndPlaceTaggedOnceAreTaggedAgainLaterInTheDocument() {
        List<Span[]> out = DocumentConsistency.standard().apply(DOC, found());

        assertThat(out.get(1)).extracting(Span::getStart, Span::getEnd, Span::getType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 1, "PER"),
                        org.assertj.core.groups.Tuple.tuple(2, 3, "LOC"));
        assertThat(out.get(2)).isEmpty();
        assertThat(out.get(0)).hasSize(2);
    }

    @Test
    void withoutPersonPartsOnlyWholeNamesRecur() {
        List<Span[]> out = new DocumentConsistency(DocumentConsistency.Mode.PROPAGATE, false).apply(DOC, found());

        assertThat(out.get(1)).extracting(Span::getType).containsExactly("LOC");
    }

    @Test
    void offLeavesTheFinderSpansAlone() {
        List<Span[]> in = found();
        assertThat(new DocumentConsistency(DocumentConsistency.Mode.OFF, true).apply(DOC, in)).isSameAs(in);
    }

    @Test
    void relabelGivesATaggedNameTheTypeMostOfTheDocumentGaveIt() {
        List<String[]> doc = List.of("Orda won .".split(" "), "Orda lost .".split(" "), "Orda drew .".split(" "));
        List<Span[]> in = List.of(new Span[] {new Span(0, 1, "ORG", 0.3)}, new Span[] {new Span(0, 1, "ORG", 0.3)},
                new Span[] {new Span(0, 1, "PER", 0.3)});

        List<Span[]> out = new DocumentConsistency(DocumentConsistency.Mode.PROPAGATE_RELABEL, true).apply(doc, in);

        assertThat(out.get(2)[0].getType()).isEqualTo("ORG");
    }

    @Test
    void lowerCaseWordsAreNotTaggedByRecurrence() {
        List<String[]> doc = List.<String[]>of("Astana , astana".split(" "));
        List<Span[]> in = List.<Span[]>of(new Span[] {new Span(0, 1, "LOC", 0.3)});

        assertThat(DocumentConsistency.standard().apply(doc, in).get(0)).hasSize(1);
    }

    @Test
    void mismatchedListsAreRejectedNamingTheParameter() {
        assertThatThrownBy(() -> DocumentConsistency.standard().apply(DOC, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("found");
    }
}
