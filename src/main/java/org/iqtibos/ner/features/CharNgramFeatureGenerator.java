package org.iqtibos.ner.features;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The distinct lower-cased character n-grams of the token, {@code ng=gram}, for n from {@code min} to {@code max}:
 * the features of OpenNLP's CharacterNgramFeatureGenerator (name-internal pieces such as -стан, -ов, -бек) without
 * its per-token n-gram model, string interning and streams, which made it the costliest generator at run time.
 * Stateless, so thread-safe.
 */
public final class CharNgramFeatureGenerator implements AdaptiveFeatureGenerator {
    private static final int LONG_TOKEN = 64;
    private final int min;
    private final int max;

    /** N-grams of {@code min} to {@code max} characters. */
    public CharNgramFeatureGenerator(int min, int max) {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("need 1 <= min <= max: min=" + min + " max=" + max);
        }
        this.min = min;
        this.max = max;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        String token = LowerCase.of(tokens[index]);
        int first = features.size();
        // a long token (a word of thousands of letters) has too many grams to compare each with all before it
        Set<String> seen = token.length() > LONG_TOKEN ? new HashSet<>() : null;
        for (int n = min; n <= max; n++) {
            for (int start = 0; start + n <= token.length(); start++) {
                String gram = "ng=" + token.substring(start, start + n);
                // a feature counts once, as in OpenNLP's n-gram set: repeated letters (ааа) repeat grams
                if (seen != null ? seen.add(gram) : !features.subList(first, features.size()).contains(gram)) {
                    features.add(gram);
                }
            }
        }
    }
}
