package org.iqtibos.internal.ner;

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
 * <p>Each predicate's weights are also kept as one dense row of {@code width} doubles (zero for an outcome it has
 * none for) in a single array, so that {@link #addTo} adds them without visiting the {@code Context}'s two arrays.
 *
 * <p>Fingerprints of the stored strings are checked to be distinct when the table is built (otherwise no table is
 * made and the caller keeps the map); a string absent from the model shares a fingerprint with a stored one with
 * probability about size / 2<sup>64</sup> per lookup, far below anything observable. Immutable, thread-safe.
 */
final class PredicateTable {
    private final long[] keys;
    private final Context[] values;
    /** Per slot, the index of its row in {@link #rows}. */
    private final int[] rowOf;
    private final double[] rows;
    private final int width;
    private final int mask;

    private PredicateTable(long[] keys, Context[] values, int[] rowOf, double[] rows, int width) {
        this.keys = keys;
        this.values = values;
        this.rowOf = rowOf;
        this.rows = rows;
        this.width = width;
        this.mask = keys.length - 1;
    }

    /**
     * The table of {@code predicates} of a model with {@code outcomes} outcomes, or empty if two of its strings share
     * a fingerprint.
     */
    static Optional<PredicateTable> of(Map<String, Context> predicates, int outcomes) {
        int capacity = Integer.highestOneBit(Math.max(4, predicates.size() * 2 - 1)) << 1;
        long[] keys = new long[capacity];
        Context[] values = new Context[capacity];
        int[] rowOf = new int[capacity];
        double[] rows = new double[predicates.size() * outcomes];
        int mask = capacity - 1;
        int row = 0;
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
            rowOf[slot] = row;
            int[] os = e.getValue().getOutcomes();
            double[] ps = e.getValue().getParameters();
            for (int a = 0; a < os.length; a++) {
                rows[row * outcomes + os[a]] += ps[a];
            }
            row++;
        }
        return Optional.of(new PredicateTable(keys, values, rowOf, rows, outcomes));
    }

    /**
     * Adds the weights of {@code predicate} to {@code scores} (one per outcome), as summing its {@code Context}
     * would; nothing when the model does not know it.
     */
    void addTo(double[] scores, String predicate) {
        long f = fingerprint(predicate);
        int slot = (int) f & mask;
        long k;
        while ((k = keys[slot]) != 0) {
            if (k == f) {
                for (int o = 0, off = rowOf[slot] * width; o < width; o++) {
                    scores[o] += rows[off + o];
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
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

    /**
     * The offset in the rows of {@code prefix + feature}'s weights (for {@link #addRow}), or -1 when the model does
     * not know it; the concatenation is not built.
     */
    int row(String prefix, String feature) {
        long f = finish(fnv(fnv(0xcbf29ce484222325L, prefix), feature));
        int slot = (int) f & mask;
        long k;
        while ((k = keys[slot]) != 0) {
            if (k == f) {
                return rowOf[slot] * width;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** Adds the weights at {@code offset} (a {@link #row}) to {@code scores}, as {@link #addTo} does. */
    void addRow(double[] scores, int offset) {
        for (int o = 0; o < width; o++) {
            scores[o] += rows[offset + o];
        }
    }

    /** FNV-1a over the UTF-16 units, then a 64-bit finalizer so that the low bits (the slot) mix all of them; never 0. */
    static long fingerprint(String s) {
        return finish(fnv(0xcbf29ce484222325L, s));
    }

    private static long fnv(long h, String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
