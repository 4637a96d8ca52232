package org.iqtibos.internal.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.iqtibos.ArticleAnalyzer;
import org.iqtibos.Language;
import org.iqtibos.result.Entity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A body written without its country takes the one the article's language implies. Sentences written for this test. */
class ImpliedCountryTest {
    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.create();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // one alias, several entries: the entry that lists it in the article's language
        "KK | Кеше Сенат жаңа заңды қабылдады. | Senate of Kazakhstan",
        "UZ | Кеча Сенат янги қонунни маъқуллади. | Senate of Uzbekistan",
    })
    void namesTheBodyOfTheImpliedCountry(Language lang, String text, String name) {
        assertThat(ANALYZER.analyze(text, lang).organizations()).extracting(Entity::name).contains(name);
    }

    @org.junit.jupiter.api.Test
    void aBareMinistryAmongSeveralIsTheHomeCountrysInKazakhNews() {
        String text = "Ресей Сыртқы істер министрлігі мен Қазақстан Сыртқы істер министрлігі кездесу өткізді. "
                + "Кейін СІМ мәлімдеме жасады.";
        assertOrganizations(text, Language.KK, tuple("Ministry of Foreign Affairs of Russia", 1),
                tuple("Ministry of Foreign Affairs of Kazakhstan", 2));
    }

    @org.junit.jupiter.api.Test
    void aBareMinistryAmongSeveralIsTheOneNamedLastBeforeItInRussianNews() {
        String text = "МИД Украины и МИД Казахстана провели консультации. Об этом сообщили в МИД Казахстана. "
                + "Позже в МИД добавили, что встреча была полезной.";
        assertOrganizations(text, Language.RU, tuple("Ministry of Foreign Affairs of Ukraine", 1),
                tuple("Ministry of Foreign Affairs of Kazakhstan", 3));
    }

    /** The organizations of {@code text}, each as (name, number of mentions). */
    private static void assertOrganizations(String text, Language lang, org.assertj.core.groups.Tuple... expected) {
        assertThat(ANALYZER.analyze(text, lang).organizations()).extracting(Entity::name, e -> e.mentions().size())
                .containsExactlyInAnyOrder(expected);
    }

    @org.junit.jupiter.api.Test
    void aBareMinistryInRussianOrEnglishIsTheCountryOfItsOfficialNamedInTheArticle() {
        assertThat(ANALYZER.analyze("Министр Руслан Казакбаев принял посла. Об этом сообщили в МИД.", Language.RU)
                .organizations()).extracting(Entity::name).containsExactly("Ministry of Foreign Affairs of Kyrgyzstan");
        assertThat(ANALYZER.analyze("Minister Ruslan Kazakbaev received the ambassador. The Foreign Ministry reported.",
                Language.EN).organizations()).extracting(Entity::name).containsExactly("Ministry of Foreign Affairs of Kyrgyzstan");
    }
}
