package org.iqtibos.internal.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.iqtibos.ArticleAnalyzer;
import org.iqtibos.Language;
import org.iqtibos.result.ArticleAnalysis;
import org.iqtibos.result.Entity;
import org.iqtibos.result.Quote;
import org.iqtibos.result.QuoteType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Quote patterns of everyday news that the dev articles do not show, run through the whole analyzer (segmenter, NER,
 * linker, quote stage) with the language hint, so that the entities are the ones a caller gets. Every sentence is
 * written for this test. The speaker is named by a surface form one of its mentions contains, or null where the text
 * names no single speaker (a group, an impersonal verb, a document).
 */
class UnseenNewsQuotesTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.create();

    /** name, language, text, expected quote text, type, a surface form of the speaker (null: no speaker). */
    static Stream<Arguments> quotes() {
        return Stream.of(
                // Russian
                Arguments.of("en “…,” X's spokesman said: the spokesman, unnamed, not X", Language.EN,
                        "Foreign Minister David Clarke arrived in Tashkent.\n\"We agreed on the next steps,\" Clarke's spokesman said.",
                        "We agreed on the next steps", QuoteType.DIRECT, null),
                Arguments.of("en “…,” according to X: the source after the according-to phrase", Language.EN,
                        "Foreign Minister David Clarke arrived in Tashkent.\n\"The talks were useful,\" according to Clarke.",
                        "The talks were useful", QuoteType.DIRECT, "Clarke"),
                Arguments.of("ru «…», по словам X: a direct quote, the source after it", Language.RU,
                        "Министр Аскар Сериков прибыл в Ташкент. «Переговоры были полезными», по словам министра.",
                        "Переговоры были полезными", QuoteType.DIRECT, "Сериков"),
                Arguments.of("ru dash, then подчеркнул он", Language.RU,
                        "Министр энергетики Сергей Волков посетил подстанцию в Твери.\n— Мы завершим ремонт до холодов, — подчеркнул он.",
                        "Мы завершим ремонт до холодов", QuoteType.DIRECT, "Волков"),
                Arguments.of("ru как сообщил X", Language.RU,
                        "В Казани открылся новый мост. Как сообщил мэр города Ильдар Хакимов, движение по нему начнется в понедельник.",
                        "движение по нему начнется в понедельник", QuoteType.INDIRECT, "Хакимов"),
                // "по данным X" is how Russian news says "according to X" of a body: reported information with a
                // named source, so a quote of that source, like "according to the ministry"
                Arguments.of("ru по данным X is X's", Language.RU,
                        "В Казани открылся новый мост. По данным Министерства транспорта, стоимость работ составила два миллиарда рублей.",
                        "стоимость работ составила два миллиарда рублей", QuoteType.INDIRECT, "Министерства транспорта"),
                Arguments.of("ru feminine verb, surname", Language.RU,
                        "Глава департамента Анна Соколова провела совещание. Соколова отметила, что школы готовы к новому учебному году.",
                        "школы готовы к новому учебному году", QuoteType.INDIRECT, "Соколова"),
                Arguments.of("ru она подчеркнула", Language.RU,
                        "Глава департамента Анна Соколова провела совещание. Она подчеркнула, что школы готовы к новому учебному году.",
                        "школы готовы к новому учебному году", QuoteType.INDIRECT, "Соколова"),
                Arguments.of("ru «…» over two paragraphs", Language.RU,
                        "Губернатор Олег Миронов выступил на сессии. Он сказал:\n«Бюджет этого года будет социальным.\nМы увеличим расходы на медицину и образование».\nДепутаты поддержали проект.",
                        "Бюджет этого года будет социальным.\nМы увеличим расходы на медицину и образование",
                        QuoteType.DIRECT, "Миронов"),
                Arguments.of("ru group subject has no speaker", Language.RU,
                        "Министр Олег Миронов встретился с фермерами. Участники встречи отметили, что цены на топливо выросли.",
                        "цены на топливо выросли", QuoteType.INDIRECT, null),
                Arguments.of("ru она after two persons: the woman", Language.RU,
                        "Министр Олег Миронов и его заместитель Анна Соколова провели брифинг.\n«Мы не повысим тарифы в этом году», — сказала она.",
                        "Мы не повысим тарифы в этом году", QuoteType.DIRECT, "Соколова"),
                Arguments.of("ru dash, then отметила X", Language.RU,
                        "Министр Олег Миронов и его заместитель Анна Соколова провели брифинг.\n— Тарифы не изменятся, — отметила Соколова.",
                        "Тарифы не изменятся", QuoteType.DIRECT, "Соколова"),
                Arguments.of("ru как отметили в министерстве", Language.RU,
                        "Министерство транспорта объявило тендер. Как отметили в министерстве, работы начнутся весной.",
                        "работы начнутся весной", QuoteType.INDIRECT, "Министерство транспорта"),
                Arguments.of("ru …, сообщили в пресс-службе ведомства", Language.RU,
                        "Министерство транспорта объявило тендер. Работы начнутся весной, сообщили в пресс-службе ведомства.",
                        "Работы начнутся весной", QuoteType.INDIRECT, "Министерство транспорта"),
                Arguments.of("ru заявил журналистам, что", Language.RU,
                        "Министр энергетики Сергей Волков посетил подстанцию. Волков заявил журналистам, что ремонт завершится до холодов.",
                        "ремонт завершится до холодов", QuoteType.INDIRECT, "Волков"),
                Arguments.of("ru по мнению экспертов: a group", Language.RU,
                        "Министр энергетики Сергей Волков посетил подстанцию. По мнению экспертов, ремонт завершится только весной.",
                        "ремонт завершится только весной", QuoteType.INDIRECT, null),
                Arguments.of("ru эксперты считают, что: a group", Language.RU,
                        "Министр энергетики Сергей Волков посетил подстанцию. Эксперты считают, что ремонт завершится только весной.",
                        "ремонт завершится только весной", QuoteType.INDIRECT, null),
                // English
                Arguments.of("en X told reporters", Language.EN,
                        "Finance Minister David Clarke arrived in Tashkent on Monday. Clarke told reporters the talks had been productive.",
                        "the talks had been productive", QuoteType.INDIRECT, "Clarke"),
                Arguments.of("en \"…,\" X added", Language.EN,
                        "Finance Minister David Clarke arrived in Tashkent on Monday.\n\"We expect a new agreement by autumn,\" Clarke added.",
                        "We expect a new agreement by autumn", QuoteType.DIRECT, "Clarke"),
                Arguments.of("en X said in a statement that", Language.EN,
                        "Finance Minister David Clarke arrived in Tashkent on Monday. Clarke said in a statement that the loan would be signed next week.",
                        "the loan would be signed next week", QuoteType.INDIRECT, "Clarke"),
                Arguments.of("en group subject has no speaker", Language.EN,
                        "Finance Minister David Clarke met farmers on Monday. Participants of the meeting noted that fuel prices had risen.",
                        "fuel prices had risen", QuoteType.INDIRECT, null),
                Arguments.of("en \"…,\" said X", Language.EN,
                        "Finance Minister David Clarke arrived in Tashkent on Monday.\n\"We expect a new agreement by autumn,\" said Clarke.",
                        "We expect a new agreement by autumn", QuoteType.DIRECT, "Clarke"),
                Arguments.of("en X, who …, said that", Language.EN,
                        "Finance Minister David Clarke arrived in Tashkent on Monday. Clarke, who has led the ministry since 2019, said that the loan would be signed next week.",
                        "the loan would be signed next week", QuoteType.INDIRECT, "Clarke"),
                // "announced a new loan" takes a noun object: no quote there
                Arguments.of("en in a statement, the ministry said", Language.EN,
                        "The Ministry of Finance announced a new loan on Monday. In a statement, the ministry said the loan would be signed next week.",
                        "the loan would be signed next week", QuoteType.INDIRECT, "Ministry of Finance"),
                Arguments.of("en according to the ministry", Language.EN,
                        "The Ministry of Finance announced a new loan on Monday. According to the ministry, the loan will be signed next week.",
                        "the loan will be signed next week", QuoteType.INDIRECT, "Ministry of Finance"),
                Arguments.of("en experts say …: a group", Language.EN,
                        "Finance Minister David Clarke arrived in Tashkent on Monday. Experts say the deal could double trade.",
                        "the deal could double trade", QuoteType.INDIRECT, null),
                Arguments.of("en the minister told a news conference that", Language.EN,
                        "Finance Minister David Clarke arrived in Tashkent on Monday. The minister told a news conference that the deal could double trade.",
                        "the deal could double trade", QuoteType.INDIRECT, "Clarke"),
                Arguments.of("en …, X said. (no quote marks)", Language.EN,
                        "Finance Minister David Clarke spoke at the forum on Monday. The talks were productive, Clarke said.",
                        "The talks were productive", QuoteType.INDIRECT, "Clarke"),
                Arguments.of("en …, the minister told reporters.", Language.EN,
                        "Finance Minister David Clarke spoke at the forum on Monday. The talks were productive, the minister told reporters.",
                        "The talks were productive", QuoteType.INDIRECT, "Clarke"),
                // Kazakh
                Arguments.of("kk … деп хабарлады X (no comma)", Language.KK,
                        "Астанада жаңа көпір ашылды. Көлік қозғалысы дүйсенбіде басталады деп хабарлады қала әкімі Ерлан Ахметов.",
                        "Көлік қозғалысы дүйсенбіде басталады", QuoteType.INDIRECT, "Ахметов"),
                Arguments.of("kk X … деді", Language.KK,
                        "Қала әкімі Ерлан Ахметов жаңа көпірді аралады. Ахметов көпір уақытында салынды деді.",
                        "көпір уақытында салынды", QuoteType.INDIRECT, "Ахметов"),
                Arguments.of("kk dash, then деді ол", Language.KK,
                        "Қала әкімі Ерлан Ахметов жаңа көпірді аралады.\n— Көпір уақытында салынды, — деді ол.",
                        "Көпір уақытында салынды", QuoteType.DIRECT, "Ахметов"),
                Arguments.of("kk group subject has no speaker", Language.KK,
                        "Қала әкімі Ерлан Ахметов фермерлермен кездесті. Кездесуге қатысушылар жанармай бағасы өскенін атап өтті.",
                        "жанармай бағасы өскенін", QuoteType.INDIRECT, null),
                Arguments.of("kk X-тың айтуынша", Language.KK,
                        "Қала әкімі Ерлан Ахметов жаңа көпірді аралады. Ахметовтың айтуынша, көпір уақытында салынды.",
                        "көпір уақытында салынды", QuoteType.INDIRECT, "Ахметов"),
                Arguments.of("kk «…», – деді X (en dash)", Language.KK,
                        "Қала әкімі Ерлан Ахметов жаңа көпірді аралады.\n«Көпір уақытында салынды», – деді Ахметов.",
                        "Көпір уақытында салынды", QuoteType.DIRECT, "Ахметов"),
                Arguments.of("kk бұл туралы X мәлімдеді", Language.KK,
                        "Көлік қозғалысы дүйсенбіде басталады. Бұл туралы қала әкімі Ерлан Ахметов мәлімдеді.",
                        "Көлік қозғалысы дүйсенбіде басталады", QuoteType.INDIRECT, "Ахметов"),
                Arguments.of("kk ол …ғанын айтты", Language.KK,
                        "Қала әкімі Ерлан Ахметов жаңа көпірді аралады. Ол көпір уақытында салынғанын айтты.",
                        "көпір уақытында салынғанын", QuoteType.INDIRECT, "Ахметов"),
                Arguments.of("kk сарапшылардың пікірінше: a group", Language.KK,
                        "Қала әкімі Ерлан Ахметов жаңа көпірді аралады. Сарапшылардың пікірінше, көпір ұзақ уақыт қызмет етеді.",
                        "көпір ұзақ уақыт қызмет етеді", QuoteType.INDIRECT, null),
                Arguments.of("kk X журналистерге … айтты: the addressee is no content", Language.KK,
                        "Қала әкімі Ерлан Ахметов жаңа көпірді аралады. Ахметов журналистерге көпір уақытында салынғанын айтты.",
                        "көпір уақытында салынғанын", QuoteType.INDIRECT, "Ахметов"),
                Arguments.of("kk title and name, then … деді", Language.KK,
                        "Астанада жаңа көпір ашылды. Қала әкімі Ерлан Ахметов көпір уақытында салынды деді.",
                        "көпір уақытында салынды", QuoteType.INDIRECT, "Ахметов"),
                Arguments.of("kk … деп мәлімдеді X (no comma)", Language.KK,
                        "Энергетика министрі Жандос Омаров Түркістанда болды. Жаңа станция жыл соңына дейін іске қосылады деп мәлімдеді Омаров.",
                        "Жаңа станция жыл соңына дейін іске қосылады", QuoteType.INDIRECT, "Омаров"),
                Arguments.of("kk сарапшылар … деп санайды: a group's opinion", Language.KK,
                        "Энергетика министрі Жандос Омаров Түркістанда болды. Сарапшылар станция жыл соңына дейін іске қосылады деп санайды.",
                        "станция жыл соңына дейін іске қосылады", QuoteType.INDIRECT, null),
                // Uzbek, Cyrillic
                Arguments.of("uz-Cyrl …, деб айтди X", Language.UZ,
                        "Тошкентда янги кўприк очилди. Ҳаракат душанбадан бошланади, деб айтди шаҳар ҳокими Бахтиёр Раҳимов.",
                        "Ҳаракат душанбадан бошланади", QuoteType.INDIRECT, "Раҳимов"),
                Arguments.of("uz-Cyrl X … маълум қилди", Language.UZ,
                        "Шаҳар ҳокими Бахтиёр Раҳимов янги кўприкни кўздан кечирди. Раҳимов кўприк муддатидан олдин қурилганини маълум қилди.",
                        "кўприк муддатидан олдин қурилганини", QuoteType.INDIRECT, "Раҳимов"),
                Arguments.of("uz-Cyrl X … деди", Language.UZ,
                        "Шаҳар ҳокими Бахтиёр Раҳимов янги кўприкни кўздан кечирди. Раҳимов кўприк ўз вақтида қурилди деди.",
                        "кўприк ўз вақтида қурилди", QuoteType.INDIRECT, "Раҳимов"),
                Arguments.of("uz-Cyrl …, дейилади баёнотда", Language.UZ,
                        "Тошкентда янги кўприк очилди. Ҳаракат душанбадан бошланади, дейилади баёнотда.",
                        "Ҳаракат душанбадан бошланади", QuoteType.INDIRECT, null),
                Arguments.of("uz-Cyrl group subject has no speaker", Language.UZ,
                        "Шаҳар ҳокими Бахтиёр Раҳимов фермерлар билан учрашди. Форум иштирокчилари ёқилғи нархи ошганини таъкидлади.",
                        "ёқилғи нархи ошганини", QuoteType.INDIRECT, null),
                Arguments.of("uz-Cyrl X-нинг айтишича", Language.UZ,
                        "Шаҳар ҳокими Бахтиёр Раҳимов янги кўприкни кўздан кечирди. Раҳимовнинг айтишича, кўприк муддатидан олдин қурилди.",
                        "кўприк муддатидан олдин қурилди", QuoteType.INDIRECT, "Раҳимов"),
                Arguments.of("uz-Cyrl «…», — деди у", Language.UZ,
                        "Шаҳар ҳокими Бахтиёр Раҳимов янги кўприкни кўздан кечирди.\n«Кўприк муддатидан олдин қурилди», — деди у.",
                        "Кўприк муддатидан олдин қурилди", QuoteType.DIRECT, "Раҳимов"),
                Arguments.of("uz-Cyrl бу ҳақда X маълум қилди", Language.UZ,
                        "Янги кўприк муддатидан олдин қурилди. Бу ҳақда шаҳар ҳокими Бахтиёр Раҳимов маълум қилди.",
                        "Янги кўприк муддатидан олдин қурилди", QuoteType.INDIRECT, "Раҳимов"),
                Arguments.of("uz-Cyrl мутахассисларнинг фикрича: a group", Language.UZ,
                        "Шаҳар ҳокими Бахтиёр Раҳимов янги кўприкни кўздан кечирди. Мутахассисларнинг фикрича, кўприк узоқ вақт хизмат қилади.",
                        "кўприк узоқ вақт хизмат қилади", QuoteType.INDIRECT, null),
                Arguments.of("uz-Cyrl X журналистларга … айтди: the addressee is no content", Language.UZ,
                        "Шаҳар ҳокими Бахтиёр Раҳимов янги кўприкни кўздан кечирди. Раҳимов журналистларга кўприк муддатидан олдин қурилганини айтди.",
                        "кўприк муддатидан олдин қурилганини", QuoteType.INDIRECT, "Раҳимов"),
                Arguments.of("uz-Cyrl title and name, then … деди", Language.UZ,
                        "Тошкентда янги кўприк очилди. Шаҳар ҳокими Бахтиёр Раҳимов кўприк ўз вақтида қурилди деди.",
                        "кўприк ўз вақтида қурилди", QuoteType.INDIRECT, "Раҳимов"),
                Arguments.of("uz-Cyrl маҳалла аҳолиси: a group", Language.UZ,
                        "Энергетика вазири Жамшид Қодиров Самарқандда бўлди. Маҳалла аҳолиси электр узилишлари камайганини таъкидлади.",
                        "электр узилишлари камайганини", QuoteType.INDIRECT, null),
                // Uzbek, Latin
                Arguments.of("uz-Latn …, deb aytdi X", Language.UZ,
                        "Toshkentda yangi ko‘prik ochildi. Harakat dushanbadan boshlanadi, deb aytdi shahar hokimi Baxtiyor Rahimov.",
                        "Harakat dushanbadan boshlanadi", QuoteType.INDIRECT, "Rahimov"),
                Arguments.of("uz-Latn X … ma'lum qildi", Language.UZ,
                        "Shahar hokimi Baxtiyor Rahimov yangi ko‘prikni ko‘zdan kechirdi. Rahimov ko‘prik muddatidan oldin qurilganini ma’lum qildi.",
                        "ko‘prik muddatidan oldin qurilganini", QuoteType.INDIRECT, "Rahimov"),
                Arguments.of("uz-Latn X … dedi", Language.UZ,
                        "Shahar hokimi Baxtiyor Rahimov yangi ko‘prikni ko‘zdan kechirdi. Rahimov ko‘prik o‘z vaqtida qurildi dedi.",
                        "ko‘prik o‘z vaqtida qurildi", QuoteType.INDIRECT, "Rahimov"),
                Arguments.of("uz-Latn …, deyiladi bayonotda", Language.UZ,
                        "Toshkentda yangi ko‘prik ochildi. Harakat dushanbadan boshlanadi, deyiladi bayonotda.",
                        "Harakat dushanbadan boshlanadi", QuoteType.INDIRECT, null),
                Arguments.of("uz-Latn — …, — dedi u", Language.UZ,
                        "Shahar hokimi Baxtiyor Rahimov yangi ko‘prikni ko‘zdan kechirdi.\n— Ko‘prik muddatidan oldin qurildi, — dedi u.",
                        "Ko‘prik muddatidan oldin qurildi", QuoteType.DIRECT, "Rahimov"),
                Arguments.of("uz-Latn X-ning aytishicha", Language.UZ,
                        "Shahar hokimi Baxtiyor Rahimov yangi ko‘prikni ko‘zdan kechirdi. Rahimovning aytishicha, ko‘prik muddatidan oldin qurildi.",
                        "ko‘prik muddatidan oldin qurildi", QuoteType.INDIRECT, "Rahimov"),
                Arguments.of("uz-Latn ekspertlar: a group, no speaker", Language.UZ,
                        "Shahar hokimi Baxtiyor Rahimov yangi ko‘prikni ko‘zdan kechirdi. Ekspertlar narxlar oshishini ta’kidlamoqda.",
                        "narxlar oshishini", QuoteType.INDIRECT, null),
                Arguments.of("uz-Latn vazirlik … ma'lum qildi", Language.UZ,
                        "Energetika vazirligi yangi tariflarni e’lon qildi. Vazirlik narxlar oshmasligini ma’lum qildi.",
                        "narxlar oshmasligini", QuoteType.INDIRECT, "Energetika vazirligi"),
                Arguments.of("uz-Latn mutaxassislarning fikricha: a group", Language.UZ,
                        "Shahar hokimi Baxtiyor Rahimov yangi ko‘prikni ko‘zdan kechirdi. Mutaxassislarning fikricha, ko‘prik uzoq vaqt xizmat qiladi.",
                        "ko‘prik uzoq vaqt xizmat qiladi", QuoteType.INDIRECT, null),
                Arguments.of("uz-Latn shunday dedi: then “…” in the next paragraph", Language.UZ,
                        "Shahar hokimi Baxtiyor Rahimov yangi ko‘prikni ko‘zdan kechirdi va shunday dedi:\n“Ko‘prik muddatidan oldin qurildi. Endi harakat ancha yengillashadi”.",
                        "Ko‘prik muddatidan oldin qurildi. Endi harakat ancha yengillashadi", QuoteType.DIRECT, "Rahimov"),
                Arguments.of("uz-Latn X jurnalistlarga … aytdi", Language.UZ,
                        "Shahar hokimi Baxtiyor Rahimov yangi ko‘prikni ko‘zdan kechirdi. Rahimov jurnalistlarga ko‘prik muddatidan oldin qurilganini aytdi.",
                        "ko‘prik muddatidan oldin qurilganini", QuoteType.INDIRECT, "Rahimov"),
                Arguments.of("uz-Latn “…”, deyiladi vazirlik xabarida", Language.UZ,
                        "Energetika vazirligi yangi tariflarni e’lon qildi. “Narxlar o‘zgarmaydi”, deyiladi vazirlik xabarida.",
                        "Narxlar o‘zgarmaydi", QuoteType.DIRECT, "Energetika vazirligi"),
                Arguments.of("uz-Latn group subject has no speaker", Language.UZ,
                        "Shahar hokimi Baxtiyor Rahimov fermerlar bilan uchrashdi. Forum ishtirokchilari yoqilg‘i narxi oshganini ta’kidladi.",
                        "yoqilg‘i narxi oshganini", QuoteType.INDIRECT, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quotes")
    void findsAndAttributesTheQuote(String name, Language lang, String text, String expected, QuoteType type,
            String speakerForm) {
        ArticleAnalysis a = ANALYZER.analyze(text, lang);
        assertOneQuote(a, expected, type, speakerForm);
        assertThat(a.quotes()).as("no other quote").hasSize(1);
    }

    /** {@code a} holds the quote {@code expected} of {@code type}, said by an entity with a mention containing
     * {@code speakerForm} (null: no speaker). */
    static void assertOneQuote(ArticleAnalysis a, String expected, QuoteType type, String speakerForm) {
        List<Quote> matching = a.quotes().stream().filter(q -> q.text().equals(expected)).toList();
        assertThat(matching).as("quotes %s", a.quotes()).hasSize(1);
        Quote q = matching.get(0);
        assertThat(q.type()).isEqualTo(type);
        if (speakerForm == null) {
            assertThat(q.speakerId()).as("speaker of %s", q).isNull();
        } else {
            Entity speaker = a.entity(q.speakerId()).orElseThrow();
            assertThat(speaker.mentions()).as("speaker of %s", q)
                    .anySatisfy(m -> assertThat(m.text()).contains(speakerForm));
        }
    }

    /** name, language, text with a speech verb but no reported words. */
    static Stream<Arguments> noQuotes() {
        return Stream.of(
                Arguments.of("uz '… деб Kun.uz хабар берди': an outlet between the quotative and the verb reports an event",
                        Language.UZ, "Вазир Азиз Каримов Бухорода мактаб очди, деб Kun.uz хабар берди."),
                Arguments.of("en said goodbye: an object, no clause", Language.EN,
                        "Finance Minister David Clarke said goodbye to the delegation at the airport."),
                Arguments.of("en reported a profit", Language.EN,
                        "The Kazakh Railways company reported a profit of two million dollars last year."),
                Arguments.of("en told the story", Language.EN,
                        "Finance Minister David Clarke told the story of his first visit to Samarkand."),
                Arguments.of("en confirmed his participation", Language.EN,
                        "Finance Minister David Clarke confirmed his participation in the forum next week."),
                Arguments.of("en announced a new loan", Language.EN,
                        "The Ministry of Finance announced a new loan for small businesses on Monday."),
                Arguments.of("ru рассказал о планах: a topic", Language.RU,
                        "Министр энергетики Сергей Волков рассказал о планах на следующий год."),
                Arguments.of("uz-Cyrl тафсилотларини маълум қилди: a noun object", Language.UZ,
                        "Шаҳар ҳокими Бахтиёр Раҳимов янги лойиҳанинг тафсилотларини маълум қилди."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noQuotes")
    void findsNoQuote(String name, Language lang, String text) {
        assertThat(ANALYZER.analyze(text, lang).quotes()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void saidAddingThatGivesTwoQuotesOfOneSpeaker() {
        ArticleAnalysis a = ANALYZER.analyze("Finance Minister David Clarke spoke at the forum on Monday. The talks were"
                + " productive, he said, adding that a deal could be signed in May.", Language.EN);
        assertThat(a.quotes()).extracting(Quote::text)
                .containsExactly("The talks were productive", "a deal could be signed in May");
        assertThat(a.quotes()).extracting(Quote::speakerId).containsOnly(a.persons().get(0).id());
    }

    /** name, language, text, the two quotes of one speaker: marks after the attribution sentence go on. */
    static Stream<Arguments> splitQuotes() {
        return Stream.of(
                Arguments.of("en “A,” X said. “B.”", Language.EN,
                        "Finance Minister David Clarke spoke at the forum on Monday.\n“The agreement is ready,” Clarke said. “We only need the signatures.”",
                        "The agreement is ready", "We only need the signatures"),
                Arguments.of("ru «A», — сказал X. «B».", Language.RU,
                        "Министр энергетики Сергей Волков посетил Тверь.\n«Ремонт завершится до зимы», — сказал Волков. «Денег на это хватит».",
                        "Ремонт завершится до зимы", "Денег на это хватит"),
                Arguments.of("uz-Cyrl «A», — деди X. «B».", Language.UZ,
                        "Шаҳар ҳокими Бахтиёр Раҳимов янги кўприкни кўздан кечирди.\n«Кўприк муддатидан олдин қурилди», — деди Раҳимов. «Энди ҳаракат енгиллашади».",
                        "Кўприк муддатидан олдин қурилди", "Энди ҳаракат енгиллашади"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("splitQuotes")
    void marksAfterTheAttributionSentenceKeepTheSpeaker(String name, Language lang, String text, String first,
            String second) {
        ArticleAnalysis a = ANALYZER.analyze(text, lang);
        assertThat(a.quotes()).extracting(Quote::text).containsExactly(first, second);
        assertThat(a.quotes()).extracting(Quote::type).containsOnly(QuoteType.DIRECT);
        assertThat(a.quotes()).extracting(Quote::speakerId).containsOnly(a.persons().get(0).id());
    }
}
