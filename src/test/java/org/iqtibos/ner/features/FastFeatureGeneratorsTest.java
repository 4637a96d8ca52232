package org.iqtibos.ner.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.CharacterNgramFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import org.junit.jupiter.api.Test;

class FastFeatureGeneratorsTest {
    private static final String[] TOKENS = {"Ааааа", "Қарағандыда", "O\u2018zbekiston", "AQSh", "ab", "NATO-ga", "x"};

    private static List<String> features(AdaptiveFeatureGenerator g, int index) {
        List<String> out = new ArrayList<>();
        g.createFeatures(out, TOKENS, index, new String[TOKENS.length]);
        return out;
    }

    @Test
    void characterNgramsAreOpenNlpsOnesWithEachGramOnce() {
        for (int i = 0; i < TOKENS.length; i++) {
            assertThat(features(new CharNgramFeatureGenerator(3, 5), i))
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(features(new CharacterNgramFeatureGenerator(3, 5), i));
        }
        assertThat(features(new CharNgramFeatureGenerator(3, 3), 0)).containsExactly("ng=ааа");
    }

    @Test
    void lowerCasedTokenIsOpenNlpsTokenFeature() {
        for (int i = 0; i < TOKENS.length; i++) {
            assertThat(features(new LowerTokenFeatureGenerator(), i)).isEqualTo(features(new TokenFeatureGenerator(true), i));
        }
    }

    @Test
    void lowerCaseReturnsTheSameStringWhenNothingChanges() {
        String s = "toshkent";
        assertThat(LowerCase.of(s)).isSameAs(s);
        assertThat(LowerCase.of("ТОШКЕНТ")).isEqualTo("тошкент");
    }
}
