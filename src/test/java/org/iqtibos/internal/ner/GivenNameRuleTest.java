package org.iqtibos.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.iqtibos.Language;
import org.iqtibos.Script;
import org.iqtibos.internal.kb.KnowledgeBase;
import org.iqtibos.internal.text.Romanizer;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.internal.morph.NameStemmer;
import org.iqtibos.internal.segment.SegmentedText;
import org.iqtibos.internal.segment.Segmenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GivenNameRuleTest {
    private static final ModelFiles MODELS = ModelFiles.directory(Path.of("models"));
    private static final GivenNames NAMES = GivenNames.load(MODELS, Romanizer.load(MODELS));
    private static final NameStemmer UZ = NameStemmer.load(MODELS, Language.UZ);
    private static final PersonPatternFinder FINDER = PersonPatternFinder.load(MODELS, UZ::baseForms, NAMES);

    private static List<String> persons(String text, Language lang) {
        SegmentedText st = new Segmenter(Set.of()).segment(text);
        return FINDER.find(st, lang, Script.LATN).stream().map(c -> text.substring(c.start(), c.end())).toList();
    }

    @Test
    void aCountryBeforeAGivenNameIsNoSecondGivenName() {
        String text = "Prime Minister of Kyrgyzstan Mukhammedkaly Abylgaziev took short-term leave.";
        org.iqtibos.result.ArticleAnalysis a = org.iqtibos.ArticleAnalyzer.create().analyze(text, Language.EN);
        assertThat(a.persons()).extracting(org.iqtibos.result.Entity::name).containsExactly("Mukhammedkaly Abylgaziev");
        assertThat(a.places()).extracting(org.iqtibos.result.Entity::name).contains("Kyrgyzstan");
    }

    @Test
    void givenNamesAgreeAcrossScripts() {
        assertThat(NAMES.size()).isGreaterThan(1000);
        assertThat(NAMES.contains("Nurlan", Language.UZ)).isTrue();
        assertThat(NAMES.contains("Нурлан", Language.KY)).isTrue();
        assertThat(NAMES.contains("Baxtiyor", Language.UZ)).isTrue();
        assertThat(NAMES.contains("Бахтиёр", Language.UZ)).isTrue();
        assertThat(NAMES.contains("kitob", Language.UZ)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Yig‘ilishni Nurlan Amin ochdi.|Nurlan Amin",
        "Muzokaralarda Baxtiyor Ruzi Nurlan qatnashdi.|",
        "Bugun Nurlan Aminning maqolasi chiqdi.|Nurlan Amin",
        "Kecha Nurlan keldi.|",
        "Muzokarani Fathulloh Qosim olib bordi.|Fathulloh Qosim",
        "Anjumanda Nuriddin Sobir gapirdi.|Nuriddin Sobir",
        "Делегацияни Ван Цзюнь бошқарди.|Ван Цзюнь",
        "Ма одатда ёзади.|",
        "Uchrashuvni Abdurashid Karim boshqardi.|Abdurashid Karim",
        // a listed given name that ends like a surname (-ина) still opens a name
        "Матбуот котиби Галина Ким маълум қилди.|Галина Ким",
    })
    void aKnownGivenNameOpensAName(String text, String expected) {
        if (expected == null) {
            assertThat(persons(text, Language.UZ)).isEmpty();
        } else {
            assertThat(persons(text, Language.UZ)).containsExactly(expected);
        }
    }

    @Test
    void aSurnameWithAKnownEndingKeepsTheSurnameRule() {
        assertThat(persons("Vazir Nurlan Karimov Samarqandga bordi.", Language.UZ)).containsExactly("Nurlan Karimov");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Muzokarada Kemal Yusufog‘li ishtirok etdi.|Kemal Yusufog‘li",
        "Делегацияга Саид Раҳимзода раҳбарлик қилди.|Саид Раҳимзода",
    })
    void surnamesOfOtherOrigins(String text, String expected) {
        assertThat(persons(text, Language.UZ)).containsExactly(expected);
    }

    @Test
    void aCommonOpenerWithAnEndingIsNoPlace() {
        KnowledgeBase kb = KnowledgeBase.load(MODELS);
        GazetteerFinder gazetteer = GazetteerFinder.load(MODELS, kb, UZ, Language.UZ);
        String t = "Shuningdek, delegatsiya Samarqandga bordi.";
        assertThat(gazetteer.find(new Segmenter(Set.of()).segment(t)).stream()
                .map(c -> t.substring(c.start(), c.end()))).containsExactly("Samarqand");
    }

    private static final PersonPatternFinder RU = PersonPatternFinder.load(MODELS, NameStemmer.load(MODELS, Language.RU), NAMES, w -> false);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Сергей and Андрей end like a case form; a listed given name before a surname stays part of the name
        "Экономист Сергей Волков считает иначе.|Сергей Волков",
        "Андрей Смирнов выступил первым.|Андрей Смирнов",
        "По мнению Сергея Волкова, курс устоит.|Сергея Волкова",
    })
    void aListedGivenNameBeforeARussianSurnameJoinsIt(String text, String expected) {
        SegmentedText st = new Segmenter(Set.of()).segment(text);
        assertThat(RU.find(st, Language.RU, Script.CYRL).stream().map(c -> text.substring(c.start(), c.end())))
                .containsExactly(expected);
    }
}
