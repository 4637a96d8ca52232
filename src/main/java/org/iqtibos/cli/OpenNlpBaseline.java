package org.iqtibos.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.iqtibos.internal.train.ConllCorpus;

/**
 * What a Java user would otherwise write for English NER, the yardstick of {@code benchmark}: OpenNLP's
 * {@link SimpleTokenizer} and {@link NameFinderME} with its default features and training parameters, trained on a
 * CoNLL training file. One instance per thread (the name finder keeps per-document state).
 */
final class OpenNlpBaseline {
    private final NameFinderME finder;

    OpenNlpBaseline(TokenNameFinderModel model) {
        this.finder = new NameFinderME(model);
    }

    /**
     * The model trained on {@code train} with OpenNLP's defaults, read from {@code cache} when that file exists,
     * else trained and written there.
     */
    static TokenNameFinderModel model(Path train, Path cache) throws IOException {
        if (Files.isRegularFile(cache)) {
            try (InputStream in = Files.newInputStream(cache)) {
                return new TokenNameFinderModel(in);
            }
        }
        List<NameSample> samples = new ArrayList<>();
        for (ConllCorpus.ConllSentence s : ConllCorpus.read(train).sentences()) {
            samples.add(s.toNameSample());
        }
        TokenNameFinderModel model = NameFinderME.train("en", null, new CollectionObjectStream<>(samples),
                TrainingParameters.defaultParams(), new TokenNameFinderFactory());
        Files.createDirectories(cache.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(cache.toAbsolutePath().getParent(), "baseline", ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            model.serialize(out);
        }
        Files.move(tmp, cache, StandardCopyOption.REPLACE_EXISTING);
        return model;
    }

    /**
     * The documents of a CoNLL file as plain text: tokens joined by spaces, one sentence a line; a document starts
     * at each {@code -DOCSTART-} (every sentence is one when the file has none).
     */
    static List<String> documents(Path conll) {
        List<String> out = new ArrayList<>();
        StringBuilder doc = new StringBuilder();
        for (ConllCorpus.ConllSentence s : ConllCorpus.read(conll).sentences()) {
            if (s.documentStart() && doc.length() > 0) {
                out.add(doc.toString());
                doc.setLength(0);
            }
            doc.append(String.join(" ", s.tokens())).append('\n');
        }
        if (doc.length() > 0) {
            out.add(doc.toString());
        }
        return out;
    }

    /** The names in one document, each line a sentence; the name finder's document memory is cleared after it. */
    int names(String document) {
        int found = 0;
        for (String line : document.split("\n")) {
            Span[] names = finder.find(SimpleTokenizer.INSTANCE.tokenize(line));
            found += names.length;
        }
        finder.clearAdaptiveData();
        return found;
    }
}
