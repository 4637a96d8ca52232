package org.iqtibos.internal.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.iqtibos.Language;
import org.iqtibos.Script;
import org.iqtibos.internal.ner.MentionCandidate;
import org.iqtibos.result.EntityType;
import org.iqtibos.result.Quote;
import org.iqtibos.result.QuoteType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Attribution with the entities a real pipeline gives: speakers the NER missed, organization nouns, acronyms,
 * impersonal verbs, topics that are no quotes, partial quotes, English titles. One row per pattern and language.
 */
class SpeakerResolutionTest {

    /** name, text, language, script, persons, organizations, places, expected quote, type, speaker. */
    static Stream<Arguments> attributed() {
        return Stream.of(
                Arguments.of("ky dash named", "— Биз даярбыз, — деди Нурлан Асанов.", Language.KY, Script.CYRL,
                        List.of("Nurlan Asanov=Нурлан Асанов"), List.of(), List.of(),
                        "Биз даярбыз", QuoteType.DIRECT, "Nurlan Asanov"),
                Arguments.of("ky indirect -ганын", "Нурлан Асанов жаңы мыйзам кабыл алынганын билдирди.",
                        Language.KY, Script.CYRL, List.of("Nurlan Asanov=Нурлан Асанов"), List.of(), List.of(),
                        "жаңы мыйзам кабыл алынганын", QuoteType.INDIRECT, "Nurlan Asanov"),
                Arguments.of("ky pronoun", "Нурлан Асанов шаарга келди. Ал көпүрө жакында курулаарын айтты.",
                        Language.KY, Script.CYRL, List.of("Nurlan Asanov=Нурлан Асанов"), List.of(), List.of(),
                        "көпүрө жакында курулаарын", QuoteType.INDIRECT, "Nurlan Asanov"),
                Arguments.of("ky impersonal passive", "Нурлан Асанов шаарга келди. Жаңы көпүрө курулганы кабарланды.",
                        Language.KY, Script.CYRL, List.of("Nurlan Asanov=Нурлан Асанов"), List.of(), List.of(),
                        "Жаңы көпүрө курулганы", QuoteType.INDIRECT, null),
                Arguments.of("uz acronym of an organization",
                        "Ташқи ишлар вазирлиги янги элчини тайинлади.\n«Музокаралар давом этади», — дейилади ТИВ баёнотида.",
                        Language.UZ, Script.CYRL, List.of(), List.of("Ministry of Foreign Affairs=Ташқи ишлар вазирлиги"),
                        List.of(), "Музокаралар давом этади", QuoteType.DIRECT, "Ministry of Foreign Affairs"),
                Arguments.of("uz organization noun names the body",
                        "Алишер Каримов заводга борди. Энергетика вазирлиги ҳам қатнашди.\n«Нархлар ўзгармайди», — дейилади вазирлик хабарида.",
                        Language.UZ, Script.CYRL, List.of("Alisher Karimov=Алишер Каримов"),
                        List.of("Ministry of Energy=Энергетика вазирлиги"), List.of(),
                        "Нархлар ўзгармайди", QuoteType.DIRECT, "Ministry of Energy"),
                Arguments.of("en organization noun without an organization",
                        "Mary Brown visited the plant.\n\"The plant will reopen in May,\" the ministry said.",
                        Language.EN, Script.LATN, List.of("Mary Brown=Mary Brown"), List.of(), List.of(),
                        "The plant will reopen in May", QuoteType.DIRECT, null),
                Arguments.of("en comma-ended quote, long attribution",
                        "John Smith opened the bridge.\n\"Traffic will be lighter now,\" the head of state added.",
                        Language.EN, Script.LATN, List.of("John Smith=John Smith"), List.of(), List.of(),
                        "Traffic will be lighter now", QuoteType.DIRECT, "John Smith"),
                Arguments.of("uz postposition keeps a name from speaking",
                        "Ўзбекистон президенти Алишер Каримов Иван Петров билан учрашди.\n«Ҳамкорлик давом этади», — деди Ўзбекистон президенти Иван Петров билан учрашувда.",
                        Language.UZ, Script.CYRL, List.of("Alisher Karimov=Алишер Каримов", "Ivan Petrov=Иван Петров"),
                        List.of(), List.of(), "Ҳамкорлик давом этади", QuoteType.DIRECT, "Alisher Karimov"),
                Arguments.of("uz clause before ҳақида",
                        "Алишер Каримов ислоҳотлар давом этиши кераклиги ҳақида гапирди.",
                        Language.UZ, Script.CYRL, List.of("Alisher Karimov=Алишер Каримов"), List.of(), List.of(),
                        "ислоҳотлар давом этиши кераклиги", QuoteType.INDIRECT, "Alisher Karimov"),
                Arguments.of("ru partial direct quote inside indirect speech",
                        "Иван Петров заявил, что город \"готов к зиме\", после того как осмотрел котельные.",
                        Language.RU, Script.CYRL, List.of("Ivan Petrov=Иван Петров"), List.of(), List.of(),
                        "город \"готов к зиме\"", QuoteType.INDIRECT, "Ivan Petrov"),
                Arguments.of("ru quote marks after что",
                        "Иван Петров отметил, что «Город полностью готов к зиме».",
                        Language.RU, Script.CYRL, List.of("Ivan Petrov=Иван Петров"), List.of(), List.of(),
                        "Город полностью готов к зиме", QuoteType.DIRECT, "Ivan Petrov"),
                Arguments.of("kk marks inside reported content",
                        "Ержан Сейітов жиында биыл «жаңа зауыттың құрылысы толық аяқталатынын» атап өтті.",
                        Language.KK, Script.CYRL, List.of("Yerzhan Seitov=Ержан Сейітов"), List.of(), List.of(),
                        "жаңа зауыттың құрылысы толық аяқталатынын", QuoteType.DIRECT, "Yerzhan Seitov"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attributed")
    void attributesTheQuote(String name, String text, Language lang, Script script, List<String> persons,
                            List<String> orgs, List<String> places, String quote, QuoteType type, String speaker) {
        List<Quote> quotes = QuoteFinderTest.find(text, lang, script, persons, orgs, places);
        assertThat(quotes).as("quotes of %s", text).extracting(Quote::text).contains(quote);
        Quote q = quotes.stream().filter(x -> x.text().equals(quote)).findFirst().orElseThrow();
        assertThat(q.type()).isEqualTo(type);
        assertThat(q.speaker()).isEqualTo(speaker);
    }

    /** name, text, language, script, person: sentences that report no one's words. */
    static Stream<Arguments> noQuote() {
        return Stream.of(
                Arguments.of("uz topic after ҳақида", "Алишер Каримов иқтисодиёт ҳақида гапирди.", Language.UZ,
                        Script.CYRL, "Alisher Karimov=Алишер Каримов"),
                Arguments.of("uz plain accusative noun", "Алишер Каримов вазирликнинг режасини баён қилди.",
                        Language.UZ, Script.CYRL, "Alisher Karimov=Алишер Каримов"),
                Arguments.of("kk cataphoric осылай", "Ержан Сейітов жиында осылай деп хабарлады.", Language.KK,
                        Script.CYRL, "Yerzhan Seitov=Ержан Сейітов"),
                Arguments.of("ky one word in marks", "Нурлан Асанов \"Азаттыкка\" билдирди.", Language.KY,
                        Script.CYRL, "Nurlan Asanov=Нурлан Асанов"),
                Arguments.of("uz-Latn one word in marks", "Alisher Karimov \"Gazeta\" nashriga ma’lumot berdi.",
                        Language.UZ, Script.LATN, "Alisher Karimov=Alisher Karimov"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noQuote")
    void findsNoQuote(String name, String text, Language lang, Script script, String person) {
        assertThat(QuoteFinderTest.find(text, lang, script, List.of(person), List.of())).isEmpty();
    }

    /** name, text, language, script, places, the missed speaker's words, its type. */
    static Stream<Arguments> missed() {
        return Stream.of(
                Arguments.of("uz name after a role in the anaphor",
                        "Завод янги цех очди. Бу ҳақда корхона матбуот котиби Равшан Аҳмедов маълум қилди.",
                        Language.UZ, Script.CYRL, List.of(), "Равшан Аҳмедов", EntityType.PERSON),
                Arguments.of("ky name with its patronymic particle",
                        "Шаарда жаңы мектеп ачылды. Бул тууралуу мэриянын өкүлү Нурлан Асан уулу билдирди.",
                        Language.KY, Script.CYRL, List.of(), "Нурлан Асан уулу", EntityType.PERSON),
                Arguments.of("ru name before the verb inside the attribution",
                        "«Работы завершены», — Сергей Николаевич сам сообщил журналистам.",
                        Language.RU, Script.CYRL, List.of(), "Сергей Николаевич", EntityType.PERSON),
                Arguments.of("uz-Latn body named after the verb",
                        "Yangi bog‘ ochildi, deya xabar bermoqda Samarqand viloyati hokimligi matbuot xizmati.",
                        Language.UZ, Script.LATN, List.of("Samarkand=Samarqand"),
                        "Samarqand viloyati hokimligi matbuot xizmati", EntityType.ORGANIZATION));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missed")
    void reportsTheSpeakerTheNerMissed(String name, String text, Language lang, Script script, List<String> places,
                                       String speaker, EntityType type) {
        QuoteFinder.Scan scan = QuoteFinderTest.scan(text, lang, script, List.of(), List.of(), places);
        assertThat(scan.missedSpeakers()).extracting(m -> text.substring(m.start(), m.end())).contains(speaker);
        MentionCandidate m = scan.missedSpeakers().stream()
                .filter(x -> text.substring(x.start(), x.end()).equals(speaker)).findFirst().orElseThrow();
        assertThat(m.type()).isEqualTo(type);
    }

    @Test
    void placeNamesAreNoMissedSpeaker() {
        String text = "Бу ҳақда Ўзбекистон Ташқи ишлар вазирининг матбуот котиби маълум қилди.";
        QuoteFinder.Scan scan = QuoteFinderTest.scan("Завод ишлайди. " + text, Language.UZ, Script.CYRL, List.of(),
                List.of(), List.of("Uzbekistan=Ўзбекистон"));
        assertThat(scan.missedSpeakers()).isEmpty();
    }

    @Test
    void missedBodyIsNamedInEnglishFromItsTitleWords() {
        String text = "Yangi maktab ochildi, deya xabar bermoqda O‘zbekiston prezidenti matbuot xizmati.";
        QuoteFinder.Scan scan = QuoteFinderTest.scan(text, Language.UZ, Script.LATN, List.of(), List.of(),
                List.of("Uzbekistan=O‘zbekiston"));
        assertThat(scan.englishNames()).containsValue("Press Service of the President of Uzbekistan");
    }

    /** name, text, language, script, person, places, expected English role. */
    static Stream<Arguments> roles() {
        return Stream.of(
                Arguments.of("uz head-final title with a country",
                        "Ўзбекистон Ташқи ишлар вазирининг ўринбосари Алишер Каримов: «Музокаралар давом этади».",
                        Language.UZ, Script.CYRL, "Alisher Karimov=Алишер Каримов", List.of("Uzbekistan=Ўзбекистон"),
                        "Deputy Minister of Foreign Affairs of Uzbekistan"),
                Arguments.of("uz-Latn press secretary",
                        "Vazirlik matbuot kotibi Alisher Karimov: «Muzokaralar davom etadi».",
                        Language.UZ, Script.LATN, "Alisher Karimov=Alisher Karimov", List.of(),
                        "Press Secretary of the Ministry"),
                Arguments.of("kk deputy minister",
                        "Қазақстан Сыртқы істер министрінің орынбасары Ержан Сейітов: «Келіссөздер жалғасады».",
                        Language.KK, Script.CYRL, "Yerzhan Seitov=Ержан Сейітов", List.of("Kazakhstan=Қазақстан"),
                        "Deputy Minister of Foreign Affairs of Kazakhstan"),
                Arguments.of("ky deputy minister",
                        "Кыргызстандын тышкы иштер министринин орун басары Нурлан Асанов: «Сүйлөшүүлөр улантылат».",
                        Language.KY, Script.CYRL, "Nurlan Asanov=Нурлан Асанов", List.of("Kyrgyzstan=Кыргызстан"),
                        "Deputy Minister of Foreign Affairs of Kyrgyzstan"),
                Arguments.of("ru head-first title",
                        "Заместитель министра обороны России Иван Петров заявил, что учения пройдут летом.",
                        Language.RU, Script.CYRL, "Ivan Petrov=Иван Петров", List.of("Russia=России"),
                        "Deputy Minister of Defence of Russia"),
                Arguments.of("ru an envoy's host country",
                        "Посол России в Казахстане Иван Петров заявил, что визит состоится летом.",
                        Language.RU, Script.CYRL, "Ivan Petrov=Иван Петров", List.of("Russia=России", "Kazakhstan=Казахстане"),
                        "Ambassador of Russia to Kazakhstan"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void speakerRoleIsTheStatedTitleInEnglish(String name, String text, Language lang, Script script, String person,
                                              List<String> places, String role) {
        List<Quote> quotes = QuoteFinderTest.find(text, lang, script, List.of(person), List.of(), places);
        assertThat(quotes).isNotEmpty();
        assertThat(quotes.get(0).speakerRole()).isEqualTo(role);
    }
}
