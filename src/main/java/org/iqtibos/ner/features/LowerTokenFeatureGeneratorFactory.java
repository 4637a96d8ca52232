package org.iqtibos.ner.features;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Makes a {@link LowerTokenFeatureGenerator} from the name finder's XML descriptor:
 * {@code <generator class="org.iqtibos.ner.features.LowerTokenFeatureGeneratorFactory"/>}. OpenNLP instantiates it
 * by class name when a model is loaded, so it must keep its public no-argument constructor.
 */
public final class LowerTokenFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() {
        return new LowerTokenFeatureGenerator();
    }
}
