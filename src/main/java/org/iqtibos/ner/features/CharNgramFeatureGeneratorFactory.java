package org.iqtibos.ner.features;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Makes a {@link CharNgramFeatureGenerator} from the descriptor:
 * {@code <generator class="org.iqtibos.ner.features.CharNgramFeatureGeneratorFactory"><int name="min">3</int>
 * <int name="max">5</int></generator>}. Public no-argument constructor: OpenNLP instantiates it by class name.
 */
public final class CharNgramFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        return new CharNgramFeatureGenerator(getInt("min"), getInt("max"));
    }
}
