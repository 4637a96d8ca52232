package org.iqtibos.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.iqtibos.ArticleAnalyzer;
import org.iqtibos.Language;
import org.iqtibos.result.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** English names of persons no knowledge base lists: the base form of the last word, romanized. */
class UnlinkedNameTest {
    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = ArticleAnalyzer.create();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a one-letter cut is no base form in a language whose endings glue on: the name ends in -у
        "KY | — Биз даярбыз, — деди Чыңгыз Эсенгул уулу. | Esengul uulu",
        // a long ending is cut: the genitive
        "UZ | Вазир Тоҳир Жўрабоевнинг таклифи муҳокама қилинди. | Zhurabo",
    })
    void nameIsTheRomanizedBaseForm(Language lang, String text, String nameEnding) {
        assertThat(analyzer.analyze(text, lang).persons()).extracting(Entity::name)
                .anySatisfy(n -> assertThat(n).contains(nameEnding));
    }
}
