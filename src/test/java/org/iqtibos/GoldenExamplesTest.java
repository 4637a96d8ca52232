package org.iqtibos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.iqtibos.result.AnalysisJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The analyses of {@code examples/*.txt} against their reviewed JSON in {@code src/test/resources/golden/}.
 * After a change that is meant to alter them: {@code mvn test -Dtest=GoldenExamplesTest -Diqtibos.regenerate=true},
 * then review the diff of the golden files before committing it.
 */
class GoldenExamplesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = ArticleAnalyzer.create();
    }

    static Stream<Path> examples() throws IOException {
        return Files.list(Path.of("examples")).filter(p -> p.toString().endsWith(".txt")).sorted();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void analysisMatchesTheReviewedJson(Path example) throws IOException {
        String text = Files.readString(example, StandardCharsets.UTF_8);
        String name = example.getFileName().toString().replaceAll("\\.txt$", "");
        String json = AnalysisJson.write(analyzer.analyze(text), name, true) + "\n";
        Path golden = GOLDEN.resolve(name + ".json");
        if (Boolean.getBoolean("iqtibos.regenerate")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, json, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file; regenerate with -Diqtibos.regenerate=true").exists();
        assertThat(json).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
