package org.iqtibos.internal.morph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.iqtibos.Language;
import org.iqtibos.internal.model.ModelFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameStemmerTest {
    private static final ModelFiles MODELS = ModelFiles.directory(Path.of("models"));

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource({
        "uz, Астанада, Астана",
        "uz, Минскда, Минск",
        "uz, КХШТнинг, КХШТ",
        "uz, Қозоғистонга, Қозоғистон",
        "uz, Toshkentda, Toshkent",
        "uz, Samarqanddagi, Samarqand",
        "uz, ШҲТ-нинг, ШҲТ",
        "uz, O'zbekistonning, O'zbekiston",
        "kk, Астанаға, Астана",
        "kk, Мәскеуде, Мәскеу",
        "kk, Алматыдағы, Алматы",
        "kk, ҰҚШҰ-ның, ҰҚШҰ",
        // Kazakh in its Latin alphabet of 2021
        "kk, Qazaqstanda, Qazaqstan",
        "kk, Toqaevtyń, Toqaev",
        "kk, Astanaǵa, Astana",
        "ky, Бишкектен, Бишкек",
        "ru, Минске, Минск",
        "ru, Астане, Астана",
        "ru, Мантурова, Мантуров",
        "ru, Токаевым, Токаев",
        "ru, России, Россия",
        "ru, Министерства, Министерство",
        "en, Russia's, Russia",
        "uz, вазирликлари, вазирлик",
        "uz, вазирлигининг, вазирлик",
        "uz, vazirligida, vazirlik",
        "kk, министрлігінің, министрлік",
        "kk, министрлігін, министрлік",
        "kk, Астанасын, Астана",
        "ky, министрлигинин, министрлик",
        "ru, российская, российский",
        "ru, белорусское, белорусский",
        "ru, курултая, курултай",
        "ru, Китаю, Китай",
        "ru, музея, музей",
        "ru, Национальном, Национальный",
    })
    void reachesTheBaseForm(String lang, String token, String base) {
        NameStemmer s = NameStemmer.load(MODELS, Language.fromCode(lang));
        assertThat(s.baseForms(token)).first().isEqualTo(token);
        assertThat(s.baseForms(token)).contains(base);
    }

    @ParameterizedTest(name = "{0} (feminine {1}, surname in a case {2}) -> {3}")
    @CsvSource({
        "Пьером, false, false, Пьер",
        "Андреем, false, false, Андрей",
        "Игорем, false, false, Игорь",
        "Жану-Клоду, false, true, Жан-Клод",
        "Томаса, false, true, Томас",
        "Алексея, false, true, Алексей",
        "Дмитрию, false, true, Дмитрий",
        "Никита, false, false, Никита",
        "Томаса, false, false, Томаса",
        "Анной, true, false, Анна",
        "Марии, true, true, Мария",
        "Ольги, true, true, Ольга",
        "Татьяне, true, true, Татьяна",
        "Анна, true, false, Анна",
    })
    void givesTheNominativeOfAGivenNameInTheSurnamesCase(String word, boolean feminine, boolean oblique, String base) {
        assertThat(NameStemmer.load(MODELS, Language.RU).givenBase(word, feminine, oblique)).isEqualTo(base);
    }

    @ParameterizedTest
    @CsvSource({"kk, Кеосаянның, Кеосая", "kk, Серікжанға, Серікжа"})
    void cutsNoAccusativeThatNoPossessiveCarries(String lang, String token, String wrong) {
        NameStemmer s = NameStemmer.load(MODELS, Language.fromCode(lang));
        assertThat(s.baseForms(token)).doesNotContain(wrong);
        assertThat(s.namePart(token, 3)).isEqualTo(token.substring(0, wrong.length() + 1));
    }

    @ParameterizedTest
    @CsvSource({"uz, Ош", "kk, Ой", "ru, Ли"})
    void neverLeavesAStemShorterThanTheMinimum(String lang, String token) {
        NameStemmer s = NameStemmer.load(MODELS, Language.fromCode(lang));
        assertThat(s.baseForms(token)).allMatch(f -> f.length() >= 2);
    }

    @ParameterizedTest(name = "{0}: {1} is no plural of {2}, {3} is a plural of {4}")
    @CsvSource({"kk, Миллер, Мил, Ауылдар, Ауыл", "kk, Келлерге, Кел, Әкімдерге, Әкім", "ky, Шиллер, Шил, Айылдар, Айыл",
            "kk, Хеллермен, Хел, Қалалар, Қала"})
    void cutsAPluralOnlyAfterTheLettersItFollows(String lang, String name, String notBase, String plural, String base) {
        NameStemmer s = NameStemmer.load(MODELS, Language.fromCode(lang));
        assertThat(s.baseForms(name)).doesNotContain(notBase);
        assertThat(s.baseForms(plural)).contains(base);
    }

    @ParameterizedTest(name = "{0}: {1} keeps {2} whole; {3} is {4} with a case ending")
    @CsvSource({"ky, Жевтонко, Жевтон, Бишкекке, Бишкек", "kk, Жевтонко, Жевтон, Тоқаевтың, Тоқаев",
            "kk, Альберта, Альбер, Беларусьте, Беларусь"})
    void cutsAVoicelessEndingOnlyAfterAVoicelessLetter(String lang, String name, String notBase, String inflected, String base) {
        NameStemmer s = NameStemmer.load(MODELS, Language.fromCode(lang));
        assertThat(s.baseForms(name)).doesNotContain(notBase);
        assertThat(s.baseForms(inflected)).contains(base);
    }
}
