package org.iqtibos.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.ner.features.Gazetteer;
import org.iqtibos.internal.text.TextFold;
import org.iqtibos.internal.train.ConllCorpus;
import org.iqtibos.internal.train.NerTrainer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PerceptronNameDecoderTest {
    /** Sentences written for this test, in a few frames with names of each type. */
    private static final String CORPUS = String.join("\n",
            "Bahrom B-PER", "Tursunov I-PER", "opened O", "a O", "school O", "in O", "Qarshi B-LOC", ". O", "",
            "Madina B-PER", "Aliyeva I-PER", "opened O", "a O", "clinic O", "in O", "Jizzakh B-LOC", ". O", "",
            "The O", "Green B-ORG", "Valley I-ORG", "Trust I-ORG", "opened O", "in O", "Navoi B-LOC", ". O", "",
            "Officials O", "of O", "the O", "Cotton B-ORG", "Board I-ORG", "came O", "from O", "Gulistan B-LOC", ". O", "",
            "Timur B-PER", "said O", "the O", "Urban B-ORG", "Water I-ORG", "Agency I-ORG", "works O", ". O", "",
            "Nodira B-PER", "Yusupova I-PER", "and O", "Anvar B-PER", "spoke O", "in O", "Urgench B-LOC", ". O", "");

    private static TokenNameFinderModel model;

    @BeforeAll
    static void trainTinyModel() throws IOException {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
        params.put(TrainingParameters.ITERATIONS_PARAM, 30);
        params.put(TrainingParameters.CUTOFF_PARAM, 0);
        byte[] features;
        try (InputStream in = ModelFiles.directory(Path.of("models")).open("ner/features.xml")) {
            features = in.readAllBytes();
        }
        model = NerTrainer.train("en", ConllCorpus.parse(CORPUS).sentences(), features,
                Map.of("gazetteer", new Gazetteer(Map.of(TextFold.gazetteerKey("Navoi"), "LOC"))), params);
    }

    @Test
    void findsWhatOpenNlpsDecoderFindsWithTheSameProbabilities() {
        String[][] sentences = {
                "Bahrom Tursunov opened a clinic in Navoi .".split(" "),
                "The Cotton Valley Trust came from Qarshi .".split(" "),
                "Anvar Aliyeva and Timur spoke in Gulistan and Urgench .".split(" "),
                "Officials of the Urban Water Agency said Madina works in Jizzakh .".split(" "),
                "Nothing here .".split(" "),
                {"Samarqand"},
        };
        NameFinderME reference = new NameFinderME(model);
        PerceptronNameDecoder fast = PerceptronNameDecoder.of(model, PerceptronNameDecoder.manifestBeam(model));
        assertThat(fast).isNotNull();
        int names = 0;
        for (String[] s : sentences) {
            Span[] expected = reference.find(s);
            Span[] actual = fast.find(s);
            assertThat(actual).hasSameSizeAs(expected);
            for (int i = 0; i < expected.length; i++) {
                assertThat(actual[i]).isEqualTo(expected[i]);
                assertThat(actual[i].getType()).isEqualTo(expected[i].getType());
                assertThat(actual[i].getProb()).isCloseTo(expected[i].getProb(), org.assertj.core.data.Offset.offset(1e-9));
            }
            names += expected.length;
        }
        assertThat(names).isGreaterThan(5);
    }

    @Test
    void decodesGreedilyWithABeamOfOne() {
        PerceptronNameDecoder greedy = PerceptronNameDecoder.of(model, 1);
        assertThat(greedy.find("Madina Aliyeva opened a school in Qarshi .".split(" ")))
                .containsExactly(new Span(0, 2, "PER"), new Span(6, 7, "LOC"));
    }
}
