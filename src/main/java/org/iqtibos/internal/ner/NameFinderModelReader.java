package org.iqtibos.internal.ner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.GenericModelSerializer;

/**
 * Reads a name finder model as {@link TokenNameFinderModel#TokenNameFinderModel(InputStream)} does, the classifier
 * ({@code nameFinder.model}) faster. Why: OpenNLP reads it with a {@code DataInputStream} straight on the zip entry,
 * so each of its some million small reads (a predicate's length, its bytes, a weight) goes through the inflater;
 * here the entry is inflated in one go and read from memory. The same bytes give the same model.
 */
final class NameFinderModelReader extends TokenNameFinderModel {
    private static final long serialVersionUID = 1L;

    private NameFinderModelReader(InputStream in) throws IOException {
        super(in);
    }

    /** The model in {@code in} (a name finder model's zip), which is not closed. */
    static TokenNameFinderModel read(InputStream in) throws IOException {
        return new NameFinderModelReader(in);
    }

    @Override
    protected void createArtifactSerializers(Map<String, ArtifactSerializer<?>> serializers) {
        super.createArtifactSerializers(serializers);
        serializers.put("model", new InMemory());
    }

    /** OpenNLP's classifier serializer, reading the whole entry first. */
    private static final class InMemory extends GenericModelSerializer {
        @Override
        public AbstractModel create(InputStream in) throws IOException {
            byte[] bytes = in.readAllBytes();
            return new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(bytes))).getModel();
        }
    }
}
