package org.iqtibos.internal.link;

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
        "KY | — Биз даярбыз, — деди Чыңгыз Эсенгул уулу. | Chyngyz Esengul uulu",
        // a long ending is cut: the genitive -нинг goes, the surname's -ев stays
        "UZ | Вазир Тоҳир Жўрабоевнинг таклифи муҳокама қилинди. | Tokhir Zhuraboyev",
    })
    void nameIsTheRomanizedBaseForm(Language lang, String text, String name) {
        // the whole name: a part of it would also match the uncut form (Zhuraboyevning)
        assertThat(analyzer.analyze(text, lang).persons()).extracting(Entity::name).containsExactly(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the role's country just before the name makes him Kazakh: the Kazakh vowels of an Uzbek spelling
        "UZ | Қозоғистон Мудофаа вазирининг ўринбосари Бекмурод Алиқбоев нутқ сўзлади. | Alykbayev",
        // without a country the name stays as Uzbek spelling writes it
        "UZ | Вазир ўринбосари Бекмурод Алиқбоев нутқ сўзлади. | Alikboyev",
        // a country further back, past the end of a sentence, says nothing of him
        "UZ | Қозоғистонда янги йўл очилди. Бекмурод Алиқбоев нутқ сўзлади. | Alikboyev",
        // a Chinese family name and syllables: pinyin, in any language
        "KK | Қытай өкілі Чжан Сяобо баспасөзге сөйледі. | Zhang Xiaobo",
        "RU | Заместитель министра Ван Цзюнь прибыл в Астану. | Wang Jun",
        // China named before a Kazakh name (detained there) makes no pinyin of it
        "KK | Қытайда ұсталған отандасымыз Ақжарқын Тұрлыбайдың анасы хат жазды. | Akzharkyn Turlybay",
        // a foreign name in a Russian case: the given name back to the nominative with the surname
        "RU | Посол встретился с Пьером Дюбуа в Париже. | Pyer Dyubua",
        // a man's given name in -ий in the genitive (never a woman's nominative): the surname is a genitive too
        "RU | По словам Дмитрия Гордона, выставка откроется летом. | Dmitry Gordon",
        "RU | Министр обсудил визит с Томасом Мюллером. | Thomas Myuller",
        // a mention in the nominative shows a given name in -а as it is (no Mustaf from Мустафой)
        "RU | Мэр встретился с Мустафой Кылычем. Мустафа Кылыч заявил, что музей откроется летом. | Mustafa Kylych",
        // an Uzbek name in Uzbek Latin, without its apostrophes
        "UZ | Vazir o‘rinbosari Jamshid Qo‘chqorboyev so‘zga chiqdi. | Jamshid Qochqorboyev",
        // an Afghan minister's name written in Uzbek Latin: its Persian form
        "UZ | Afg‘oniston qishloq xo‘jaligi vaziri Nosir Ahmadzoda so‘zga chiqdi. | Nasir Ahmadzada",
        // a country after an organization is the organization's subject, not the person's nation
        "UZ | Birlashgan Millatlar Tashkilotining Afg‘oniston bo‘yicha vakili Nosir Ahmadzoda so‘zga chiqdi. | Nosir Ahmadzoda",
    })
    void romanizesAPersonByTheNationTheArticleShows(Language lang, String text, String name) {
        assertThat(analyzer.analyze(text, lang).persons()).extracting(Entity::name)
                .anySatisfy(n -> assertThat(n).endsWith(name));
    }
}
