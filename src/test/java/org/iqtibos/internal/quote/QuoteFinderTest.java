package org.iqtibos.internal.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.iqtibos.Language;
import org.iqtibos.Script;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.result.Entity;
import org.iqtibos.result.EntityType;
import org.iqtibos.result.Mention;
import org.iqtibos.result.Quote;
import org.iqtibos.result.QuoteType;
import org.iqtibos.internal.segment.Segmenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Quote patterns and speaker attribution, one table row per pattern and language. */
class QuoteFinderTest {
    private static final QuoteFinder FINDER = QuoteFinder.load(ModelFiles.classpath());
    private static final Segmenter SEGMENTER = new Segmenter(Set.of());

    /** text, language, script, persons (name=mention|mention...), organizations, expected quote, type, speaker. */
    static Stream<Arguments> cases() {
        return Stream.of(
                // dash dialogue, named speaker after ", —"
                Arguments.of("uz dash named", "— Биз лойиҳани қўллаб-қувватлаймиз, — деди Алишер Каримов.",
                        Language.UZ, Script.CYRL, List.of("Alisher Karimov=Алишер Каримов"), List.of(),
                        "Биз лойиҳани қўллаб-қувватлаймиз", QuoteType.DIRECT, "Alisher Karimov"),
                // dash dialogue, pronoun to the earlier subject
                Arguments.of("uz dash pronoun", "Алишер Каримов мажлисни очди.\n— Иш давом этади, — деди у.",
                        Language.UZ, Script.CYRL, List.of("Alisher Karimov=Алишер Каримов"), List.of(),
                        "Иш давом этади", QuoteType.DIRECT, "Alisher Karimov"),
                // indirect speech with -лигини and a pronoun subject
                Arguments.of("uz indirect", "Алишер Каримов йиғилишда сўзлади. Шунингдек, у янги қонун қабул қилиш зарурлигини таъкидлади.",
                        Language.UZ, Script.CYRL, List.of("Alisher Karimov=Алишер Каримов"), List.of(),
                        "янги қонун қабул қилиш зарурлигини", QuoteType.INDIRECT, "Alisher Karimov"),
                // colon lead-in, the quote in the next paragraph
                Arguments.of("uz colon lead-in", "Алишер Каримов шундай деди:\nБиз бу ишни албатта давом эттирамиз.",
                        Language.UZ, Script.CYRL, List.of("Alisher Karimov=Алишер Каримов"), List.of(),
                        "Биз бу ишни албатта давом эттирамиз", QuoteType.DIRECT, "Alisher Karimov"),
                // Latin Uzbek: cues generated from the Cyrillic lexicon
                Arguments.of("uz-Latn dash", "— Biz loyihani qo‘llab-quvvatlaymiz, — dedi Alisher Karimov.",
                        Language.UZ, Script.LATN, List.of("Alisher Karimov=Alisher Karimov"), List.of(),
                        "Biz loyihani qo‘llab-quvvatlaymiz", QuoteType.DIRECT, "Alisher Karimov"),
                Arguments.of("uz-Latn according", "Alisher Karimovning aytishicha, yangi zavod kelasi yili ishga tushadi.",
                        Language.UZ, Script.LATN, List.of("Alisher Karimov=Alisher Karimov"), List.of(),
                        "yangi zavod kelasi yili ishga tushadi", QuoteType.INDIRECT, "Alisher Karimov"),
                Arguments.of("uz-Latn organization", "\"Yig‘ilish ertaga bo‘lib o‘tadi\", — deyiladi vazirlik xabarida.",
                        Language.UZ, Script.LATN, List.of(), List.of("Ministry of Energy=vazirlik"),
                        "Yig‘ilish ertaga bo‘lib o‘tadi", QuoteType.DIRECT, "Ministry of Energy"),
                // Kazakh: verb-final indirect speech with a pronoun
                Arguments.of("kk indirect", "Ержан Сейітов жиында сөз сөйледі. Ол жаңа жобаның өте маңызды екенін атап өтті.",
                        Language.KK, Script.CYRL, List.of("Yerzhan Seitov=Ержан Сейітов"), List.of(),
                        "жаңа жобаның өте маңызды екенін", QuoteType.INDIRECT, "Yerzhan Seitov"),
                // Kazakh: role noun after the dash resolved by apposition
                Arguments.of("kk role", "Мемлекет басшысы Нұрлан Әбенов зауытқа барды. Оны Серік Омаров қарсы алды.\n— Біз жұмысқа дайынбыз, — деді мемлекет басшысы.",
                        Language.KK, Script.CYRL, List.of("Nurlan Abenov=Нұрлан Әбенов", "Serik Omarov=Серік Омаров"), List.of(),
                        "Біз жұмысқа дайынбыз", QuoteType.DIRECT, "Nurlan Abenov"),
                Arguments.of("kk according", "Ержан Сейітовтің пікірінше, биыл өнім көбейеді.",
                        Language.KK, Script.CYRL, List.of("Yerzhan Seitov=Ержан Сейітов"), List.of(),
                        "биыл өнім көбейеді", QuoteType.INDIRECT, "Yerzhan Seitov"),
                // Russian: quote marks with attribution after
                Arguments.of("ru marks after", "«Мы готовы к переговорам», — заявил Иван Петров.",
                        Language.RU, Script.CYRL, List.of("Ivan Petrov=Иван Петров"), List.of(),
                        "Мы готовы к переговорам", QuoteType.DIRECT, "Ivan Petrov"),
                // Russian: the verb's feminine ending picks the woman
                Arguments.of("ru gender", "Иван Петров и Анна Смирнова провели встречу.\n«Встреча прошла успешно», — сказала она.",
                        Language.RU, Script.CYRL, List.of("Ivan Petrov=Иван Петров", "Anna Smirnova=Анна Смирнова"), List.of(),
                        "Встреча прошла успешно", QuoteType.DIRECT, "Anna Smirnova"),
                Arguments.of("ru that", "Иван Петров заявил, что переговоры продолжатся в среду.",
                        Language.RU, Script.CYRL, List.of("Ivan Petrov=Иван Петров"), List.of(),
                        "переговоры продолжатся в среду", QuoteType.INDIRECT, "Ivan Petrov"),
                Arguments.of("ru according", "По словам Ивана Петрова, соглашение будет подписано летом.",
                        Language.RU, Script.CYRL, List.of("Ivan Petrov=Ивана Петрова"), List.of(),
                        "соглашение будет подписано летом", QuoteType.INDIRECT, "Ivan Petrov"),
                Arguments.of("ru nested marks", "«Он назвал это „историческим шагом“», — сказал Иван Петров.",
                        Language.RU, Script.CYRL, List.of("Ivan Petrov=Иван Петров"), List.of(),
                        "Он назвал это „историческим шагом“", QuoteType.DIRECT, "Ivan Petrov"),
                // English
                Arguments.of("en marks after", "\"We will build the road,\" John Smith said.",
                        Language.EN, Script.LATN, List.of("John Smith=John Smith"), List.of(),
                        "We will build the road", QuoteType.DIRECT, "John Smith"),
                Arguments.of("en colon before", "John Smith said: \"The plan is ready.\"",
                        Language.EN, Script.LATN, List.of("John Smith=John Smith"), List.of(),
                        "The plan is ready", QuoteType.DIRECT, "John Smith"),
                Arguments.of("en role", "Finance Minister John Smith visited the plant with Peter Jones.\n\"Costs will fall,\" the minister said.",
                        Language.EN, Script.LATN, List.of("John Smith=John Smith", "Peter Jones=Peter Jones"), List.of(),
                        "Costs will fall", QuoteType.DIRECT, "John Smith"),
                Arguments.of("en organization", "The Ministry of Energy said that prices would stay the same.",
                        Language.EN, Script.LATN, List.of(), List.of("Ministry of Energy=Ministry of Energy"),
                        "prices would stay the same", QuoteType.INDIRECT, "Ministry of Energy"),
                Arguments.of("en according", "According to John Smith, the bridge will open in May.",
                        Language.EN, Script.LATN, List.of("John Smith=John Smith"), List.of(),
                        "the bridge will open in May", QuoteType.INDIRECT, "John Smith"),
                Arguments.of("en nobody", "\"Nothing is decided yet,\" a source said.",
                        Language.EN, Script.LATN, List.of(), List.of(),
                        "Nothing is decided yet", QuoteType.DIRECT, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheQuoteAndItsSpeaker(String name, String text, Language lang, Script script, List<String> persons,
                                    List<String> orgs, String quote, QuoteType type, String speaker) {
        List<Quote> quotes = find(text, lang, script, persons, orgs);
        assertThat(quotes).as("quotes of %s", text).extracting(Quote::text).contains(quote);
        Quote q = quotes.stream().filter(x -> x.text().equals(quote)).findFirst().orElseThrow();
        assertThat(q.type()).isEqualTo(type);
        assertThat(q.speaker()).isEqualTo(speaker);
        assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
    }

    @Test
    void splitDashQuoteIsTwoQuotesOfOneSpeaker() {
        String text = "— Биринчи фикрим шу, — деди Алишер Каримов. — Иккинчи фикрим ҳам бор.";
        List<Quote> quotes = find(text, Language.UZ, Script.CYRL, List.of("Alisher Karimov=Алишер Каримов"), List.of());
        assertThat(quotes).extracting(Quote::text).containsExactly("Биринчи фикрим шу", "Иккинчи фикрим ҳам бор");
        assertThat(quotes).extracting(Quote::speaker).containsOnly("Alisher Karimov");
    }

    @Test
    void quotedNameIsNoQuote() {
        String text = "Иван Петров посетил выставку «Золотая осень» в Москве.";
        assertThat(find(text, Language.RU, Script.CYRL, List.of("Ivan Petrov=Иван Петров"), List.of())).isEmpty();
    }

    @Test
    void cueSpanNamesTheSpeechVerb() {
        String text = "«Мы готовы», — заявил Иван Петров.";
        Quote q = find(text, Language.RU, Script.CYRL, List.of("Ivan Petrov=Иван Петров"), List.of()).get(0);
        assertThat(q.cue().text()).isEqualTo("заявил");
    }

    @Test
    void emptyTextHasNoQuotes() {
        assertThat(find("", Language.EN, Script.LATN, List.of(), List.of())).isEmpty();
    }

    static List<Quote> find(String text, Language lang, Script script, List<String> persons, List<String> orgs) {
        return find(text, lang, script, persons, orgs, List.of());
    }

    static List<Quote> find(String text, Language lang, Script script, List<String> persons, List<String> orgs,
                            List<String> places) {
        return scan(text, lang, script, persons, orgs, places).quotes();
    }

    static QuoteFinder.Scan scan(String text, Language lang, Script script, List<String> persons, List<String> orgs,
                                 List<String> places) {
        return FINDER.scan(SEGMENTER.segment(text), lang, script, entities(persons, EntityType.PERSON, text),
                entities(orgs, EntityType.ORGANIZATION, text), entities(places, EntityType.PLACE, text));
    }

    /** Entities from "Name=mention|mention" specs, each mention every occurrence of its string. */
    static List<Entity> entities(List<String> specs, EntityType type, String text) {
        List<Entity> out = new ArrayList<>();
        for (String spec : specs) {
            String[] parts = spec.split("=", 2);
            List<Mention> mentions = new ArrayList<>();
            for (String m : parts[1].split("\\|")) {
                for (int i = text.indexOf(m); i >= 0; i = text.indexOf(m, i + 1)) {
                    mentions.add(Mention.of(text, i, i + m.length()));
                }
            }
            mentions.sort((a, b) -> a.start() - b.start());
            out.add(new Entity(type.idPrefix() + (out.size() + 1), type, parts[0], null, List.of(), null, mentions));
        }
        return out;
    }
}
