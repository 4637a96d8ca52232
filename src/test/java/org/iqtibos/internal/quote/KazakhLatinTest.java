package org.iqtibos.internal.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.iqtibos.Language;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.internal.text.TextFold;
import org.junit.jupiter.api.Test;

/** Kazakh cue entries get their Latin forms in the alphabet of 2021. Words written for it. */
class KazakhLatinTest {
    private static final KazakhLatin LATIN = KazakhLatin.load(ModelFiles.classpath());

    @Test
    void transliteratesLetterByLetterKeepingCase() {
        assertThat(LATIN.apply("төтенше жағдай кезінде")).isEqualTo("tótenshe jaǵdaı kezinde");
        assertThat(LATIN.apply("Үкімет")).isEqualTo("Úkimet");
        assertThat(LATIN.apply("айтты")).isEqualTo("aıtty");
        assertThat(LATIN.apply("атап өт*")).isEqualTo("atap ót*");
    }

    @Test
    void theKnowledgeBaseKnowsKazakhNamesInLatinLetters() {
        org.iqtibos.result.ArticleAnalysis a = org.iqtibos.ArticleAnalyzer.create()
                .analyze("Mınıstr Asqar Jumabaev Aqtóbege keldi. Ol Qazaqstan úkimetiniń otyrysyna qatysty.", Language.KK);
        assertThat(a.places()).extracting(org.iqtibos.result.Entity::name).contains("Kazakhstan");
    }

    @Test
    void theKazakhLexiconMatchesLatinText() {
        CueLexicon kk = CueLexicon.load(ModelFiles.classpath(), Language.KK);
        assertThat(kk.matchLength(CueLexicon.Kind.VERB, List.of(TextFold.cueKey("aıtty")), 0)).isEqualTo(1);
        assertThat(kk.matchLength(CueLexicon.Kind.VERB, List.of("atap", TextFold.cueKey("ótti")), 0)).isEqualTo(2);
    }
}
