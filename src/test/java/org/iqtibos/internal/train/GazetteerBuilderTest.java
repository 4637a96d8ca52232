package org.iqtibos.internal.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerBuilderTest {
    @Test
    void keepsTheDistinctiveWordOfMultiWordCountryNamesAndDropsGenericOnes() {
        List<String> words = GazetteerBuilder.distinctiveWords(List.of(
                "Qaratau Respublikasi", "Ketpen Respublikasi", "Sarydala Respublikasi", "Tuzkol"));
        assertThat(words).containsExactly("Qaratau", "Ketpen", "Sarydala", "Tuzkol");
    }
}
