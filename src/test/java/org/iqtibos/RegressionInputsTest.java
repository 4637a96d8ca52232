package org.iqtibos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.iqtibos.result.ArticleAnalysis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Inputs that once broke the analyzer, or have the shapes that break text pipelines, replayed on every build. */
class RegressionInputsTest {
    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = ArticleAnalyzer.create();
    }

    static Stream<Path> inputs() throws IOException, URISyntaxException {
        Path dir = Path.of(RegressionInputsTest.class.getResource("/regressions").toURI());
        return Files.list(dir).filter(p -> p.toString().endsWith(".txt")).sorted();
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void analyzesWithSpansInsideTheText(Path input) throws IOException {
        // read as bytes decoded leniently: some files hold lone surrogates written as such
        String text = new String(Files.readAllBytes(input), StandardCharsets.UTF_8);
        ArticleAnalysis a = analyzer.analyze(text);
        ArticleAnalyzerTest.assertSpansFit(text, a);
        assertThat(analyzer.analyze(text)).isEqualTo(a);
    }
}
