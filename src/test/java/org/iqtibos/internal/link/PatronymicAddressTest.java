package org.iqtibos.internal.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.iqtibos.ArticleAnalyzer;
import org.iqtibos.Language;
import org.iqtibos.result.ArticleAnalysis;
import org.junit.jupiter.api.Test;

/**
 * An interviewer addresses the interviewee by given name and patronymic; the answers are the interviewee's, who is
 * one person with the one named in the introduction. Sentences written for this test.
 */
class PatronymicAddressTest {
    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.create();

    @Test
    void aKazakhAddressJoinsThePersonWithThatGivenName() {
        ArticleAnalysis a = ANALYZER.analyze("Экономика министрі Ерболат Досаев сұхбат берді.\n\n— Ерболат Асқарұлы,"
                + " келесі жылы экономика қалай өзгереді?\n\n— Біз алты пайыз өсім күтеміз.", Language.KK);
        assertThat(a.persons()).hasSize(1);
        assertThat(a.persons().get(0).name()).isEqualTo("Yerbolat Dosayev");
        assertThat(a.quotes()).extracting(q -> q.speakerId()).containsOnly(a.persons().get(0).id());
    }

    @Test
    void aRussianAddressJoinsASurnameWrittenAfterThatGivenName() {
        ArticleAnalysis a = ANALYZER.analyze("Министр экономики Илхом Норкулов дал интервью.\n\n— Илхом Абдуллаевич, как"
                + " изменится экономика?\n\n— Мы ожидаем роста на уровне шести процентов.", Language.RU);
        assertThat(a.persons()).hasSize(1);
        assertThat(a.persons().get(0).name()).contains("Norkulov");
    }

    @Test
    void anAddressStaysApartWhenTwoPersonsShareTheGivenName() {
        ArticleAnalysis a = ANALYZER.analyze("Министр Ерболат Досаев и аким Ерболат Сапаров провели встречу.\n\n"
                + "— Ерболат Асқарұлы, что будет с тарифами?", Language.RU);
        assertThat(a.persons()).hasSize(3);
    }
}
