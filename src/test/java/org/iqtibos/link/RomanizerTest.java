package org.iqtibos.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.iqtibos.Language;
import org.iqtibos.model.ModelFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RomanizerTest {
    private static final Romanizer ROMANIZER = Romanizer.load(ModelFiles.directory(Path.of("models")));

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource({
        "uz, Жазиқбаев, Zhazikbayev",
        "uz, Шайх-Ҳасан, Shaykh-Khasan",
        "uz, Ғайрат Ўроқов, Gayrat Urokov",
        "uz, Юлдуз Ёқубова, Yulduz Yokubova",
        "kk, Нұрлан Жазықбаев, Nurlan Zhazykbayev",
        "kk, Әсел Қоңырова, Asel Kongyrova",
        "ru, Дмитрий Песков, Dmitry Peskov",
        "ru, Евгений Щукин, Yevgeny Shchukin",
        "ru, Пётр Соловьёв, Pyotr Solovyov",
        "ru, Алексей Оверчук, Aleksey Overchuk",
        "ky, Үмүт Төрөбаев, Umut Torobayev",
        "uz, Shavkat Mirziyoyev, Shavkat Mirziyoyev",
    })
    void writesNamesTheWayEnglishPressDoes(String lang, String name, String expected) {
        assertThat(ROMANIZER.romanize(name, Language.fromCode(lang))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"Жазиқбаев, Zhazykbayev", "Жазиқбаев, Jaziqbayev", "Мантуров, Manturov"})
    void looseKeysAgreeAcrossSpellings(String cyrillic, String latin) {
        assertThat(ROMANIZER.looseKey(cyrillic, Language.UZ)).isEqualTo(ROMANIZER.looseKey(latin, Language.UZ));
    }
}
