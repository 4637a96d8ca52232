package org.iqtibos.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.TrainingParameters;
import org.iqtibos.Language;
import org.iqtibos.Script;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.ner.features.Gazetteer;
import org.iqtibos.result.EntityType;
import org.iqtibos.internal.segment.SegmentedText;
import org.iqtibos.internal.segment.Segmenter;
import org.iqtibos.internal.text.TextFold;
import org.iqtibos.internal.train.ConllCorpus;
import org.iqtibos.internal.train.NerTrainer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatisticalNameFinderTest {
    /** Sentences written for this test: names in a few fixed frames, enough for a perceptron to learn them. */
    private static final String CORPUS = String.join("\n",
            "Dilnoza B-PER", "Karimova I-PER", "visited O", "Samarkand B-LOC", "on O", "Monday O", ". O", "",
            "Arman B-PER", "Saparov I-PER", "visited O", "Bukhara B-LOC", "on O", "Friday O", ". O", "",
            "The O", "Aral B-ORG", "Water I-ORG", "Fund I-ORG", "met O", "in O", "Khiva B-LOC", ". O", "",
            "The O", "Steppe B-ORG", "Rail I-ORG", "Company I-ORG", "met O", "in O", "Termez B-LOC", ". O", "",
            "Gulnara B-PER", "Ospanova I-PER", "visited O", "Nukus B-LOC", "on O", "Sunday O", ". O", "",
            "The O", "Silk B-ORG", "Road I-ORG", "Bank I-ORG", "met O", "in O", "Andijan B-LOC", ". O", "");

    private static StatisticalNameFinder finder;

    @BeforeAll
    static void trainTinyModel() throws IOException {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
        params.put(TrainingParameters.ITERATIONS_PARAM, 100);
        params.put(TrainingParameters.CUTOFF_PARAM, 0);
        byte[] features;
        try (InputStream in = ModelFiles.directory(Path.of("models")).open("ner/features.xml")) {
            features = in.readAllBytes();
        }
        // the descriptor's gazetteer feature reads the artifact "gazetteer", which the model carries
        TokenNameFinderModel trained = NerTrainer.train("en", ConllCorpus.parse(CORPUS).sentences(), features,
                Map.of("gazetteer", new Gazetteer(Map.of(TextFold.gazetteerKey("Khiva"), "LOC"))), params);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        trained.serialize(bytes);
        // read back, as load() does, so that the round trip covers the custom features and their artifact
        finder = StatisticalNameFinder.of(new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray())));
    }

    private static SegmentedText text(String s) {
        return new Segmenter(Set.of()).segment(s);
    }

    @Test
    void findsTheNamesOfItsTrainingSentencesAsCharacterSpans() {
        String s = "Dilnoza Karimova visited Samarkand on Monday.";
        List<MentionCandidate> found = finder.find(text(s), Script.LATN);
        assertThat(found).extracting(m -> s.substring(m.start(), m.end()), MentionCandidate::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Dilnoza Karimova", EntityType.PERSON),
                        org.assertj.core.groups.Tuple.tuple("Samarkand", EntityType.PLACE));
        assertThat(found).allSatisfy(m -> {
            assertThat(m.source()).isEqualTo(MentionCandidate.Source.STATISTICAL);
            assertThat(m.confidence()).isBetween(0.0, 1.0);
            assertThat(m.kbId()).isNull();
        });
    }

    @Test
    void givesTheSameResultFromSeveralThreads() throws Exception {
        SegmentedText t = text("Arman Saparov visited Bukhara on Friday. The Silk Road Bank met in Khiva.\n"
                + "Gulnara Ospanova visited Nukus on Sunday.");
        List<MentionCandidate> expected = finder.find(t, Script.LATN);
        assertThat(expected).isNotEmpty();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<MentionCandidate>>> runs = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                runs.add(pool.submit(() -> finder.find(t, Script.LATN)));
            }
            for (Future<List<MentionCandidate>> r : runs) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void loadsNothingWhenTheLanguageHasNoModel(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("ner"));
        assertThat(StatisticalNameFinder.load(ModelFiles.directory(dir), Language.KY)).isEmpty();
    }
}
