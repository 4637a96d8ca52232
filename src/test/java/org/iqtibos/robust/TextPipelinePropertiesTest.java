package org.iqtibos.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.iqtibos.Language;
import org.iqtibos.internal.text.LanguageDetector;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.internal.quote.QuoteFinder;
import org.iqtibos.result.Quote;
import org.iqtibos.internal.segment.Paragraph;
import org.iqtibos.internal.segment.SegmentedText;
import org.iqtibos.internal.segment.Segmenter;
import org.iqtibos.internal.segment.Sentence;
import org.iqtibos.internal.segment.Token;
import org.iqtibos.internal.text.NormalizedText;
import org.iqtibos.internal.text.OffsetMap;
import org.iqtibos.internal.text.TextNormalizer;

/** Properties of the normalizer's offset map, the segmenter and the quote finder over generated text (jqwik). */
class TextPipelinePropertiesTest {
    private static final ModelFiles MODELS = ModelFiles.directory(Path.of("models"));
    private static final TextNormalizer NORMALIZER = TextNormalizer.load(MODELS);
    private static final Segmenter SEGMENTER = new Segmenter(new HashSet<>(MODELS.lines("segment/abbreviations.txt")));
    private static final QuoteFinder QUOTES = QuoteFinder.load(MODELS, false);

    /** Hostile article-like text, and sometimes any chars at all. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.longs().map(HostileText::of), Arbitraries.strings().ofMaxLength(60));
    }

    @Property(tries = 2000)
    void theOffsetMapSendsEverySpanToACodePointSpanOfTheOriginal(@ForAll("texts") String text) {
        NormalizedText n = NORMALIZER.normalize(text);
        OffsetMap map = n.map();
        assertThat(n.original()).isEqualTo(text);
        assertThat(map.length()).isEqualTo(n.text().length());
        assertThat(map.originalLength()).isEqualTo(text.length());
        int previousStart = 0;
        for (int i = 0; i <= n.text().length(); i++) {
            int start = map.toOriginalStart(i);
            assertThat(start).isBetween(previousStart, text.length());
            assertThat(splitsPair(text, start)).as("start %d of %d", start, i).isFalse();
            previousStart = start;
            for (int j = i; j <= Math.min(n.text().length(), i + 8); j++) {
                int[] s = map.toOriginal(i, j);
                assertThat(s[0]).isLessThanOrEqualTo(s[1]);
                assertThat(s[1]).isLessThanOrEqualTo(text.length());
                assertThat(splitsPair(text, s[1])).isFalse();
            }
        }
        if (n.text().equals(text)) {
            assertThat(map.toOriginal(0, text.length())).containsExactly(0, text.length());
        }
    }

    @Property(tries = 2000)
    void segmentsAreInOrderInsideTheTextAndHoldWhatTheySay(@ForAll("texts") String text) {
        SegmentedText seg = SEGMENTER.segment(text);
        assertThat(seg.text()).isEqualTo(text);
        int lastEnd = 0;
        for (Paragraph p : seg.paragraphs()) {
            assertThat(p.start()).isGreaterThanOrEqualTo(lastEnd);
            assertThat(p.end()).isLessThanOrEqualTo(text.length());
            assertThat(p.sentences()).isNotEmpty();
            int sentenceEnd = p.start();
            for (Sentence s : p.sentences()) {
                assertThat(s.start()).isGreaterThanOrEqualTo(sentenceEnd);
                assertThat(s.end()).isLessThanOrEqualTo(p.end());
                assertThat(s.tokens()).hasSizeLessThanOrEqualTo(Segmenter.MAX_SENTENCE_TOKENS);
                int tokenEnd = s.start();
                for (Token t : s.tokens()) {
                    assertThat(t.start()).isGreaterThanOrEqualTo(tokenEnd);
                    assertThat(t.end()).isGreaterThan(t.start()).isLessThanOrEqualTo(s.end());
                    assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
                    assertThat(splitsPair(text, t.start()) || splitsPair(text, t.end())).isFalse();
                    tokenEnd = t.end();
                }
                sentenceEnd = s.end();
            }
            lastEnd = p.end();
        }
    }

    @Property(tries = 2000)
    void quotesAreSubstringsOfTheTextInTextOrder(@ForAll("texts") String text, @ForAll Language language) {
        SegmentedText seg = SEGMENTER.segment(text);
        List<Quote> quotes = QUOTES.find(seg, language, LanguageDetector.script(text), List.of(), List.of());
        int lastStart = -1;
        for (Quote q : quotes) {
            assertThat(q.start()).isGreaterThanOrEqualTo(lastStart);
            assertThat(q.end()).isGreaterThan(q.start()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
            if (q.cue() != null) {
                assertThat(text.substring(q.cue().start(), q.cue().end())).isEqualTo(q.cue().text());
            }
            assertThat(q.speakerId()).isNull(); // no entities given, none can speak
            lastStart = q.start();
        }
        assertThat(QUOTES.find(seg, language, LanguageDetector.script(text), List.of(), List.of())).isEqualTo(quotes);
    }

    private static boolean splitsPair(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }
}
