package org.iqtibos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the benchmark reads: its texts, and the CoNLL documents the OpenNLP baseline and the analyzer both get. */
class BenchmarkInputsTest {
    @TempDir
    Path dir;

    @Test
    void readsJsonLinesTextFilesAndDirectories() throws Exception {
        Files.writeString(dir.resolve("a.jsonl"), "{\"id\":\"1\",\"text\":\"First one.\"}\n\n{\"id\":\"2\"}\n{\"text\":\"Second.\"}\n",
                StandardCharsets.UTF_8);
        Files.createDirectory(dir.resolve("d"));
        Files.writeString(dir.resolve("d/b.txt"), "Бир матн.", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("d/a.txt"), "Another text.", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("d/notes.md"), "not read", StandardCharsets.UTF_8);
        assertThat(BenchmarkCommand.texts(dir.resolve("a.jsonl"))).containsExactly("First one.", "Second.");
        assertThat(BenchmarkCommand.texts(dir.resolve("d"))).containsExactly("Another text.", "Бир матн.");
        assertThat(BenchmarkCommand.texts(dir.resolve("d/b.txt"))).containsExactly("Бир матн.");
        assertThatThrownBy(() -> BenchmarkCommand.texts(dir.resolve("missing.jsonl")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing.jsonl");
    }

    @Test
    void conllDocumentsAreSentencesOnLinesSplitAtDocstart() throws Exception {
        Path conll = dir.resolve("test.txt");
        Files.writeString(conll, String.join("\n",
                "-DOCSTART- -X- -X- O", "", "Rain NN B-NP O", "in IN B-PP O", "Oslo NNP B-NP B-LOC", ". . O O", "",
                "Dry JJ B-NP O", ". . O O", "", "-DOCSTART- -X- -X- O", "", "Ann NNP B-NP B-PER", "spoke VBD B-VP O", ""),
                StandardCharsets.UTF_8);
        assertThat(OpenNlpBaseline.documents(conll)).containsExactly("Rain in Oslo .\nDry .\n", "Ann spoke\n");
    }
}
