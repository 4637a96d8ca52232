package org.iqtibos.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.iqtibos.internal.model.ModelFiles;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    private final TextNormalizer normalizer = TextNormalizer.load(ModelFiles.classpath());

    @Test
    void latinWordWithOneCyrillicLetterBecomesLatin() {
        NormalizedText n = normalizer.normalize("ASTAN\u0410. \u041Ace zinform");
        assertThat(n.text()).startsWith("ASTANA.");
        assertThat(n.map().isIdentity()).isTrue();
    }

    @Test
    void cyrillicWordWithLatinLookalikesBecomesCyrillic() {
        // "Тошкент" typed with a Latin o and e
        NormalizedText n = normalizer.normalize("Тoшкeнтда");
        assertThat(n.text()).isEqualTo("Тошкентда");
    }

    @Test
    void mixedKazinformIsRepairedToLatin() {
        assertThat(normalizer.normalize("\u041A\u0430zinform хабарлады").text()).isEqualTo("Kazinform хабарлады");
    }

    @Test
    void pureWordsStayAsTheyAre() {
        String s = "Қазақстан Oʻzbekiston Россия Tokayev";
        assertThat(normalizer.normalize(s).text()).isEqualTo(s);
    }

    @Test
    void decomposedLettersAreComposedAndMapBack() {
        String original = "Йил: И\u0306ил. Ёш: Е\u0308ш.";
        NormalizedText n = normalizer.normalize(original);
        assertThat(n.text()).isEqualTo("Йил: Йил. Ёш: Ёш.");
        int start = n.text().indexOf("Йил", 3);
        int[] span = n.map().toOriginal(start, start + 3);
        assertThat(original.substring(span[0], span[1])).isEqualTo("И\u0306ил");
    }

    @Test
    void loneSurrogatesAreReplacedWithoutMovingOffsets() {
        String original = "a\uD800b \uD83D\uDE00 c\uDC00";
        NormalizedText n = normalizer.normalize(original);
        assertThat(n.text()).isEqualTo("a\uFFFDb \uD83D\uDE00 c\uFFFD");
        int[] span = n.map().toOriginal(4, 6);
        assertThat(original.substring(span[0], span[1])).isEqualTo("\uD83D\uDE00");
    }
}
