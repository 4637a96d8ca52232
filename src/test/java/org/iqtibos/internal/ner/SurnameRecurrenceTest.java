package org.iqtibos.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.iqtibos.ArticleAnalyzer;
import org.iqtibos.Language;
import org.iqtibos.result.ArticleAnalysis;
import org.iqtibos.result.Mention;
import org.junit.jupiter.api.Test;

/** A foreign surname found once with its given name is found again alone, case endings cut off. Own sentences. */
class SurnameRecurrenceTest {
    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.create();

    @Test
    void theSurnameAloneIsAMentionOfThePerson() {
        ArticleAnalysis a = ANALYZER.analyze("Конференцияда Сара Жонсон сўзга чиқди. Жонсон ислоҳотлар муҳимлигини"
                + " айтди. Жонсоннинг фикрича, тажриба бошқаларга намуна бўлади.", Language.UZ);
        assertThat(a.persons()).hasSize(1);
        assertThat(a.persons().get(0).mentions()).extracting(Mention::text)
                .containsExactly("Сара Жонсон", "Жонсон", "Жонсон");
        assertThat(a.quotes()).extracting(q -> q.speakerId()).containsOnly(a.persons().get(0).id());
    }
}
