package org.iqtibos.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import opennlp.tools.util.Span;
import org.iqtibos.Language;
import org.iqtibos.model.ModelFiles;
import org.junit.jupiter.api.Test;

class NerTrainerTest {
    @Test
    void dropsNamesThatStartWithALowerCaseLetterWhenAskedForCapitalizedNames() {
        ConllCorpus.ConllSentence s = ConllCorpus.parse(
                "российские\tB-LOC\nвласти\tO\nи\tO\nМосква\tB-LOC\n").sentences().get(0);
        assertThat(NerTrainer.capitalizedNames(s).names()).containsExactly(new Span(3, 4, "LOC"));
    }

    @Test
    void readsPlainParametersAndLetsLanguageKeysOverrideThem() {
        NerTrainer trainer = new NerTrainer(ModelFiles.directory(Path.of("models")), Path.of("."));
        assertThat(trainer.parameters(Language.KK).algorithm()).isEqualTo("PERCEPTRON");
    }
}
