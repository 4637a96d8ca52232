package org.iqtibos.internal.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.iqtibos.ArticleAnalyzer;
import org.iqtibos.Language;
import org.iqtibos.internal.quote.QuoteFinder.SpeakerChoice;
import org.iqtibos.internal.quote.SpeakerRanker;
import org.iqtibos.result.Entity;
import org.iqtibos.result.Mention;

/**
 * Training examples for the {@link SpeakerRanker} from gold articles (the format of {@code ../shared/eval/README.md}):
 * each quote the analyzer finds that overlaps a gold quote by half of the longer span, with its candidate speakers,
 * labelled with the one the gold names ("no one" for an empty speaker). A candidate is the gold speaker when one of
 * its mentions overlaps an occurrence of one of the gold entity's mention strings, as {@code score.py} matches
 * entities. Quotes whose gold speaker is none of the candidates teach nothing and are left out.
 */
public final class SpeakerExamples {
    /** A found quote is a gold one when they overlap by this share of the longer, as {@code score.py} matches them. */
    private static final double MIN_OVERLAP = 0.5;

    /** One article's examples, kept apart so that folds split by article. */
    public record Article(String id, List<SpeakerRanker.Example> examples, List<Boolean> ruleRight) {
        public Article {
            examples = List.copyOf(examples);
            ruleRight = List.copyOf(ruleRight);
        }
    }

    private SpeakerExamples() {
    }

    /** Reads {@code gold} and analyzes each article with {@code analyzer} (built without a speaker model). */
    public static List<Article> read(Path gold, ArticleAnalyzer analyzer) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Article> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(article(json.readTree(line), analyzer));
                }
            }
        }
        return out;
    }

    private static Article article(JsonNode gold, ArticleAnalyzer analyzer) {
        String text = gold.get("text").asText();
        ArticleAnalyzer.Explained ex = analyzer.explain(text, Language.fromCode(gold.get("lang").asText()));
        List<Entity> entities = new ArrayList<>(ex.analysis().persons());
        entities.addAll(ex.analysis().organizations());
        List<SpeakerRanker.Example> examples = new ArrayList<>();
        List<Boolean> ruleRight = new ArrayList<>();
        for (SpeakerChoice c : ex.choices()) {
            JsonNode q = goldQuote(gold, text, c.start(), c.end());
            if (q == null) {
                continue;
            }
            String speaker = q.get("speaker").asText();
            List<int[]> spans = speaker.isEmpty() ? List.of() : goldSpans(gold, text, speaker);
            int answer = -1;
            for (int i = 0; i < c.options().size() && answer < 0; i++) {
                String id = c.options().get(i);
                if (id == null ? speaker.isEmpty() : !speaker.isEmpty() && overlaps(entity(entities, id), spans)) {
                    answer = i;
                }
            }
            if (answer >= 0) {
                examples.add(new SpeakerRanker.Example(c.features(), answer));
                ruleRight.add(ruleIndex(c) == answer);
            }
        }
        return new Article(gold.get("id").asText(), examples, ruleRight);
    }

    /** The index of the rules' pick among a choice's options (the one carrying the feature {@code rule=true}). */
    public static int ruleIndex(SpeakerChoice c) {
        for (int i = 0; i < c.features().size(); i++) {
            if (c.features().get(i).contains("rule=true")) {
                return i;
            }
        }
        return 0;
    }

    private static JsonNode goldQuote(JsonNode gold, String text, int start, int end) {
        for (JsonNode q : gold.path("quotes")) {
            String qt = q.get("text").asText();
            int s = text.indexOf(qt);
            if (s < 0) {
                continue;
            }
            int overlap = Math.min(end, s + qt.length()) - Math.max(start, s);
            if (overlap > 0 && overlap >= MIN_OVERLAP * Math.max(end - start, qt.length())) {
                return q;
            }
        }
        return null;
    }

    /** Every occurrence in the text of every mention string of the gold persons and organizations named {@code name}. */
    private static List<int[]> goldSpans(JsonNode gold, String text, String name) {
        List<int[]> spans = new ArrayList<>();
        for (String type : List.of("persons", "organizations")) {
            for (JsonNode e : gold.path(type)) {
                if (!e.get("name").asText().equals(name)) {
                    continue;
                }
                for (JsonNode m : e.path("mentions")) {
                    String s = m.asText();
                    for (int at = text.indexOf(s); at >= 0 && !s.isEmpty(); at = text.indexOf(s, at + 1)) {
                        spans.add(new int[] {at, at + s.length()});
                    }
                }
            }
        }
        return spans;
    }

    private static Entity entity(List<Entity> entities, String id) {
        for (Entity e : entities) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        throw new IllegalStateException("speaker option " + id + " is no entity of the analysis");
    }

    private static boolean overlaps(Entity e, List<int[]> spans) {
        for (Mention m : e.mentions()) {
            for (int[] s : spans) {
                if (Math.min(m.end(), s[1]) > Math.max(m.start(), s[0])) {
                    return true;
                }
            }
        }
        return false;
    }
}
