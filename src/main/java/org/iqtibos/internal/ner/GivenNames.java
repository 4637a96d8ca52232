package org.iqtibos.internal.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.iqtibos.Language;
import org.iqtibos.internal.text.Romanizer;
import org.iqtibos.internal.model.ModelFiles;

/**
 * The given-name lexicon ({@code models/ner/names/given-names.tsv}, built by {@code train names}, and the hand-kept
 * {@code given-names-curated.tsv}), compared across
 * scripts by the loose romanization key: {@code Шахобиддин} read as Russian and {@code Shahobiddin} agree.
 *
 * <p>Immutable and thread-safe.
 */
public final class GivenNames {
    /** The lexicon's path under {@code models/}. */
    public static final String PATH = "ner/names/given-names.tsv";
    /** Hand-kept given names of the region that the corpora lack, same format, read after {@link #PATH}. */
    public static final String CURATED_PATH = "ner/names/given-names-curated.tsv";
    private static final int MIN_KEY = 3;

    private final Set<String> keys;
    private final Romanizer romanizer;

    private GivenNames(Set<String> keys, Romanizer romanizer) {
        this.keys = Set.copyOf(keys);
        this.romanizer = romanizer;
    }

    /** No given names: the finder then relies on surname endings alone. */
    public static GivenNames none(Romanizer romanizer) {
        return new GivenNames(Set.of(), Objects.requireNonNull(romanizer, "romanizer"));
    }

    /** Loads the lexicon; an absent file gives no names. */
    public static GivenNames load(ModelFiles files, Romanizer romanizer) {
        Objects.requireNonNull(romanizer, "romanizer");
        Set<String> keys = new HashSet<>();
        List<String> lines = new java.util.ArrayList<>(files.linesIfPresent(PATH));
        lines.addAll(files.linesIfPresent(CURATED_PATH));
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length < 2) {
                throw new IllegalStateException("models/" + PATH + ": expected 'name TAB language' in '" + line + "'");
            }
            String key = romanizer.looseKey(f[0].strip(), Language.fromCode(f[1].strip()));
            if (key.length() >= MIN_KEY) {
                keys.add(key);
            }
        }
        return new GivenNames(keys, romanizer);
    }

    /** True when {@code word}, read as {@code lang}, is a known given name. */
    public boolean contains(String word, Language lang) {
        if (keys.isEmpty()) {
            return false;
        }
        String key = romanizer.looseKey(word, lang);
        return key.length() >= MIN_KEY && keys.contains(key);
    }

    /** The number of distinct keys. */
    public int size() {
        return keys.size();
    }
}
