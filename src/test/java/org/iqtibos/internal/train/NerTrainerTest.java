package org.iqtibos.internal.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.util.Span;
import org.iqtibos.Language;
import org.iqtibos.internal.model.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerTrainerTest {
    @Test
    void dropsNamesThatStartWithALowerCaseLetterWhenAskedForCapitalizedNames() {
        ConllCorpus.ConllSentence s = ConllCorpus.parse(
                "российские\tB-LOC\nвласти\tO\nи\tO\nМосква\tB-LOC\n").sentences().get(0);
        assertThat(NerTrainer.capitalizedNames(s).names()).containsExactly(new Span(3, 4, "LOC"));
    }

    @Test
    void readsPlainParametersAndLetsLanguageKeysOverrideThem(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("ner"));
        Files.writeString(dir.resolve("ner/training.properties"), String.join("\n",
                "# a comment line",
                "kk.Iterations=40",
                "Algorithm=PERCEPTRON",
                "Iterations=100",
                "Cutoff=1",
                "ru.Cutoff=3"));
        NerTrainer trainer = new NerTrainer(ModelFiles.directory(dir), dir);
        // the override stands before the plain key in the file and still wins
        assertThat(trainer.parameters(Language.KK).getObjectSettings())
                .containsEntry("Algorithm", "PERCEPTRON").containsEntry("Iterations", "40").containsEntry("Cutoff", "1")
                .doesNotContainKeys("kk.Iterations", "ru.Cutoff");
        assertThat(trainer.parameters(Language.RU).getObjectSettings())
                .containsEntry("Iterations", "100").containsEntry("Cutoff", "3");
        assertThat(trainer.parameters(Language.EN).getObjectSettings())
                .containsEntry("Iterations", "100").containsEntry("Cutoff", "1");
    }
}
