package org.iqtibos.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.iqtibos.result.ArticleAnalysis;
import org.iqtibos.ArticleAnalyzer;
import org.iqtibos.Language;
import org.iqtibos.result.Entity;
import org.iqtibos.result.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which knowledge-base names are place mentions of their own, through the whole analyzer. */
class PlaceMentionRulesTest {
    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = ArticleAnalyzer.create();
    }

    private static List<String> places(String text, Language lang) {
        return analyzer.analyze(text, lang).places().stream().map(Entity::name).toList();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // a city heading the name of an event, a university or an airport
        "EN | Delegates gathered at the Almaty International Forum on Tuesday. | ''",
        "EN | The new terminal of Shymkent international airport opened in May. | ''",
        "UZ | Талабалар Самарқанд давлат университетида ўқийди. | ''",
        // a month's abbreviation before a day
        "EN | The deal was signed on Nov 20 by both ministers. | ''",
        // a country code glued to a currency sign
        "EN | The road will cost 40 billion tenge (US$90 million), officials said. | ''",
        // a country's adjective is not one of the names of a town
        "EN | The Kazakh minister met the delegation. | ''",
        // a capitalized sentence opener the text also writes in lower case
        "UZ | Shu kuni mehmonlar keldi. Ular shu yerda qolishdi. | ''",
        // a listed sentence opener, even when the text never writes it in lower case
        "UZ | Mehmonlar keldi. Shu yerda ular tunashdi. | ''",
        // a replaced Russian ending does not reach GeoNames' untagged names (Совета -> Совето)
        "RU | Члены Совета обсудили план на заседании. | ''",
        // a capitalized word the text also writes in lower case opens another name (Suv is no town of Suva)
        "UZ | Yangi suv omborlari qurildi. Buni Suv xo‘jaligi vazirligi ma’lum qildi. | ''",
        // an organization named after its country that is no state body
        "EN | The loan was granted by the Development Bank of Kazakhstan last year. | ''",
    })
    void findsNoPlace(Language lang, String text, String none) {
        assertThat(places(text, lang)).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "RU | Туристы возвращаются в Крыму отдыхать каждый год. | Крым | Crimea",
        "RU | Обстановка в Донбассе остаётся напряжённой. | Донбасс | Donbas",
        "KK | Орталық Азия елдерінің басшылары кездесті. | Орталық Азия | Central Asia",
        "UZ | Корея ярим оролидаги вазият муҳокама қилинди. | Корея ярим орол | Korean Peninsula",
        "RU | Правительство России утвердило программу. | России | Russia",
        "EN | Talks with President of Kyrgyzstan Sadyr Japarov lasted two hours. | Kyrgyzstan | Kyrgyzstan",
        // inflected, the city is no head of a longer name: the forum takes place in it
        "UZ | Samarqandda xalqaro turizm forumi ochildi. | Samarqand | Samarkand",
    })
    void findsTheRegionOrCountry(Language lang, String text, String mention, String name) {
        List<Entity> ps = analyzer.analyze(text, lang).places();
        assertThat(ps).extracting(Entity::name).containsExactly(name);
        assertThat(ps.get(0).mentions()).extracting(Mention::text).allMatch(m -> m.startsWith(mention));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // a name the knowledge base does not list, owned by a unit noun: district and street keep the unit in English
        "UZ | Кеча Чилонзор тумани ҳокими янги боғни очди. | Чилонзор тумани | Chilonzor District",
        "UZ | Yangi maktab Bunyodkor ko‘chasida qurildi. | Bunyodkor ko‘chasi | Bunyodkor Street",
        "KK | Сарыбұлақ ауданының әкімі жиналыс өткізді. | Сарыбұлақ ауданы | Sarybulak District",
        "KY | Жаңы мектеп Ак-Суу районунда ачылды. | Ак-Суу району | Ak-Suu District",
        // a village goes by its name alone
        "KY | Тоголок айылынын тургундары жолду оңдоону суранышты. | Тоголок | Togolok",
        "KK | Жаңақоныс ауылында жаңа аурухана салынды. | Жаңақоныс | Zhangakonys",
        // a district named after a person is a place, and no person
        "KK | Жол Әл-Фараби ауданында жөнделді. | Әл-Фараби ауданы | Al-Farabi District",
        "EN | Farmers in the Sarykol district asked for water. | Sarykol district | Sarykol District",
        // a town the knowledge base knows names its district by its English name: the district, not the town
        "UZ | Yangi maktab Qarshi tumanida ochildi. | Qarshi tumani | Karshi District",
        // Russian names the district by an adjective in its case, and the model's span over it is no organization
        "RU | Пожар произошел в Медеуском районе вечером. | Медеуском район | Medeu District",
        "RU | Жители Катон-Карагайского района пожаловались. | Катон-Карагайского район | Katon-Karagay District",
    })
    void findsAPlaceByItsUnitNoun(Language lang, String text, String mention, String name) {
        ArticleAnalysis a = analyzer.analyze(text, lang);
        assertThat(a.persons()).isEmpty();
        assertThat(a.places()).extracting(Entity::name).containsExactly(name);
        assertThat(a.places().get(0).mentions()).extracting(Mention::text).containsExactly(mention);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // places joined by a hyphen are each a place, the last read with its case ending
        "UZ | Ўзбекистон-Хитой муносабатлари ривожланмоқда. | Uzbekistan;China",
        "KK | Қазақстан-Ресей шекарасында кезек бар. | Kazakhstan;Russia",
        "EN | The Russia-Tajikistan commission met on Monday. | Russia;Tajikistan",
        // a plural unit noun takes every name of the list before it, each by its name alone
        "KK | Күзде Ерасыл, Бектемір ауылдарына жаңа жол салынды. | Yerasyl;Bektemir",
        "UZ | Чилонзор ва Яшнобод туманларида янги мактаблар очилди. | Chilonzor District;Yashnobod District",
        "KY | Тоголок жана Ак-Терек айылдарында жол оңдолду. | Togolok;Ak-Terek",
        // a list of regions names the regions, not the cities of the same names, nor a city once so named
        "KK | Ақмола және Ақтөбе облыстарында егін жиналды. | Akmola Region;Aktobe Region",
        // a region of two words inside a list, as the knowledge base knows it with the unit
        "KK | Көктемде Абай, Батыс Қазақстан, Павлодар облыстарында су тасқыны болды. | Abai Region;West Kazakhstan Region;Pavlodar Region",
        // the region's name without its unit
        "KK | Солтүстік Қазақстанда қар көп жауды. | North Kazakhstan Region",
        // Kyrgyz press names of countries
        "KY | Орусия менен Афганстандын өкүлдөрү жолугушту. | Russia;Afghanistan",
        "KY | Америка Кошмо Штаттары менен Кытай сүйлөштү. | United States;China",
        // "давлатлари" (the states of) is no modifier inside a longer name: the place stands
        "UZ | Европа ва Марказий Осиё давлатлари учрашди. | Europe;Central Asia",
        // a mine named as a site is a place (its operating company is an organization)
        "KY | Кумтөр жана Бишкек ортосунда жол бар. | Kumtor;Bishkek",
    })
    void findsEveryPlaceOfAPairOrList(Language lang, String text, String names) {
        ArticleAnalysis a = analyzer.analyze(text, lang);
        assertThat(a.persons()).isEmpty();
        assertThat(a.places()).extracting(Entity::name).containsExactlyInAnyOrder(names.split(";"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // a person before the street's name stays a person: the name is the one word before the noun
        "UZ | Ҳоким Алишер Каримов Навбаҳор кўчасида бўлди. | Alisher Karimov | Navbakhor Street",
        // a nationality before a unit noun names no place
        "EN | Prices of water rose across the Central Asian region. | '' | ''",
    })
    void keepsPersonsAndAdjectivesOut(Language lang, String text, String person, String place) {
        ArticleAnalysis a = analyzer.analyze(text, lang);
        assertThat(a.persons()).extracting(Entity::name).containsExactlyElementsOf(person.isEmpty() ? List.of() : List.of(person));
        assertThat(a.places()).extracting(Entity::name).containsExactlyElementsOf(place.isEmpty() ? List.of() : List.of(place));
    }
}
