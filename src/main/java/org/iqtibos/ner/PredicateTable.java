package org.iqtibos.ner;

import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.model.Context;

/**
 * The perceptron's predicate map ({@code feature string → its parameters}) as one open-addressing table keyed by a
 * 64-bit fingerprint of the string. Why: the name finder looks up some 50 freshly built feature strings per token
 * in a map of several hundred thousand entries; in OpenNLP's {@code HashMap} each lookup walks bucket → node →
 * key → its characters, four cache misses, which made those lookups half of the tagging time. Here a lookup reads
 * one slot of a {@code long[]} and, on a hit, one of a parallel array.
 *
 * <p>Fingerprints of the stored strings are checked to be distinct when the table is built (otherwise no table is
 * made and the caller keeps the map); a string absent from the model shares a fingerprint with a stored one with
 * probability about size / 2<sup>64</sup> per lookup, far below anything observable. Immutable, thread-safe.
 */
final class PredicateTable {
    private final long[] keys;
    private final Context[] values;
    private final int mask;

    private PredicateTable(long[] keys, Context[] values) {
        this.keys = keys;
        this.values = values;
        this.mask = keys.length - 1;
    }

    /** The table of {@code predicates}, or empty if two of its strings share a fingerprint. */
    static Optional<PredicateTable> of(Map<String, Context> predicates) {
        int capacity = Integer.highestOneBit(Math.max(4, predicates.size() * 2 - 1)) << 1;
        long[] keys = new long[capacity];
        Context[] values = new Context[capacity];
        int mask = capacity - 1;
        for (Map.Entry<String, Context> e : predicates.entrySet()) {
            long f = fingerprint(e.getKey());
            int slot = (int) f & mask;
            while (keys[slot] != 0) {
                if (keys[slot] == f) {
                    return Optional.empty();
                }
                slot = (slot + 1) & mask;
            }
            keys[slot] = f;
            values[slot] = e.getValue();
        }
        return Optional.of(new PredicateTable(keys, values));
    }

    /** The parameters of {@code predicate}, or null when the model does not know it. */
    Context get(String predicate) {
        long f = fingerprint(predicate);
        int slot = (int) f & mask;
        long k;
        while ((k = keys[slot]) != 0) {
            if (k == f) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    /** FNV-1a over the UTF-16 units, then a 64-bit finalizer so that the low bits (the slot) mix all of them; never 0. */
    static long fingerprint(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0, n = s.length(); i < n; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
