package org.iqtibos.internal.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.iqtibos.ArticleAnalyzer;
import org.iqtibos.Language;
import org.iqtibos.result.Entity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * State bodies, agencies, companies and outlets of the region as news names them, and the English name each takes
 * (issues 9 and 14). Sentences written for this test.
 */
class RegionalBodiesTest {
    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.create();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // a press service named by its owner's title, in lower case too, takes the home country
        "UZ | Бу ҳақда давлат раҳбарининг матбуот хизмати хабар берди. | Press Service of the President of Uzbekistan",
        "UZ | Bu haqda davlat rahbari matbuot xizmati xabar berdi. | Press Service of the President of Uzbekistan",
        "KY | Бул тууралуу президенттин маалымат кызматы билдирди. | Press Service of the President of Kyrgyzstan",
        "KY | Маалыматты өкмөттүн басма сөз кызматы таратты. | Press Service of the Government of Kyrgyzstan",
        "KK | Бұл туралы мемлекет басшысының баспасөз қызметі хабарлады. | Press Service of the President of Kazakhstan",
        // Kyrgyzstan's security service has its own English name
        "KY | УКМК эки шектүүнү кармаганын билдирди. | State Committee for National Security of Kyrgyzstan",
        "RU | ГКНБ Кыргызстана задержал двух подозреваемых. | State Committee for National Security of Kyrgyzstan",
        "KY | Кыргыз Республикасынын Экономика жана коммерция министрлиги жаңы эрежелерди бекитти. | Ministry of Economy and Commerce of Kyrgyzstan",
        "RU | Следственный комитет России возбудил уголовное дело. | Investigative Committee of Russia",
        "KK | Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі екі шенеунікті ұстады. | Anti-Corruption Agency of Kazakhstan",
        "UZ | Коррупцияга қарши курашиш агентлиги янги текширув бошлади. | Anti-Corruption Agency of Uzbekistan",
        "KK | Қаржылық мониторинг агенттігі схеманы әшкереледі. | Financial Monitoring Agency of Kazakhstan",
        // banks, companies, blocs' bodies and outlets of the knowledge base, by the press's English name
        "KK | Халық банкі шағын бизнеске жаңа несие ұсынды. | Halyk Bank",
        "EN | Halyk Bank reported a record profit for the year. | Halyk Bank",
        "RU | Интерпол объявил его в розыск. | Interpol",
        "RU | ФСБ России сообщила о задержании. | Federal Security Service of Russia",
        "KK | Еуразиялық үкіметаралық кеңес отырысы Алматыда өтті. | Eurasian Intergovernmental Council",
        "UZ | Навоий кон-металлургия комбинати олтин қазиб олишни оширди. | Navoi Mining and Metallurgical Company",
        "KY | Бул тууралуу КТРК кабарлады. | KTRK",
        "EN | The Turkmen state news agency TDH said the talks were held in Ashgabat. | TDH",
        "EN | Fitch Ratings affirmed the country's rating on Friday. | Fitch Ratings",
        "RU | Исполнительный комитет СНГ провел заседание в Минске. | CIS Executive Committee",
        // an English body's owner in the possessive goes last; a tail of several linked runs stays whole
        "EN | Kazakhstan's Agency for Regulation and Development of the Financial Market fined two lenders. | Agency for Regulation and Development of the Financial Market of Kazakhstan",
        "EN | Russia's Federal Customs Service changed the rules. | Federal Customs Service of Russia",
        // courts, city councils, statistics bodies and Olympic committees translated, not romanized
        "KY | Бишкек шаардык кеңеши бюджетти кабыл алды. | Bishkek City Council",
        "KK | Алматы қалалық соты шешім шығарды. | Almaty City Court",
        "UZ | Ўзбекистон Миллий олимпия қўмитаси спортчиларни тақдирлади. | National Olympic Committee of Uzbekistan",
        "KK | Ұлттық статистика бюросы жаңа деректерді жариялады. | Bureau of National Statistics of Kazakhstan",
        "KY | Улуттук статистика комитети жаңы маалымат берди. | National Statistical Committee of Kyrgyzstan",
        "RU | Госкомитет по национальной безопасности Кыргызстана сообщил о задержании. | State Committee for National Security of Kyrgyzstan",
        // ministries and agencies named by several nouns, and Kazakh news's capitalized Үкімет
        "KK | Су ресурстары және ирригация министрлігі жаңа бағдарлама әзірледі. | Ministry of Water Resources and Irrigation of Kazakhstan",
        "KK | Мәдениет және ақпарат министрлігі байқау жариялады. | Ministry of Culture and Information of Kazakhstan",
        "KK | Мемлекеттік кірістер комитеті салық түсімдері артқанын хабарлады. | State Revenue Committee of Kazakhstan",
        "KK | Стратегиялық жоспарлау және реформалар агенттігі баяндама жасады. | Agency for Strategic Planning and Reforms of Kazakhstan",
        "KK | Жиында Үкімет жаңа жоспарды мақұлдады. | Government of Kazakhstan",
        "EN | Kazakhstan's Agency for Strategic Planning and Reforms published the data. | Agency for Strategic Planning and Reforms of Kazakhstan",
        "EN | The Kazakh Ministry of Ecology and Natural Resources said the air was cleaner. | Ministry of Ecology and Natural Resources of Kazakhstan",
        "EN | The U.S. Agency for International Development funded the project. | USAID",
        "EN | Uzbekhydroenergo signed a deal with Masdar on Monday. | Masdar",
        "EN | Tajikistan's Ministry of Energy and Water Resources reported record output. | Ministry of Energy and Water Resources of Tajikistan",
        "KY | Мамлекеттик салык кызматы салык түшүүлөрү көбөйгөнүн билдирди. | State Tax Service of Kyrgyzstan",
        "EN | Reporters Without Borders criticized the new media law. | Reporters Without Borders",
        "EN | Turkmengas will raise supplies to CNPC next year. | Turkmengas",
        "UZ | Япония Халқаро ҳамкорлик агентлиги янги лойиҳани бошлади. | JICA",
        "UZ | Россия Федерал Кенгаши қонунни маъқуллади. | Federation Council",
        "UZ | Бу ҳақда Озодлик радиоси хабар берди. | Radio Ozodlik",
        // a body one country keeps in another: the owner, and the host with its locative ending, in either order
        "KY | Кыргызстандын Монголиядагы консулдугу маалымат берди. | Consulate of Kyrgyzstan in Mongolia",
        "KY | АКШнын Кыргызстандагы элчилиги билдирүү таратты. | Embassy of the United States in Kyrgyzstan",
        "UZ | Тошкентдаги Франция элчихонаси кўргазма ташкил этди. | Embassy of France in Tashkent",
        "UZ | O‘zbekistonning AQShdagi elchixonasi xabar berdi. | Embassy of Uzbekistan in the United States",
        "KK | Қазақстанның Түркиядағы елшілігі мәлімдеме жасады. | Embassy of Kazakhstan in Turkey",
        "KK | Ресей елшілігі де хабарлады. | Embassy of Russia",
        // a people's name before a Turkic body names its country
        "KY | Кыргыз парламенти мыйзамды кабыл алды. | Parliament of Kyrgyzstan",
        "KK | Қазақ үкіметі шешім қабылдады. | Government of Kazakhstan",
        // state information services the region's news cites
        "KK | Орталық коммуникациялар қызметінде брифинг өтті. | Central Communications Service",
        "UZ | Бу ҳақда АОКА хабар берди. | Agency of Information and Mass Communications",
        // the shorter Kyrgyz form of the Prosecutor General's Office, the home country's
        "KY | Баш прокуратура бул маалыматты четке какты. | Prosecutor General's Office of Kyrgyzstan",
    })
    void namesTheBody(Language lang, String text, String name) {
        assertThat(ANALYZER.analyze(text, lang).organizations()).extracting(Entity::name).contains(name);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // the statistical model's names inside a known or described body are that body's words
        "KK | Қазақстан Республикасы Энергетика министрлігі жаңа ереже бекітті. | Kazakhstan",
        "EN | Tajikistan's Committee for Emergency Situations and Civil Defense reported floods. | Tajikistan",
    })
    void aBodysWordsAreNoOtherEntity(Language lang, String text, String place) {
        org.iqtibos.result.ArticleAnalysis a = ANALYZER.analyze(text, lang);
        assertThat(a.places()).extracting(Entity::name).containsExactly(place);
        assertThat(a.persons()).isEmpty();
    }
}
