package org.iqtibos.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.iqtibos.Language;
import org.iqtibos.Script;
import org.iqtibos.internal.link.EntityLinker;
import org.iqtibos.internal.kb.KnowledgeBase;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.internal.morph.NameStemmer;
import org.iqtibos.internal.ner.GazetteerFinder;
import org.iqtibos.result.Entity;
import org.iqtibos.result.EntityType;
import org.iqtibos.internal.segment.SegmentedText;
import org.iqtibos.internal.segment.Segmenter;

/**
 * Measures the knowledge-base half of the pipeline alone: runs GazetteerFinder and EntityLinker (no statistical
 * finder) on gold articles and writes the analyzer's JSON lines for ../shared/eval/score.py.
 * Usage: KbDevHarness GOLD.jsonl OUT.jsonl
 */
public final class KbDevHarness {
    private KbDevHarness() {
    }

    public static void main(String[] args) throws Exception {
        ModelFiles models = ModelFiles.directory(Path.of("models"));
        long t0 = System.nanoTime();
        KnowledgeBase kb = KnowledgeBase.load(models);
        System.err.printf("kb: %d entries loaded in %d ms%n", kb.size(), (System.nanoTime() - t0) / 1_000_000);
        EntityLinker linker = EntityLinker.load(models, kb);
        Segmenter segmenter = new Segmenter(Set.of());
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
                ObjectNode gold = (ObjectNode) json.readTree(line);
                String text = gold.get("text").asText();
                String tag = gold.get("lang").asText();
                Language lang = Language.fromCode(tag);
                Script script = tag.endsWith("Latn") || lang == Language.EN ? Script.LATN : Script.CYRL;
                SegmentedText st = segmenter.segment(text);
                List<Entity> es = linker.link(st, lang, script,
                        GazetteerFinder.create(kb, NameStemmer.load(models, lang)).find(st));
                ObjectNode out = json.createObjectNode();
                out.put("id", gold.get("id").asText());
                for (EntityType t : EntityType.values()) {
                    ArrayNode arr = out.putArray(t == EntityType.PERSON ? "persons" : t == EntityType.ORGANIZATION ? "organizations" : "places");
                    for (Entity e : es) {
                        if (e.type() == t) {
                            arr.add(json.valueToTree(e));
                        }
                    }
                }
                out.putArray("quotes");
                w.write(json.writeValueAsString(out));
                w.newLine();
            }
        }
    }
}
