package org.iqtibos.internal.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.iqtibos.Language;
import org.iqtibos.Script;
import org.iqtibos.result.EntityType;
import org.iqtibos.result.Quote;
import org.junit.jupiter.api.Test;

/** The seed article's four quotes come out exactly, with their speakers, given its persons and organizations. */
class SeedArticleQuotesTest {
    @Test
    void seedArticleQuotesAndSpeakersMatchTheGold() throws IOException {
        String shared = System.getProperty("iqtibos.shared");
        assumeTrue(shared != null && Files.isRegularFile(Path.of(shared, "seed", "gold.jsonl")), "../shared is absent");
        JsonNode gold = new ObjectMapper().readTree(
                Files.readString(Path.of(shared, "seed", "gold.jsonl"), StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.isBlank()).findFirst().orElseThrow());
        String text = gold.get("text").asText();
        List<String> persons = specs(gold.get("persons"));
        List<String> orgs = specs(gold.get("organizations"));

        List<Quote> quotes = QuoteFinderTest.find(text, Language.UZ, Script.CYRL, persons, orgs,
                specs(gold.get("places")));

        List<String> wantText = new ArrayList<>();
        List<String> wantSpeaker = new ArrayList<>();
        List<String> wantType = new ArrayList<>();
        gold.get("quotes").forEach(q -> {
            wantText.add(q.get("text").asText());
            wantSpeaker.add(q.get("speaker").asText());
            wantType.add(q.get("type").asText());
        });
        assertThat(quotes).extracting(Quote::text).containsExactlyElementsOf(wantText);
        assertThat(quotes).extracting(Quote::speaker).containsExactlyElementsOf(wantSpeaker);
        assertThat(quotes).extracting(q -> q.type().json()).containsExactlyElementsOf(wantType);
        assertThat(quotes.get(0).speakerRole()).isEqualTo("Deputy Minister of Defence of Kazakhstan");
    }

    private static List<String> specs(JsonNode entities) {
        List<String> out = new ArrayList<>();
        entities.forEach(e -> {
            List<String> mentions = new ArrayList<>();
            e.get("mentions").forEach(m -> mentions.add(m.asText()));
            out.add(e.get("name").asText() + "=" + String.join("|", mentions));
        });
        return out;
    }

    @Test
    void entityTypeOfSpecsIsKept() {
        assertThat(QuoteFinderTest.entities(List.of("X=a"), EntityType.ORGANIZATION, "a b").get(0).id()).isEqualTo("O1");
    }
}
