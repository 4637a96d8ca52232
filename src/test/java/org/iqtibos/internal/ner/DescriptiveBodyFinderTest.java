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
import org.iqtibos.internal.text.Romanizer;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.internal.morph.NameStemmer;
import org.iqtibos.result.Entity;
import org.iqtibos.result.EntityType;
import org.iqtibos.result.Mention;
import org.iqtibos.internal.segment.SegmentedText;
import org.iqtibos.internal.segment.Segmenter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One row per construction and language, each sentence written for this test. */
class DescriptiveBodyFinderTest {
    private static final ModelFiles MODELS = ModelFiles.directory(Path.of("models"));
    private static final KnowledgeBase KB = KnowledgeBase.load(MODELS);
    private static final EntityLinker LINKER = EntityLinker.load(MODELS, KB);
    private static final Segmenter SEGMENTER = new Segmenter(Set.of());
    private static final Map<Language, NameStemmer> STEMMERS = new EnumMap<>(Language.class);
    private static final Map<Language, DescriptiveBodyFinder> FINDERS;
    private static final Map<Language, StateBodyFinder> STATE_BODIES;

    static {
        for (Language l : Language.values()) {
            STEMMERS.put(l, NameStemmer.load(MODELS, l));
        }
        FINDERS = DescriptiveBodyFinder.load(MODELS, KB, STEMMERS, Romanizer.load(MODELS));
        STATE_BODIES = StateBodyFinder.load(MODELS, KB, STEMMERS);
    }

