package org.iqtibos.internal.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.iqtibos.ArticleAnalyzer;
import org.iqtibos.Language;
import org.iqtibos.result.ArticleAnalysis;
import org.iqtibos.result.Entity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Persons of the region's news: the knowledge base's officials in each language's spelling, and a surname alone that
 * the knowledge base gives to someone else (issues 9 and 14). Sentences written for this test.
 */
class RegionalPersonsTest {
    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.create();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "UZ | Афғонистон ташқи ишлар вазири Амир Хон Муттақий Термизга келди. | Amir Khan Muttaqi",
        "UZ | Toliblar yetakchisi Haybatulloh Oxundzoda farmon chiqardi. | Hibatullah Akhundzada",
        "RU | Глава ЦБ Эльвира Набиуллина выступила на форуме. | Elvira Nabiullina",
        "KY | УКМКнын төрагасы Камчыбек Ташиев маалымат берди. | Kamchybek Tashiev",
        "KK | Ұлттық банк төрағасы Тимур Сүлейменов брифинг өткізді. | Timur Suleimenov",
        "UZ | Жанубий Корея Президенти Юн Сок Ёль Тошкентга келди. | Yoon Suk Yeol",
        "RU | Председатель кабинета министров Акылбек Жапаров провел совещание. | Akylbek Japarov",
        "UZ | Ҳиндистон Ташқи ишлар вазири Субраҳманям Жайшанкар Тошкентга келди. | Subrahmanyam Jaishankar",
        // given names of the region the corpora lack, before a surname of no known ending
        "KY | Жыйында министр Бегимай Сейитбек сүйлөдү. | Begimay Seyitbek",
        "KK | Кездесуге депутат Гүлмира Дәулет қатысты. | Gulmira Daulet",
        "UZ | Тадбирда Дилноза Раҳим ҳам иштирок этди. | Dilnoza Rakhim",
        // after a title, an unlisted given name before a surname the knowledge base knows alone
        "KK | Вице-премьер Нұрлы Тоғжанов кеңес өткізді. | Nurly Togzhanov",
        // classical figures cited in speeches, by their English names
        "UZ | Ibn Sino va Imom Buxoriy merosi o‘rganilmoqda. | Avicenna",
        "KK | Абай Құнанбайұлы туралы кітап шықты. | Abai Kunanbayev",
        // a Kyrgyz patronymic particle stays in the name
        "KY | Депутат Чыңгыз Эсенгул уулу сүйлөдү. | Chyngyz Esengul uulu",
        // a man's name in the genitive: a surname without a feminine ending is no woman's (Тенгиза Болтурука)
        "RU | Работа Тенгиза Болтурука получила высокую оценку. | Tengiz Bolturuk",
        "RU | Слова Анны Петровой прозвучали на встрече. | Anna Petrova",
        // Armenian and Georgian surnames after a given name, in Latin letters with a case ending
        "UZ | Jamoatchilik murabbiy Samvel Babayanning iste’fosini talab qildi. | Samvel Babayan",
        "UZ | Gruziya Bosh vaziri Irakli Garibashvili Toshkentga keldi. | Irakli Garibashvili",
    })
    void namesTheOfficial(Language lang, String text, String name) {
        assertThat(ANALYZER.analyze(text, lang).persons()).extracting(Entity::name).contains(name);
    }

    @Test
    void aBareSurnameIsThePersonTheArticleNamedFirst() {
        ArticleAnalysis a = ANALYZER.analyze("Chairman of the Cabinet Akylbek Japarov met farmers in Osh on Friday. "
                + "President Sadyr Japarov had asked him to visit the region. Japarov promised new roads.", Language.EN);
        List<Entity> persons = a.persons();
        assertThat(persons).extracting(Entity::name).containsExactlyInAnyOrder("Akylbek Japarov", "Sadyr Japarov");
        Entity akylbek = persons.stream().filter(p -> p.name().equals("Akylbek Japarov")).findFirst().orElseThrow();
        assertThat(akylbek.mentions()).hasSize(2);
    }

    @Test
    void aBareSurnameOfTwoNamesakesIsTheOneNamedFirst() {
        ArticleAnalysis a = ANALYZER.analyze("Minister Aibek Tashmatov opened the new school in Osh on Monday. "
                + "His brother Nurlan Tashmatov, a teacher there, thanked the ministry. Tashmatov promised more schools.",
                Language.EN);
        Entity aibek = a.persons().stream().filter(p -> p.name().equals("Aibek Tashmatov")).findFirst().orElseThrow();
        assertThat(aibek.mentions()).hasSize(2);
    }

    @Test
    void aBareSurnameAloneInTheArticleKeepsTheKnowledgeBasesPerson() {
        assertThat(ANALYZER.analyze("Japarov signed the law on Monday, his office said.", Language.EN).persons())
                .extracting(Entity::name).containsExactly("Sadyr Japarov");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // a word of a web domain or of an outlet's known name names no person or place
        "EN | The agency's director told Kun.uz that the audit would end in May. | Kun.uz",
        "KK | Kaspi.kz компаниясы жаңа қызмет іске қосты. | Kaspi.kz",
        "EN | The talks ended on Friday, Kabar news agency reported. | Kabar",
    })
    void anOutletsWordsNameNoOneElse(Language lang, String text, String outlet) {
        ArticleAnalysis a = ANALYZER.analyze(text, lang);
        assertThat(a.organizations()).extracting(Entity::name).contains(outlet);
        assertThat(a.persons()).isEmpty();
        assertThat(a.places()).isEmpty();
    }

    @Test
    void aGivenNameShortOfAClassicalFigureIsNoneOfThem() {
        // Улукбек is a Kyrgyz given name; only "Мирзо Улуғбек" is the astronomer
        assertThat(ANALYZER.analyze("Депутат Улукбек Кочкоров сүйлөдү.", Language.KY).persons())
                .extracting(Entity::name).doesNotContain("Ulugh Beg");
    }
}
