package org.iqtibos.internal.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.iqtibos.Language;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.internal.quote.CueLexicon.Kind;
import org.iqtibos.internal.text.TextFold;
import org.junit.jupiter.api.Test;

/** The cue lexicon's file format: brace expansion, prefixes, romanized Uzbek, apostrophe folding. */
class CueLexiconTest {
    @Test
    void bracesExpandToEveryCombination() {
        assertThat(CueLexicon.expand("{a,b}{x,y}")).containsExactly("ax", "ay", "bx", "by");
    }

    @Test
    void uzbekCuesAreMatchedInBothScripts() {
        CueLexicon uz = CueLexicon.load(ModelFiles.classpath(), Language.UZ);
        assertThat(uz.matchLength(Kind.VERB, List.of(TextFold.cueKey("таъкидлади")), 0)).isEqualTo(1);
        assertThat(uz.matchLength(Kind.VERB, List.of(TextFold.cueKey("ta’kidladi")), 0)).isEqualTo(1);
        assertThat(uz.matchLength(Kind.VERB, List.of(TextFold.cueKey("маълум"), "қилди"), 0)).isEqualTo(2);
        assertThat(uz.matchLength(Kind.VERB, List.of(TextFold.cueKey("ma'lum"), "qildi"), 0)).isEqualTo(2);
    }

    @Test
    void starredWordsMatchByPrefix() {
        CueLexicon ru = CueLexicon.load(ModelFiles.classpath(), Language.RU);
        assertThat(ru.matchLength(Kind.ROLE, List.of("министра"), 0)).isEqualTo(1);
    }

    @Test
    void missingLexiconIsNamed() {
        assertThatThrownBy(() -> QuoteFinder.load(ModelFiles.directory(java.nio.file.Path.of("src"))))
                .hasMessageContaining("quote/");
    }
}
