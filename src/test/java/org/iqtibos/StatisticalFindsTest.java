package org.iqtibos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.iqtibos.internal.ner.MentionCandidate;
import org.iqtibos.result.Entity;
import org.iqtibos.result.EntityType;
import org.junit.jupiter.api.Test;

/**
 * What the statistical models find that is no name: a common word opening a sentence, a pair of places taken for a
 * body. Sentences written for this test.
 */
class StatisticalFindsTest {
    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.create();

    private static MentionCandidate person(String text, String word) {
        int at = text.indexOf(word);
        return new MentionCandidate(at, at + word.length(), EntityType.PERSON, null, 1.0, MentionCandidate.Source.STATISTICAL);
    }

    @Test
    void aFrequentWordOpeningASentenceIsNoName() {
        String text = "Prices rose. Oil and gas output fell.";
        assertThat(Pipeline.commonOpener(text, person(text, "Oil"), Set.of("oil"))).isTrue();
    }

    @Test
    void aWordWrittenInLowerCaseElsewhereIsNoName() {
        String text = "Given the weather, the harvest is late. The crop was given water.";
        assertThat(Pipeline.commonOpener(text, person(text, "Given"), Set.of())).isTrue();
    }

    @Test
    void aSurnameOpeningASentenceStaysAName() {
        String text = "Prices rose. Karimov said the harvest is late.";
        assertThat(Pipeline.commonOpener(text, person(text, "Karimov"), Set.of("oil"))).isFalse();
        String inside = "The minister met Oil executives.";
        assertThat(Pipeline.commonOpener(inside, person(inside, "Oil"), Set.of("oil"))).isFalse();
    }

    @Test
    void theAnalyzerFindsNoPersonInASentenceOpenedByACommonWord() {
        assertThat(ANALYZER.analyze("Oil and gas production did not stop in Kazakhstan, the minister said.",
                Language.EN).persons()).extracting(Entity::name).isEmpty();
    }

    @Test
    void twoPlacesInAFormatsNameAreNoOrganization() {
        assertThat(ANALYZER.analyze("Министры встретились на форуме «Центральная Азия — Россия» в Душанбе.",
                Language.RU).organizations()).extracting(Entity::name).isEmpty();
        assertThat(ANALYZER.analyze("«Россия для Таджикистана является важным партнером», — сказал министр.",
                Language.RU).organizations()).extracting(Entity::name).isEmpty();
    }

    @Test
    void anAbbreviationOfCommonNounsOrARomanNumeralNamesNothing() {
        Set<String> common = Set.of("АЗС", "МСБ");
        assertThat(Pipeline.namesNothing("АЗС", common)).isTrue();
        assertThat(Pipeline.namesNothing("VIII", common)).isTrue();
        assertThat(Pipeline.namesNothing("ОДКБ", common)).isFalse();
        assertThat(Pipeline.namesNothing("Vitol", common)).isFalse();
    }
}
