package org.iqtibos.ner.features;

import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Makes a {@link GazetteerFeatureGenerator} from the descriptor:
 * {@code <generator class="org.iqtibos.ner.features.GazetteerFeatureGeneratorFactory"><str name="dict">gazetteer</str></generator>};
 * {@code dict} names the model artifact holding the {@link Gazetteer}, which the trainer puts into the model.
 */
public final class GazetteerFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        return Map.of(getStr("dict"), new Gazetteer.Serializer());
    }

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        String key = getStr("dict");
        Object resource = resourceManager == null ? null : resourceManager.getResource(key);
        if (!(resource instanceof Gazetteer g)) {
            throw new InvalidFormatException("gazetteer artifact '" + key + "' missing from the name finder model");
        }
        return new GazetteerFeatureGenerator(g);
    }
}
