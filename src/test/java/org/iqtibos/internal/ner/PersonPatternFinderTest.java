package org.iqtibos.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.iqtibos.Language;
import org.iqtibos.Script;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.internal.segment.SegmentedText;
import org.iqtibos.internal.segment.Segmenter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonPatternFinderTest {
    // a stand-in for the stemmers: cuts one Uzbek or Kyrgyz genitive ending
    private static final PersonPatternFinder FINDER = PersonPatternFinder.load(ModelFiles.classpath(),
            w -> w.endsWith("нинг") ? List.of(w, w.substring(0, w.length() - 4))
                    : w.endsWith("тин") || w.endsWith("дин") ? List.of(w, w.substring(0, w.length() - 3)) : List.of(w));

    private static List<String> persons(String text) {
        SegmentedText st = new Segmenter(Set.of()).segment(text);
        return FINDER.find(st, Language.UZ, Script.CYRL).stream().map(c -> text.substring(c.start(), c.end())).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Вазир ўринбосари Шайх-Ҳасан Жазиқбаев учрашувни очди.|Шайх-Ҳасан Жазиқбаев",
        "Йиғилишда Денис Мантуров сўзга чиқди.|Денис Мантуров",
        "Мантуровнинг таклифи қўллаб-қувватланди.|Мантуров",
        "Встречу провёл Д. Мантуров.|Д. Мантуров",
        "Доклад сделал Петров Иван Сергеевич.|Петров Иван Сергеевич",
        "Kecha Aziz Abdullayev so‘zga chiqdi.|Aziz Abdullayev",
        "Кеше Ерлан Қошанов Қасымұлы сөз сөйледі.|Ерлан Қошанов Қасымұлы",
        "Президент Қасым-Жомарт Тоқаев сөз сөйледі.|Қасым-Жомарт Тоқаев",
        "Учрашувда Владимир Норов иштирок этди.|Владимир Норов",
        "Выступил Владимир Зеленский.|Владимир Зеленский",
        "Сергей Калининдин сөзү угулду.|Сергей Калинин",
        // two capitalized words after a title's last word, whatever their origin
        "Монголиянын премьер-министринин орун басары Болд Батбаяр менен жолукту.|Болд Батбаяр",
        "Мўғулистон президенти Ухнаагийн Хурэлсух келди.|Ухнаагийн Хурэлсух",
        "Mo‘g‘uliston prezidenti Uxnaagiyn Xurelsux keldi.|Uxnaagiyn Xurelsux",
    })
    void findsNamesByTheirShape(String text, String expected) {
        assertThat(persons(text)).containsExactly(expected);
    }

    @org.junit.jupiter.api.Test
    void aSurnameShapedWordBeforeABodysHeadIsAWordOfTheBodysName() {
        assertThat(persons("Тергов қўмитаси ишни кўриб чиқди.")).isEmpty();
        assertThat(persons("Собиров қўмитаси раиси Азиз Каримов келди.")).containsExactly("Азиз Каримов");
        // with a given name it is a person the body is named after
        assertThat(persons("Кеча Ислом Каримов маркази очилди.")).containsExactly("Ислом Каримов");
    }

    @org.junit.jupiter.api.Test
    void aFrequentWordOpeningTheSentenceIsNoGivenName() {
        String text = "Despite Tursunov warnings, the ferry left at dawn. Anna Petrova spoke.";
        SegmentedText st = new Segmenter(Set.of()).segment(text);
        assertThat(FINDER.find(st, Language.EN, Script.LATN).stream().map(c -> text.substring(c.start(), c.end())))
                .containsExactly("Tursunov", "Anna Petrova");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Лекин бу масала ҳал қилинмади.",
        "Кейин учрашув давом этди.",
        "Москва ва Минск вакиллари келди.",
        "Saylov kodeksi qabul qilindi. Yangi saylov o‘tkaziladi.",
        "«Энергетическая безопасность важна», — сказал он.",
        // the Kyrgyz genitive ends like a Russian surname in -ин; the word before it does not
        "Министрликтин билдирүүсү жарыяланды.",
        // after a title, a run of three capitalized words is a body's or a place's name as likely as a person's
        "Вазири Жанубий Корея Тараққиёт Банки билан учрашди.",
    })
    void commonWordsAreNotNames(String text) {
        assertThat(persons(text)).isEmpty();
    }
}
