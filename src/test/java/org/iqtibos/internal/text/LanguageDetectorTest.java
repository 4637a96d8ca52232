package org.iqtibos.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.iqtibos.Language;
import org.iqtibos.Script;
import org.iqtibos.internal.model.ModelFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {
    private static final LanguageDetector DETECTOR = LanguageDetector.load(ModelFiles.classpath());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Вазир бугун Тошкентда хорижий ҳамкорлар билан учрашди ва ҳамкорлик ҳақида гапирди.|UZ|CYRL",
        "Vazir bugun Toshkentda xorijiy hamkorlar bilan uchrashdi va hamkorlik haqida gapirdi.|UZ|LATN",
        "Министр бүгін Астанада шетелдік әріптестерімен кездесіп, ынтымақтастық туралы айтты.|KK|CYRL",
        "Министр сегодня встретился в Москве с иностранными партнёрами и рассказал о сотрудничестве.|RU|CYRL",
        "The minister met foreign partners in London today and spoke about cooperation between the countries.|EN|LATN",
        "Министр бүгүн Бишкекте чет элдик өнөктөштөр менен жолугуп, кызматташтык жөнүндө сүйлөдү.|KY|CYRL",
        // short texts without the letters that set the languages apart: their function words decide
        "Министр Асан Осмонов Бишкекке келди жана бул маселени талкуулады.|KY|CYRL",
        "Министр Асан Осмонов Бишкекке келди, а затем встретился с коллегами.|RU|CYRL",
        "Вазир Асан Осмонов бу масалани муҳокама қилди ва Бишкекка кетди.|UZ|CYRL",
        // Uzbek with only қ (shared with Kazakh) and no function word of the short list; Kyrgyz with long vowels only
        "Ташқи ишлар вазири Азиз Каримов душанба куни Бишкекка келди. Каримов музокаралар якунланишига умид билдирди.|UZ|CYRL",
        "Жолугушууда эки тараптуу кызматташтык маселелери талкууланган.|KY|CYRL",
        "Сообщение пресс-службы министра о соответствии цен опубликовано сегодня.|RU|CYRL",
        // Kazakh in the Latin alphabet of 2021: its own letters (ǵ ń ý ú ı ó á) set it apart from Uzbek Latin
        "Mınıstr búgin Astanada sheteldik áriptesterimen kezdesip, yntymaqtastyq týraly aıtty.|KK|LATN",
        "Vazir bugun O‘zbekiston va Qozog‘iston o‘rtasidagi hamkorlik haqida gapirdi.|UZ|LATN",
    })
    void tellsLanguageAndScript(String text, Language language, Script script) {
        assertThat(LanguageDetector.script(text)).isEqualTo(script);
        assertThat(DETECTOR.language(text, script)).isEqualTo(language);
    }
}
