package org.iqtibos.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.iqtibos.AnalysisException;
import org.iqtibos.ArticleAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A models folder with a file missing or broken fails at {@code build()}, naming the file (and the line). */
class ModelFilesFailFastTest {
    private static final Path MODELS = Path.of("models");

    /** A copy of {@code models/} under {@code dir}. */
    private static Path copy(Path dir) throws IOException {
        Path to = dir.resolve("models");
        try (Stream<Path> files = Files.walk(MODELS)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(MODELS.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ner/kk.bin", "segment/abbreviations.txt", "quote/titles-ru.txt", "morph/uz.txt",
        "kb/name-context.tsv", "kb/kb.tsv.gz"})
    void aMissingRequiredFileFailsTheBuildNamingIt(String file, @TempDir Path dir) throws IOException {
        Path models = copy(dir);
        Files.delete(models.resolve(file));
        assertThatThrownBy(() -> ArticleAnalyzer.builder().models(models).build())
                .isInstanceOf(AnalysisException.class)
                .hasMessageContaining("models/" + file);
    }

    @Test
    void optionalFilesAreDeclaredAndMayBeMissing(@TempDir Path dir) throws IOException {
        Path models = copy(dir);
        for (String file : ModelFiles.OPTIONAL) {
            Files.deleteIfExists(models.resolve(file));
        }
        // uz and ky have no statistical types, so their models may go
        assertThat(ArticleAnalyzer.builder().models(models).build().analyze("Президент Тошкентга келди.")).isNotNull();
        assertThat(ModelFiles.directory(models).find("quote/speakers.bin.gz")).isEmpty();
        assertThatThrownBy(() -> ModelFiles.directory(models).find("segment/nothing-like-this.txt"))
                .hasMessageContaining("models/segment/nothing-like-this.txt");
    }

    @Test
    void aMalformedKnowledgeBaseLineFailsTheBuildNamingTheLine(@TempDir Path dir) throws IOException {
        Path models = copy(dir);
        Path kb = models.resolve("kb/kb.tsv.gz");
        List<String> lines;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(kb))) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        int entry = 0;
        while (lines.get(entry).startsWith("#") || lines.get(entry).startsWith("=")) {
            entry++;
        }
        String[] f = lines.get(entry).split("\t", -1);
        // an alias field without its language: every field before it is fine
        String broken = String.join("\t", f[0], f[1], f[2], f[3], "no language here");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(kb))) {
            for (int i = 0; i < lines.size(); i++) {
                out.write(((i == entry ? broken : lines.get(i)) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThatThrownBy(() -> ArticleAnalyzer.builder().models(models).build())
                .isInstanceOf(AnalysisException.class)
                .hasMessageContaining("models/kb/kb.tsv.gz line " + (entry + 1))
                .hasMessageContaining("bad alias field 'no language here'");
    }

    @Test
    void anUnknownTypeInTheStatisticalTypesFailsTheBuildNamingTheLine(@TempDir Path dir) throws IOException {
        Path models = copy(dir);
        Path types = models.resolve("ner/statistical-types.tsv");
        Files.writeString(types, "# a comment\nkk\tPER ORG\nru\tPER PLANET\n");
        assertThatThrownBy(() -> ArticleAnalyzer.builder().models(models).build())
                .isInstanceOf(AnalysisException.class)
                .hasMessageContaining("models/ner/statistical-types.tsv line 3")
                .hasMessageContaining("PLANET");
    }

    @Test
    void aLanguageWhoseModelIsUsedNeedsItsModel(@TempDir Path dir) throws IOException {
        Path models = copy(dir);
        Files.writeString(models.resolve("ner/statistical-types.tsv"), "ky\tPER\n");
        assertThatThrownBy(() -> ArticleAnalyzer.builder().models(models).build())
                .isInstanceOf(AnalysisException.class)
                .hasMessageContaining("models/ner/ky.bin");
    }

    @Test
    void aCorruptNameFinderModelFailsTheBuildNamingIt(@TempDir Path dir) throws IOException {
        Path models = copy(dir);
        Files.writeString(models.resolve("ner/ru.bin"), "not a model");
        assertThatThrownBy(() -> ArticleAnalyzer.builder().models(models).build())
                .isInstanceOf(AnalysisException.class)
                .hasMessageContaining("models/ner/ru.bin");
    }
}
