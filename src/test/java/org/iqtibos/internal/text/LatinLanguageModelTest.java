package org.iqtibos.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.iqtibos.Language;
import org.iqtibos.internal.model.ModelFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cut-down Latin-script model decides as OpenNLP's full detector does, and the shipped file is up to date. */
class LatinLanguageModelTest {
    private static final Map<String, Language> CODES = Map.of(
            "eng", Language.EN, "uzb", Language.UZ, "kaz", Language.KK, "kir", Language.KY, "rus", Language.RU);
    private static LanguageDetectorModel full;
    private static LatinLanguageModel shipped;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = LatinLanguageModelTest.class.getResourceAsStream("/langdetect-183.bin")) {
            full = new LanguageDetectorModel(in);
        }
        try (InputStream in = ModelFiles.classpath().open(LanguageDetector.LATIN_PATH)) {
            shipped = LatinLanguageModel.read(in);
        }
    }

    /** What the detector did before: the first of our languages in OpenNLP's ranking of all 103. */
    private static Language opennlp(String text) {
        for (opennlp.tools.langdetect.Language l : new LanguageDetectorME(full).predictLanguages(text)) {
            Language ours = CODES.get(l.getLang());
            if (ours != null) {
                return ours;
            }
        }
        throw new AssertionError("none of our languages ranked");
    }

    @Test
    void agreesWithTheFullDetectorOnWrittenAndRealTexts() throws Exception {
        List<String> texts = new ArrayList<>(List.of(
                "Prezident bugun yangi maktab ochilishida qatnashdi.", "The talks in the capital ended without a deal.",
                "Бүгін кездесу өтті.", "Saylov komissiyasi natijalarni e'lon qildi", "ok", "2024", "a b c",
                "Qazaqstan Respublikasynyn Prezidenti", "Kyrgyz Respublikasynyn Tyshky ister ministrligi"));
        ObjectMapper json = new ObjectMapper();
        for (String file : List.of("eval/corpus/tune.jsonl", "eval/corpus/test.jsonl")) {
            for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    String t = json.readTree(line).get("text").asText();
                    texts.add(t.length() > 1500 ? t.substring(0, 1500) : t);
                    texts.add(t.substring(0, Math.min(80, t.length())));
                }
            }
        }
        LatinLanguageModel fresh = LatinLanguageModel.of(full);
        assertThat(fresh.size()).isEqualTo(shipped.size());
        int english = 0;
        for (String t : texts) {
            Language expected = opennlp(t);
            english += expected == Language.EN ? 1 : 0;
            assertThat(shipped.language(t)).as(t).isEqualTo(expected);
            assertThat(fresh.language(t)).as(t).isEqualTo(expected);
            assertThat(shipped.exactLanguage(t)).as(t).isEqualTo(expected);
        }
        assertThat(english).isGreaterThan(10).isLessThan(texts.size() - 10);
    }
}
