package org.iqtibos.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.iqtibos.ArticleAnalyzer;
import org.iqtibos.Language;
import org.iqtibos.Script;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.internal.segment.Segmenter;
import org.iqtibos.internal.text.Romanizer;
import org.iqtibos.result.ArticleAnalysis;
import org.iqtibos.result.Entity;
import org.junit.jupiter.api.Test;

/**
 * Names in Latin letters inside Cyrillic news are organizations (brands, outlets, networks), unless a given name
 * opens them or they stand in Latin prose. Sentences written for it.
 */
class LatinNameFinderTest {

    private static final ModelFiles FILES = ModelFiles.classpath();
    private static final LatinNameFinder FINDER = new LatinNameFinder(GivenNames.load(FILES, Romanizer.load(FILES)), FILES);

    private static List<String> found(String text, Language lang, Script script) {
        return FINDER.find(new Segmenter(Set.of()).segment(text), lang, script).stream()
                .map(c -> text.substring(c.start(), c.end())).toList();
    }

    @Test
    void aRunOfCapitalizedLatinWordsInCyrillicNewsIsAName() {
        assertThat(found("Бу ҳақда Press TV телеканали хабар берди.", Language.UZ, Script.CYRL)).containsExactly("Press TV");
        assertThat(found("Компания заключила договор с Voith Hydro и BFMTV.", Language.RU, Script.CYRL))
                .containsExactly("Voith Hydro", "BFMTV");
    }

    @Test
    void aCaseEndingGluedToTheNameIsLeftOut() {
        assertThat(found("Президент Twitter'даги саҳифасида ёзди.", Language.UZ, Script.CYRL)).containsExactly("Twitter");
        assertThat(found("Министр Facebookтағы парақшасында жазды.", Language.KK, Script.CYRL)).containsExactly("Facebook");
    }

    @Test
    void numeralsDesignationsPersonsAndLatinProseAreNot() {
        assertThat(found("XXI асрда COVID-19 пандемияси бўлди.", Language.UZ, Script.CYRL)).isEmpty();
        assertThat(found("COVID пандемиясы учурунда GDP төмөндөдү.", Language.KY, Script.CYRL)).isEmpty();
        assertThat(found("Бу ҳақда Joe Biden айтди.", Language.UZ, Script.CYRL)).isEmpty();
        assertThat(found("Плакатта Welcome to Tashkent деп жазылған.", Language.KK, Script.CYRL)).isEmpty();
        assertThat(found("Батафсил: https://Example.uz/News саҳифасида.", Language.UZ, Script.CYRL)).isEmpty();
    }

    @Test
    void threeOrMoreNamesListedTogetherAreABrandsModels() {
        assertThat(found("Компания Cobalt, Lacetti ва Malibu моделларини сотади.", Language.UZ, Script.CYRL)).isEmpty();
        assertThat(found("Компания Voith Hydro ва Press TV билан ишлайди.", Language.UZ, Script.CYRL))
                .containsExactly("Voith Hydro", "Press TV");
    }

    @Test
    void latinTextIsLeftToTheOtherFinders() {
        assertThat(found("Bu haqda Press TV telekanali xabar berdi.", Language.UZ, Script.LATN)).isEmpty();
    }

    @Test
    void theAnalyzerKeepsAKnownPlaceAPlaceAndTypesTheRestAsOrganizations() {
        String text = "Эрон расмийлари Press TV телеканалига интервью берди.";
        ArticleAnalysis a = ArticleAnalyzer.create().analyze(text, Language.UZ);
        assertThat(a.organizations()).extracting(Entity::name).contains("Press TV");
        assertThat(a.places()).extracting(Entity::name).contains("Iran");
    }
}