    /** The organizations the knowledge-base finders and this finder find, merged and linked. */
    private static List<Entity> organizations(String text, Language lang) {
        SegmentedText st = SEGMENTER.segment(text);
        List<MentionCandidate> ms = new ArrayList<>(GazetteerFinder.load(MODELS, KB, STEMMERS.get(lang), lang).find(st));
        ms.addAll(STATE_BODIES.get(lang).find(st));
        ms.addAll(FINDERS.get(lang).find(st));
        return LINKER.link(st, lang, Script.CYRL, new MentionMerger().merge(ms)).stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION).toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // a country, modifiers and a head: the country goes last in English
        "UZ | Кеча Қирғизистон Миллий ахборот маркази янги ҳисобот эълон қилди. | Қирғизистон Миллий ахборот маркази | National Information Center of Kyrgyzstan",
        "UZ | Tanlovni Qozog‘iston Milliy matbuot markazi o‘tkazdi. | Qozog‘iston Milliy matbuot markazi | National Press Center of Kazakhstan",
        // the words of civil, testing, regional bodies
        "KK | Азаматтық авиация комитеті ішкі рейстер туралы хабарлады. | Азаматтық авиация комитеті | Civil Aviation Committee",
        "UZ | Davlat test markazi sudga murojaat qildi. | Davlat test markazi | State Testing Center",
        "KY | Республикалык атайын комиссиясы жыйын өткөрдү. | Республикалык атайын комиссиясы | Republican Special Commission",
        // a city opens it; a modifier that English puts after the head; a case ending glued to the head
        "UZ | Talabalar Samarqand davlat iqtisodiyot universitetida o‘qiydi. | Samarqand davlat iqtisodiyot universiteti | Samarkand State University of Economics",
        // a surname before the body is a person's
        "UZ | Директор Алиев Тошкент давлат университети ҳақида гапирди. | Тошкент давлат университети | Tashkent State University",
        // a proper name that no table knows stays romanized
        "UZ | Мажлисда Бунёдкор ёшлар уюшмаси аъзолари қатнашди. | Бунёдкор ёшлар уюшмаси | Bunyodkor Association of Youth",
        "KK | Жиынға Қырғызстан Ұлттық баспасөз орталығы өкілдері келді. | Қырғызстан Ұлттық баспасөз орталығы | National Press Center of Kyrgyzstan",
        "KY | Маселени Казакстандын Мамлекеттик коопсуздук кызматы карады. | Казакстандын Мамлекеттик коопсуздук кызматы | State Security Service of Kazakhstan",
        // a body that names a part of another: the later part first
        "KK | Мәселені Моңғолия Ұлы Мемлекеттік Хуралы Тұрақты комитеті қарады. | Моңғолия Ұлы Мемлекеттік Хуралы Тұрақты комитеті | -",
        // the foundation is a body; its press service, after the genitive, is a part of it
        "KK | Түркітілдес ақындар қорының Баспасөз қызметі хабарлады. | Түркітілдес ақындар қоры | -",
        // Russian: stems with their case endings, adjectives before the head, a genitive tail after it
        "RU | Представители Азиатского олимпийского совета приехали утром. | Азиатского олимпийского совета | Asian Olympic Council",
        "RU | Доклад подготовил Государственный комитет национальной безопасности республики. | Государственный комитет национальной безопасности | State Committee for National Security",
        "EN | He has worked for the Regional Committee for Water Resources since May. | Regional Committee for Water Resources | Regional Committee for Water Resources",
        "EN | «The National Olympic Council of Bhutan and the mayor met.» | National Olympic Council of Bhutan | National Olympic Council of Bhutan",
        // a weekday or a month ends the tail
        "EN | The Regional Water Council on Tuesday approved the plan. | Regional Water Council | Regional Water Council",
    })
    void findsAndNamesADescriptiveBody(Language lang, String text, String mention, String name) {
        List<Entity> orgs = organizations(text, lang);
        assertThat(orgs).hasSize(1);
        assertThat(orgs.get(0).mentions()).extracting(Mention::text).containsExactly(mention);
        if (!name.equals("-")) {
            assertThat(orgs.get(0).name()).isEqualTo(name);
        }
    }

    /**
     * Issue 14: the general vocabulary of government news, one row per language (Uzbek in both scripts). Before the
     * tables knew these words each body was left unnamed (romanized by the linker) or not found at all.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // fields of government follow "of", as in the ministries' English names
        "UZ | Кўргазмани Миллий фан ва маданият маркази ташкил этди. | Миллий фан ва маданият маркази | National Center of Science and Culture",
        // what English writes before the head (border) stands before it
        "UZ | Ma’lumotni Davlat chegara xizmati tarqatdi. | Davlat chegara xizmati | State Border Service",
        "KK | Жиынға Мемлекеттік кірістер департаменті өкілдері келді. | Мемлекеттік кірістер департаменті | State Revenue Department",
        "KY | Маселени Мамлекеттик коргоо кызматы карады. | Мамлекеттик коргоо кызматы | State Protection Service",
        // a head after an adjective stands without the possessive ending
        "KY | Жыйынды Президенттик администрация уюштурду. | Президенттик администрация | Presidential Administration",
        "RU | Отчет опубликовал Государственный комитет водных ресурсов вчера. | Государственный комитет водных ресурсов | State Committee of Water Resources",
    })
    void translatesTheVocabularyOfGovernmentNews(Language lang, String text, String mention, String name) {
        findsAndNamesADescriptiveBody(lang, text, mention, name);
    }

    /**
     * Russian bodies named by a "по" complement, by two words, or with the country that owns them after them. Before
     * the finder read them the first stopped at "по" and the others had too few words: the statistical model's span,
     * if any, was romanized.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // "по" and a task: "for the …", its genitive tail after "of"
        "RU | Новые тарифы утвердил Комитет по регулированию естественных монополий в среду. | Комитет по регулированию естественных монополий | Committee for the Regulation of Natural Monopolies",
        // "по делам": "for … Affairs", a phrase of two words inside (государственной службы → Civil Service)
        "RU | Конкурс объявил Совет по делам государственной службы весной. | Совет по делам государственной службы | Council for Civil Service Affairs",
        "RU | Форум организовал Комитет по делам молодежи города. | Комитет по делам молодежи | Committee for Youth Affairs",
        // "по" and a field: "on …"; adjectives before the complement's noun
        "RU | Жалобу рассмотрела Комиссия по правам человека на заседании. | Комиссия по правам человека | Commission on Human Rights",
        "RU | Спасателей направил Комитет по чрезвычайным ситуациям утром. | Комитет по чрезвычайным ситуациям | Committee for Emergency Situations",
        "RU | Цифры обнародовал Государственный комитет по статистике на днях. | Государственный комитет по статистике | State Committee on Statistics",
        // two words inside a clause
        "RU | Учения прошли совместно с Антитеррористическим центром области. | Антитеррористическим центром | Anti-Terrorist Center",
        "RU | Расходы министерства проверила Счетная палата весной. | Счетная палата | Accounts Chamber",
        "RU | Журналисты собрались в Международном пресс-клубе столицы. | Международном пресс-клубе | International Press Club",
        // the country that owns it, with or without "Республики"
        "RU | Об этом сообщил Государственный комитет по статистике Республики Узбекистан вчера. | Государственный комитет по статистике Республики Узбекистан | State Committee on Statistics of Uzbekistan",
        "RU | Антитеррористический центр Казахстана провел учения. | Антитеррористический центр Казахстана | Anti-Terrorist Center of Kazakhstan",
        "RU | Делегацию встретил спикер Великого национального меджлиса Турции вчера. | Великого национального меджлиса Турции | Grand National Assembly of Turkey",
        // a city that owns it goes first
        "RU | Фестиваль подготовил Комитет по туризму Самарканда заранее. | Комитет по туризму Самарканда | Samarkand Committee for Tourism",
    })
    void namesRussianBodiesWithAComplementOrACountry(Language lang, String text, String mention, String name) {
        findsAndNamesADescriptiveBody(lang, text, mention, name);
    }

    /** A body named again without its first modifiers is the one body of the article whose name ends so. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "RU | Отчет выпустил Государственный комитет по статистике весной. Позже Комитет по статистике его уточнил. | 1 | State Committee on Statistics",
        // two bodies whose names end so: the short name stays apart
        "RU | Спорили Государственный комитет по статистике и Национальный комитет по статистике. Позже Комитет по статистике уступил. | 3 | -",
    })
    void joinsAShortNameToTheOneLongerBody(Language lang, String text, int count, String name) {
        List<Entity> orgs = organizations(text, lang);
        assertThat(orgs).hasSize(count);
        if (!name.equals("-")) {
            assertThat(orgs.get(0).name()).isEqualTo(name);
            assertThat(orgs.get(0).mentions()).hasSize(2);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // no capitalized word opens the modifiers
        "UZ | Бу ҳақда вазирлик матбуот хизмати хабар берди.",
        // the sentence's first word is a common word, not a name
        "UZ | Бу университети билан машҳур шаҳар.",
        // two Russian words name a kind of body, not one, where they open the sentence
        "RU | Народный совет собрался вечером.",
        "RU | Государственный комитет заседает по вторникам.",
        // a "по" complement whose noun the tables do not know ends the body at its head: one word is none
        "RU | Вчера Комитет по благоустройству собрался.",
        // a Russian word the tables do not know ends the phrase before the head
        "RU | Городской научный совет собрался вечером.",
        // an English run without a head, and a head alone
        "EN | Green River Watch and the Council said nothing.",
    })
    void leavesWhatIsNoBodyOfItsOwn(Language lang, String text) {
        assertThat(organizations(text, lang)).isEmpty();
    }
}
