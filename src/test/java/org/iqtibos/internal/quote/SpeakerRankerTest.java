package org.iqtibos.internal.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.iqtibos.ArticleAnalyzer;
import org.iqtibos.Language;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.result.ArticleAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeakerRankerTest {

    /** Examples where the speaker is the candidate named in the region, whatever the rules picked. */
    private static List<SpeakerRanker.Example> regionWins() {
        List<SpeakerRanker.Example> out = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            List<String> region = List.of("kind=per", "in-region", "rule=" + (i % 3 == 0));
            List<String> other = List.of("kind=per", "focus", "rule=" + (i % 3 != 0));
            List<String> none = List.of("none", "rule=false");
            out.add(i % 2 == 0 ? new SpeakerRanker.Example(List.of(none, region, other), 1)
                    : new SpeakerRanker.Example(List.of(other, none, region), 2));
        }
        return out;
    }

    @Test
    void learnsWhichCandidateSpeaksAndReadsBackTheSame(@TempDir Path dir) throws Exception {
        SpeakerRanker ranker = SpeakerRanker.train(regionWins(), 100, 1);
        List<List<String>> options = List.of(List.of("kind=per", "focus", "rule=true"),
                List.of("kind=per", "in-region", "rule=false"), List.of("none", "rule=false"));
        assertThat(ranker.best(options)).isEqualTo(1);

        Files.createDirectories(dir.resolve("quote"));
        try (OutputStream out = Files.newOutputStream(dir.resolve(SpeakerRanker.PATH))) {
            ranker.write(out);
        }
        SpeakerRanker read = SpeakerRanker.load(ModelFiles.directory(dir)).orElseThrow();
        assertThat(read.best(options)).isEqualTo(1);
    }

    @Test
    void decidesOnlyTheReasonsListedBesideIt(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("quote"));
        try (OutputStream out = Files.newOutputStream(dir.resolve(SpeakerRanker.PATH))) {
            SpeakerRanker.train(regionWins(), 100, 1).write(out);
        }
        assertThat(SpeakerRanker.load(ModelFiles.directory(dir)).orElseThrow().decides("name")).isTrue();
        Files.write(dir.resolve(SpeakerRanker.REASONS_PATH), List.of("focus", "passive"));
        SpeakerRanker read = SpeakerRanker.load(ModelFiles.directory(dir)).orElseThrow();
        assertThat(read.decides("focus")).isTrue();
        assertThat(read.decides("name")).isFalse();
        assertThat(SpeakerRanker.ruleReason(List.of(List.of("rule=false"), List.of("rule=true", "rule=true&how=focus"))))
                .isEqualTo("focus");
    }

    @Test
    void noModelFileMeansTheRulesDecide(@TempDir Path dir) {
        assertThat(SpeakerRanker.load(ModelFiles.directory(dir))).isEmpty();
    }

    @Test
    void aBrokenModelFileIsNamed(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("quote"));
        Files.writeString(dir.resolve(SpeakerRanker.PATH), "not a model");
        assertThatThrownBy(() -> SpeakerRanker.load(ModelFiles.directory(dir))).hasMessageContaining(SpeakerRanker.PATH);
    }

    @Test
    void explainGivesEveryQuoteItsCandidatesWithNoSpeakerAmongThem() {
        ArticleAnalyzer analyzer = ArticleAnalyzer.builder().speakerModel(false).build();
        String text = "Finance Minister David Clarke arrived in Tashkent on Monday.\n"
                + "\"We expect a new agreement by autumn,\" Clarke said. He added that the loan would be signed in May.";
        ArticleAnalyzer.Explained ex = analyzer.explain(text, Language.EN);
        ArticleAnalysis a = ex.analysis();
        assertThat(ex.choices()).hasSameSizeAs(a.quotes());
        for (int i = 0; i < a.quotes().size(); i++) {
            QuoteFinder.SpeakerChoice c = ex.choices().get(i);
            assertThat(c.start()).isEqualTo(a.quotes().get(i).start());
            assertThat(c.options()).contains((String) null).contains(a.quotes().get(i).speakerId());
            assertThat(c.features()).hasSameSizeAs(c.options());
        }
    }
}
