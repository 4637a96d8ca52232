package org.iqtibos.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.iqtibos.ArticleAnalyzer;
import org.iqtibos.Language;
import org.iqtibos.Script;
import org.iqtibos.result.AnalysisJson;
import org.iqtibos.result.ArticleAnalysis;
import org.iqtibos.result.Entity;
import org.iqtibos.result.QuoteType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's own example, ../shared/seed, analyzed end to end and scored by ../shared/eval/score.py. */
class SeedArticleTest {
    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = ArticleAnalyzer.create();
    }

    private static String seedText() throws Exception {
        // the gold line holds the article exactly as score.py reads it
        String gold = Files.readString(SharedData.shared().resolve("seed/gold.jsonl"), StandardCharsets.UTF_8);
        return AnalysisJson.mapper().readTree(gold.lines().findFirst().orElseThrow()).get("text").asText();
    }

    @Test
    void seedScoresAsTheIssueAsks(@TempDir Path tmp) throws Exception {
        ArticleAnalysis a = analyzer.analyze(seedText());
        Path out = tmp.resolve("seed.jsonl");
        Files.writeString(out, AnalysisJson.write(a, "uz-cyrl-seed", false) + "\n", StandardCharsets.UTF_8);
        Map<String, Double> s = SharedData.score(SharedData.shared().resolve("seed/gold.jsonl"), out);
        assertThat(s.get("attributed_f1")).as("attributed_f1").isEqualTo(1.0);
        assertThat(s.get("speaker_f1")).as("speaker_f1").isEqualTo(1.0);
        assertThat(s.get("entity_f1")).as("entity_f1").isGreaterThanOrEqualTo(0.85);
        assertThat(s.get("name_acc")).as("name_acc").isGreaterThanOrEqualTo(0.9);
        assertThat(s.get("offset_problems")).as("offset_problems").isEqualTo(0.0);
    }

    @Test
    void seedIsUzbekCyrillicWithItsSpeakersAndQuotes() throws Exception {
        ArticleAnalysis a = analyzer.analyze(seedText());
        assertThat(a.language()).isEqualTo(Language.UZ);
        assertThat(a.script()).isEqualTo(Script.CYRL);
        assertThat(a.speakers()).extracting(Entity::name).anySatisfy(n -> assertThat(n).endsWith("Manturov"));
        // the deputy minister of Kazakhstan is named the Kazakh way, not as the Uzbek spelling reads
        assertThat(a.persons()).extracting(Entity::name).contains("Denis Manturov")
                .anySatisfy(n -> assertThat(n).endsWith(" Zhazykbayev"));
        assertThat(a.speakers()).hasSize(2);
        assertThat(a.quotes()).extracting(q -> q.type()).containsExactly(
                QuoteType.DIRECT, QuoteType.DIRECT, QuoteType.INDIRECT, QuoteType.DIRECT);
        assertThat(a.organizations()).extracting(Entity::name).contains("CSTO", "Kazinform");
        assertThat(a.places()).extracting(Entity::name).contains("Astana", "Minsk", "Kazakhstan");
    }
}
