package org.iqtibos.internal.quote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.iqtibos.Language;
import org.iqtibos.Script;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.result.Entity;
import org.iqtibos.result.EntityType;
import org.iqtibos.result.Mention;
import org.iqtibos.result.Quote;
import org.iqtibos.internal.segment.SegmentedText;
import org.iqtibos.internal.segment.Segmenter;

/**
 * Measures quote finding alone: builds the entities of each gold article from its gold mention strings (an oracle
 * for NER and linking), runs {@link QuoteFinder} and writes the analyses as JSON lines for
 * {@code ../shared/eval/score.py}.
 *
 * <pre>java ... org.iqtibos.internal.quote.OracleQuoteHarness GOLD.jsonl OUT.jsonl [MODELS_DIR]</pre>
 */
public final class OracleQuoteHarness {
    private OracleQuoteHarness() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: OracleQuoteHarness GOLD.jsonl OUT.jsonl [MODELS_DIR]");
            System.exit(2);
        }
        ModelFiles files = ModelFiles.directory(Path.of(args.length > 2 ? args[2] : "models"));
        QuoteFinder finder = QuoteFinder.load(files);
        Segmenter segmenter = new Segmenter(Set.of());
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode gold = json.readTree(line);
                out.write(json.writeValueAsString(analyse(gold, finder, segmenter, json)));
                out.newLine();
            }
        }
    }

    static ObjectNode analyse(JsonNode gold, QuoteFinder finder, Segmenter segmenter, ObjectMapper json) {
        String text = gold.get("text").asText();
        String lang = gold.get("lang").asText();
        Language language = Language.fromCode(lang);
        Script script = lang.toLowerCase().endsWith("latn") ? Script.LATN : Script.CYRL;
        List<Entity> persons = entities(gold.get("persons"), EntityType.PERSON, text);
        List<Entity> orgs = entities(gold.get("organizations"), EntityType.ORGANIZATION, text);
        SegmentedText seg = segmenter.segment(text);
        List<Quote> quotes = finder.find(seg, language, script, persons, orgs);
        ObjectNode o = json.createObjectNode();
        o.put("id", gold.get("id").asText());
        o.put("language", language.code());
        o.put("script", script.code());
        o.set("persons", entityJson(persons, json));
        o.set("organizations", entityJson(orgs, json));
        o.set("places", json.createArrayNode());
        ArrayNode qs = o.putArray("quotes");
        for (Quote q : quotes) {
            ObjectNode n = qs.addObject();
            n.put("text", q.text());
            n.put("start", q.start());
            n.put("end", q.end());
            n.put("type", q.type().json());
            n.put("speakerId", q.speakerId());
            n.put("speaker", q.speaker());
            n.put("speakerRole", q.speakerRole());
            n.put("cue", q.cue() == null ? null : q.cue().text());
        }
        return o;
    }

    /** One entity per gold entry, its mentions every occurrence of its gold strings (longest first, no overlaps). */
    static List<Entity> entities(JsonNode list, EntityType type, String text) {
        List<Entity> out = new ArrayList<>();
        int n = 0;
        for (JsonNode g : list) {
            List<String> strings = new ArrayList<>();
            g.get("mentions").forEach(m -> strings.add(m.asText()));
            strings.sort((a, b) -> b.length() - a.length());
            List<Mention> mentions = new ArrayList<>();
            for (String s : strings) {
                if (s.isEmpty()) {
                    continue;
                }
                for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
                    int start = i;
                    int end = i + s.length();
                    if (mentions.stream().noneMatch(m -> m.start() < end && start < m.end())) {
                        mentions.add(Mention.of(text, start, end));
                    }
                }
            }
            if (mentions.isEmpty()) {
                continue;
            }
            mentions.sort((a, b) -> a.start() - b.start());
            n++;
            out.add(new Entity(type.idPrefix() + n, type, g.get("name").asText(), null, List.of(), null, mentions));
        }
        return out;
    }

    private static ArrayNode entityJson(List<Entity> entities, ObjectMapper json) {
        ArrayNode a = json.createArrayNode();
        for (Entity e : entities) {
            ObjectNode n = a.addObject();
            n.put("id", e.id());
            n.put("name", e.name());
            ArrayNode ms = n.putArray("mentions");
            for (Mention m : e.mentions()) {
                ms.addObject().put("start", m.start()).put("end", m.end());
            }
        }
        return a;
    }
}
