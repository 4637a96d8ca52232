package org.iqtibos.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The memoized feature rows decode exactly as the model's own feature generator, on the shipped models. */
class FeatureRowsTest {
    @ParameterizedTest
    @ValueSource(strings = {"en", "kk", "ru", "uz"})
    void decodesAsTheModelsOwnGenerator(String lang) throws Exception {
        Path file = Path.of("models/ner/" + lang + ".bin");
        TokenNameFinderModel model;
        try (InputStream in = Files.newInputStream(file)) {
            model = new TokenNameFinderModel(in);
        }
        PredicateTable table = PerceptronNameDecoder.predicateTable(model);
        FeatureRows plan = FeatureRows.of(model, table);
        assertThat(plan).as("the shipped descriptor is composed").isNotNull();
        int beam = PerceptronNameDecoder.manifestBeam(model);
        PerceptronNameDecoder fast = PerceptronNameDecoder.of(model, beam, table, plan);
        PerceptronNameDecoder generic = PerceptronNameDecoder.of(model, beam, table);
        int names = 0;
        for (String[] tokens : sentences()) {
            Span[] expected = generic.find(tokens);
            Span[] actual = fast.find(tokens);
            assertThat(actual).containsExactly(expected);
            for (int i = 0; i < expected.length; i++) {
                assertThat(actual[i].getType()).isEqualTo(expected[i].getType());
                assertThat(actual[i].getProb()).isEqualTo(expected[i].getProb());
            }
            names += expected.length;
        }
        assertThat(names).isGreaterThan(10);
    }

    /** Sentences of several languages, twice (the second time from the memo), and a token too long to memoize. */
    private static List<String[]> sentences() {
        List<String> lines = List.of(
                "Президент Шавкат Мирзиёев Тошкентда « Ўзбекистон темир йўллари » АЖ раҳбарлари билан учрашди .",
                "Қазақстан Республикасының Президенті Қасым-Жомарт Тоқаев Астанада Ресей елшісін қабылдады .",
                "Министр иностранных дел России Сергей Лавров прибыл в Бишкек , сообщает ТАСС .",
                "UN Secretary-General Antonio Guterres met officials of the World Bank in Tashkent on Monday .",
                "O'zbekiston Respublikasi Prezidenti Shavkat Mirziyoyev Samarqandda BMT vakillari bilan uchrashdi .",
                "Ала-Тоо аянтында Садыр Жапаров сөз сүйлөдү .",
                "x".repeat(100) + " Алматы 2024 - « » : ҚР ЕАЭО");
        List<String[]> out = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (String line : lines) {
                out.add(line.split(" "));
            }
        }
        return out;
    }
}
