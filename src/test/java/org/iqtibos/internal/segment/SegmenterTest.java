package org.iqtibos.internal.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SegmenterTest {
    private final Segmenter segmenter = new Segmenter(Set.of("т.е", "г"));

    private static List<String> texts(List<Token> tokens) {
        return tokens.stream().map(Token::text).toList();
    }

    @Test
    void wordsKeepInnerHyphensAndApostrophes() {
        String s = "Шайх-Ҳасан Oʻzbekiston, O'zbekiston (23-йиғилиш).";
        List<Token> t = Segmenter.tokenize(s, 0, s.length());
        assertThat(texts(t)).containsExactly("Шайх-Ҳасан", "Oʻzbekiston", ",", "O'zbekiston", "(", "23-йиғилиш", ")", ".");
    }

    @Test
    void numbersKeepTheirDecimalSeparator() {
        assertThat(texts(Segmenter.tokenize("1,5 млрд 2.7%", 0, 13))).containsExactly("1,5", "млрд", "2.7", "%");
    }

    @Test
    void tokensIndexTheText() {
        String s = "  — Биз, — деди у.";
        for (Token t : Segmenter.tokenize(s, 0, s.length())) {
            assertThat(s.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Test
    void paragraphsAreLinesAndSentencesEndAtTerminalPunctuation() {
        SegmentedText st = segmenter.segment("Бу биринчи гап. Бу иккинчи гап!\n\nЯнги хат боши? Ҳа.");
        assertThat(st.paragraphs()).hasSize(2);
        assertThat(st.paragraphs().get(0).sentences()).hasSize(2);
        assertThat(st.paragraphs().get(1).sentences()).hasSize(2);
    }

    @Test
    void initialsAndAbbreviationsDoNotEndSentences() {
        SegmentedText st = segmenter.segment("Вчера Д. Мантуров прибыл в г. Минск. Там он выступил.");
        assertThat(st.sentences()).hasSize(2);
        assertThat(texts(st.sentences().get(0).tokens())).contains("Мантуров", "Минск");
    }

    @Test
    void twoLetterInitialsDoNotEndSentences() {
        SegmentedText st = segmenter.segment("Boshqarma boshlig‘i Gʻ.Sh. Karimov va Ch. Rahimov keldi. Yig‘ilish boshlandi.");
        assertThat(st.sentences()).hasSize(2);
        SegmentedText ru = segmenter.segment("Вчера Дж. Смит прибыл в Минск. Там он выступил.");
        assertThat(ru.sentences()).hasSize(2);
    }

    @Test
    void aSentenceEndsBeforeADashParagraphOrQuote() {
        SegmentedText st = segmenter.segment("У шундай деди. «Биз тайёрмиз», — деди у.");
        assertThat(st.sentences()).hasSize(2);
    }

    @Test
    void textWithoutPunctuationIsCutIntoBoundedSentences() {
        String s = "сўз ".repeat(1000);
        SegmentedText st = segmenter.segment(s);
        assertThat(st.sentences()).allSatisfy(x -> assertThat(x.tokens()).hasSizeLessThanOrEqualTo(Segmenter.MAX_SENTENCE_TOKENS));
        assertThat(st.sentences().stream().mapToInt(x -> x.tokens().size()).sum()).isEqualTo(1000);
    }

    @Test
    void emptyAndBlankTextHaveNoParagraphs() {
        assertThat(segmenter.segment("").paragraphs()).isEmpty();
        assertThat(segmenter.segment(" \n\t\n").paragraphs()).isEmpty();
    }
}
