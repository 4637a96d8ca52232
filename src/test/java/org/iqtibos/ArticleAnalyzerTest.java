package org.iqtibos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.iqtibos.result.ArticleAnalysis;
import org.iqtibos.result.Entity;
import org.iqtibos.result.Mention;
import org.iqtibos.result.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArticleAnalyzerTest {
    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = ArticleAnalyzer.create();
    }

    @Test
    void nullTextIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> analyzer.analyze(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThatThrownBy(() -> analyzer.analyze("x", null)).isInstanceOf(NullPointerException.class).hasMessage("language");
    }

    @Test
    void emptyAndBlankTextGiveAnEmptyAnalysis() {
        for (String s : List.of("", " ", "\n\n\t ")) {
            ArticleAnalysis a = analyzer.analyze(s);
            assertThat(a.persons()).isEmpty();
            assertThat(a.organizations()).isEmpty();
            assertThat(a.places()).isEmpty();
            assertThat(a.quotes()).isEmpty();
            assertThat(a.speakers()).isEmpty();
        }
    }

    @Test
    void textOverTheLimitIsRefusedSayingHowToRaiseIt() {
        ArticleAnalyzer small = ArticleAnalyzer.builder().maxLength(10).build();
        assertThatThrownBy(() -> small.analyze("Тошкентда учрашув бўлди"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit of 10").hasMessageContaining("maxLength");
        assertThatThrownBy(() -> ArticleAnalyzer.builder().maxLength(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void languageHintIsObeyed() {
        assertThat(analyzer.analyze("Бу матн.", Language.KK).language()).isEqualTo(Language.KK);
    }

    @Test
    void aRepairedMixedScriptNameIsReportedAsTheCallerWroteIt() {
        String text = "ASTAN\u0410. \u041A\u0430zinform \u2013 Президент Тошкентга келди.";
        ArticleAnalysis a = analyzer.analyze(text);
        assertSpansFit(text, a);
        assertThat(a.places()).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("Astana");
            assertThat(p.mentions().get(0).text()).isEqualTo("ASTAN\u0410");
        });
        assertThat(a.organizations()).anySatisfy(o -> assertThat(o.name()).isEqualTo("Kazinform"));
    }

    /** Random mixed-script text in the manner of Lucene's checkRandomData: every span fits, every run agrees. */
    @Test
    void randomTextGivesSpansThatIndexTheText() throws Exception {
        Random random = new Random(20261125L);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            texts.add(RandomText.article(random, 1 + random.nextInt(400)));
        }
        List<ArticleAnalysis> first = new ArrayList<>();
        for (String t : texts) {
            ArticleAnalysis a = analyzer.analyze(t);
            assertSpansFit(t, a);
            first.add(a);
        }
        // the same answers from several threads at once
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ArticleAnalysis>> again = new ArrayList<>();
            for (String t : texts.subList(0, 400)) {
                again.add(pool.submit(() -> analyzer.analyze(t)));
            }
            for (int i = 0; i < again.size(); i++) {
                assertThat(again.get(i).get()).isEqualTo(first.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static void assertSpansFit(String text, ArticleAnalysis a) {
        for (List<Entity> list : List.of(a.persons(), a.organizations(), a.places())) {
            for (Entity e : list) {
                assertThat(e.mentions()).isNotEmpty();
                for (Mention m : e.mentions()) {
                    assertThat(m.end()).isLessThanOrEqualTo(text.length());
                    assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
                    assertThat(splitsPair(text, m.start()) || splitsPair(text, m.end())).isFalse();
                }
            }
        }
        for (Quote q : a.quotes()) {
            assertThat(q.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
            if (q.cue() != null) {
                assertThat(text.substring(q.cue().start(), q.cue().end())).isEqualTo(q.cue().text());
            }
            if (q.speakerId() != null) {
                assertThat(a.entity(q.speakerId())).isPresent();
            }
        }
    }

    private static boolean splitsPair(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }
}
