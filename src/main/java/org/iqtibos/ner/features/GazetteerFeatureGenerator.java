package org.iqtibos.ner.features;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import org.iqtibos.internal.text.TextFold;

/**
 * Gazetteer features: {@code gaz=KIND} when the token is a known one-word name, else {@code gazp=KIND} when the token
 * is capitalized and a known name of at least four letters followed by up to six more letters, which is how Uzbek and Kazakh glue
 * case and possessive endings to names ({@code Тошкентда}, {@code Qozogʻistonning}) and how Russian declines them.
 * Stateless, so thread-safe.
 */
public final class GazetteerFeatureGenerator implements AdaptiveFeatureGenerator {
    private static final int MIN_STEM = 4;
    private static final int MAX_ENDING = 6;

    private final Gazetteer gazetteer;

    public GazetteerFeatureGenerator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        String token = tokens[index];
        if (token.isEmpty() || !Character.isLetter(token.charAt(0))) {
            return;
        }
        String key = TextFold.gazetteerKey(token);
        String kind = gazetteer.kind(key);
        if (kind != null) {
            features.add("gaz=" + kind);
            return;
        }
        // glued endings are looked for on capitalized words only: names are written so, and the up to six lookups
        // a word costs would otherwise be spent on every common word of the text
        if (!Character.isUpperCase(token.charAt(0))) {
            return;
        }
        for (int end = key.length() - 1; end >= Math.max(MIN_STEM, key.length() - MAX_ENDING); end--) {
            kind = gazetteer.kind(key.substring(0, end));
            if (kind != null) {
                features.add("gazp=" + kind);
                return;
            }
        }
    }
}
