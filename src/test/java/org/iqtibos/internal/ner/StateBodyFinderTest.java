package org.iqtibos.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iqtibos.Language;
import org.iqtibos.Script;
import org.iqtibos.internal.link.EntityLinker;
import org.iqtibos.internal.kb.KnowledgeBase;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.internal.morph.NameStemmer;
import org.iqtibos.result.Entity;
import org.iqtibos.result.EntityType;
import org.iqtibos.result.Mention;
import org.iqtibos.internal.segment.SegmentedText;
import org.iqtibos.internal.segment.Segmenter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StateBodyFinderTest {
    private static final ModelFiles MODELS = ModelFiles.directory(Path.of("models"));
    private static final KnowledgeBase KB = KnowledgeBase.load(MODELS);
    private static final EntityLinker LINKER = EntityLinker.load(MODELS, KB);
    private static final Segmenter SEGMENTER = new Segmenter(Set.of());
    private static final Map<Language, NameStemmer> STEMMERS = new EnumMap<>(Language.class);
    private static final Map<Language, StateBodyFinder> FINDERS;

    static {
        for (Language l : Language.values()) {
            STEMMERS.put(l, NameStemmer.load(MODELS, l));
        }
        FINDERS = StateBodyFinder.load(MODELS, KB, STEMMERS);
    }

    /** What the pipeline's knowledge-base finders find, merged and linked. */
    private static List<Entity> analyze(String text, Language lang) {
        SegmentedText st = SEGMENTER.segment(text);
        List<MentionCandidate> ms = new ArrayList<>(GazetteerFinder.load(MODELS, KB, STEMMERS.get(lang), lang).find(st));
        ms.addAll(FINDERS.get(lang).find(st));
        return LINKER.link(st, lang, Script.CYRL, new MentionMerger().merge(ms));
    }

    private static List<Entity> organizations(String text, Language lang) {
        return analyze(text, lang).stream().filter(e -> e.type() == EntityType.ORGANIZATION).toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "UZ | Эртага Тожикистон Мудофаа вазирлиги вакиллари келади. | Тожикистон Мудофаа вазирлиги | Ministry of Defence of Tajikistan",
        "UZ | Иш юзасидан Самарқанд шаҳар прокуратураси текширув ўтказди. | Самарқанд шаҳар прокуратураси | Prosecutor's Office of Samarkand",
        "KK | Қарағанды облысы полиция департаменті мәлімдеме жасады. | Қарағанды облысы полиция департаменті | Department of Internal Affairs of Karaganda Region",
        "UZ | Туркманистон Республикаси Адлия вазирлигида учрашув бўлди. | Туркманистон Республикаси Адлия вазирлигида | Ministry of Justice of Turkmenistan",
        "UZ | Ozarbayjon Sog‘liqni saqlash vazirligining vakili gapirdi. | Ozarbayjon Sog‘liqni saqlash vazirligining | Ministry of Health of Azerbaijan",
        "UZ | Эрон ва Покистон Ташқи ишлар вазирликлари баёнот берди. | Покистон Ташқи ишлар вазирликлари | Ministry of Foreign Affairs of Pakistan",
        "KK | Қырғызстан Республикасының Қаржы министрлігі есеп берді. | Қырғызстан Республикасының Қаржы министрлігі | Ministry of Finance of Kyrgyzstan",
        "RU | Представители Министерства обороны Армении прибыли вчера. | Министерства обороны Армении | Ministry of Defence of Armenia",
        "RU | Об этом сообщила пресс-служба туркменского внешнеполитического ведомства. | туркменского внешнеполитического ведомства | Ministry of Foreign Affairs of Turkmenistan",
        "UZ | Бу ҳақда Ўзбекистон Ташқи ишлар маҳкамаси маълум қилди. | Ўзбекистон Ташқи ишлар маҳкамаси | Ministry of Foreign Affairs of Uzbekistan",
        "RU | Об этом сообщили в правительстве Монголии накануне. | правительстве Монголии | Government of Mongolia",
        "RU | Белорусский МИД ответил на запрос. | Белорусский МИД | Ministry of Foreign Affairs of Belarus",
        "EN | A spokesman for Turkmenistan's Foreign Ministry declined to comment. | Turkmenistan's Foreign Ministry | Ministry of Foreign Affairs of Turkmenistan",
        "EN | The Ministry of Energy of the Republic of Tajikistan said so. | Ministry of Energy of the Republic of Tajikistan | Ministry of Energy of Tajikistan",
        "EN | The Armenian Ministry of Defence denied the report. | Armenian Ministry of Defence | Ministry of Defence of Armenia",
        "KY | Тажикстандын Тышкы иштер министрлиги билдирди. | Тажикстандын Тышкы иштер министрлиги | Ministry of Foreign Affairs of Tajikistan",
        // an acronym keeps its own letters: КР is the Kyrgyz Republic, ҚР the Republic of Kazakhstan (one name key)
        "KY | Бул тууралуу КР ТИМи кабарлады. | КР ТИМи | Ministry of Foreign Affairs of Kyrgyzstan",
        "KK | Бұл туралы ҚР СІМ хабарлады. | ҚР СІМ | Ministry of Foreign Affairs of Kazakhstan",
        // the country an acronym names, not a channel written alike (РТ: the Republic of Tajikistan, not RT)
        "RU | На ноту ответил МИД РТ. | МИД РТ | Ministry of Foreign Affairs of Tajikistan",
    })
    void namesABodyAfterTheCountryWrittenNextToIt(Language lang, String text, String mention, String name) {
        List<Entity> orgs = organizations(text, lang);
        assertThat(orgs).extracting(Entity::name).containsExactly(name);
        assertThat(orgs.get(0).mentions()).extracting(Mention::text).containsExactly(mention);
    }

    @Test
    void keepsTheCountryInsideTheBodyAsAPlace() {
        List<Entity> es = analyze("Грузия Транспорт вазирлиги маълумот берди.", Language.UZ);
        assertThat(es).filteredOn(e -> e.type() == EntityType.PLACE).extracting(Entity::name).containsExactly("Georgia");
    }

    @Test
    void prefersTheKnowledgeBaseEntryOfThatName() {
        List<Entity> orgs = organizations("Министерство иностранных дел Узбекистана выступило с заявлением.", Language.RU);
        assertThat(orgs).extracting(Entity::kbId).containsExactly("mfa-uz");
    }

    @Test
    void attachesABodyWithoutCountryToTheOneSuchBodyOfTheArticle() {
        String t = "МИД Армении опубликовал заявление. Как отметили в Министерстве иностранных дел, визит готовится давно.";
        List<Entity> orgs = organizations(t, Language.RU);
        assertThat(orgs).hasSize(1);
        assertThat(orgs.get(0).name()).isEqualTo("Ministry of Foreign Affairs of Armenia");
        assertThat(orgs.get(0).mentions()).hasSize(2);
    }

    @Test
    void aBodyWithoutCountryAmongTwoJoinsTheOneNamedLastBeforeIt() {
        String t = "МИД Армении и МИД Грузии провели консультации. Министерство иностранных дел не уточнило детали.";
        List<Entity> orgs = organizations(t, Language.RU);
        assertThat(orgs).extracting(Entity::name, e -> e.mentions().size()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Ministry of Foreign Affairs of Armenia", 1),
                org.assertj.core.groups.Tuple.tuple("Ministry of Foreign Affairs of Georgia", 2));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "KK | Сыртқы істер министрлігі жаңа елшіні тағайындады. | Ministry of Foreign Affairs of Kazakhstan",
        "KY | Тышкы иштер министрлиги нота жөнөттү. | Ministry of Foreign Affairs of Kyrgyzstan",
        "UZ | Adliya vazirligi yangi qoidani e’lon qildi. | Ministry of Justice of Uzbekistan",
        "RU | Министерство иностранных дел не уточнило детали. | Ministry of Foreign Affairs",
    })
    void givesABodyWithoutCountryTheHomeCountryOfItsLanguageWhenTheArticleNamesNoneOfThatKind(
            Language lang, String text, String name) {
        assertThat(organizations(text, lang)).extracting(Entity::name).containsExactly(name);
    }

    @Test
    void prefersTheCountryTheArticleNamesForTheBodyOverTheHomeCountry() {
        String t = "Тәжікстан Сыртқы істер министрлігі мәлімдеме жасады. Сыртқы істер министрлігі тағы хабарлады.";
        assertThat(organizations(t, Language.KK)).extracting(Entity::name)
                .containsExactly("Ministry of Foreign Affairs of Tajikistan");
    }

    @Test
    void needsACountryForBodiesThatNameNothingAlone() {
        assertThat(organizations("Правительство обсудило бюджет на следующий год.", Language.RU)).isEmpty();
        assertThat(organizations("the government discussed the budget, the ministry said.", Language.EN)).isEmpty();
    }

    @Test
    void findsTheBlocWhoseAcronymOpensTheNameOfItsBody() {
        List<Entity> orgs = organizations("Кеча БМТ Хавфсизлик Кенгаши йиғилиши бўлди.", Language.UZ);
        assertThat(orgs).extracting(Entity::name).containsExactly("UN Security Council", "UN");
        assertThat(orgs.get(1).mentions()).extracting(Mention::text).containsExactly("БМТ");
    }
}
