package org.iqtibos.internal.train;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Span-level precision, recall and F1 per type (PER, ORG, LOC) and overall, counted as conll_score.py counts: a
 * predicted span is right when start, end and type all agree with a gold span. Accumulates; not thread-safe.
 */
public final class NerScore {
    /** The types scored, in print order. */
    public static final List<String> TYPES = List.of("PER", "ORG", "LOC");

    private final Map<String, int[]> tally = new LinkedHashMap<>();

    public NerScore() {
        for (String t : TYPES) {
            tally.put(t, new int[3]);
        }
    }

    /** Counts one sentence. */
    public void add(List<Span> gold, List<Span> predicted) {
        Set<String> g = keys(gold);
        Set<String> p = keys(predicted);
        for (Span s : predicted) {
            tally.get(s.getType())[g.contains(key(s)) ? 0 : 1]++;
        }
        for (Span s : gold) {
            if (!p.contains(key(s))) {
                tally.get(s.getType())[2]++;
            }
        }
    }

    private static Set<String> keys(List<Span> spans) {
        Set<String> out = new HashSet<>();
        for (Span s : spans) {
            out.add(key(s));
        }
        return out;
    }

    private static String key(Span s) {
        return s.getStart() + ":" + s.getEnd() + ":" + s.getType();
    }

    /** {precision, recall, f1} of one type, or overall when {@code type} is null. */
    public double[] prf(String type) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Map.Entry<String, int[]> e : tally.entrySet()) {
            if (type == null || e.getKey().equals(type)) {
                tp += e.getValue()[0];
                fp += e.getValue()[1];
                fn += e.getValue()[2];
            }
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    /** A table of P/R/F1 per type and overall, then a {@code SUMMARY} line like conll_score.py's. */
    public String report() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-5s %6s %6s %6s %6s %6s %6s%n",
                "", "P", "R", "F1", "tp", "fp", "fn"));
        int[] all = new int[3];
        for (Map.Entry<String, int[]> e : tally.entrySet()) {
            int[] t = e.getValue();
            double[] x = prf(e.getKey());
            b.append(String.format(Locale.ROOT, "%-5s %6.4f %6.4f %6.4f %6d %6d %6d%n", e.getKey(), x[0], x[1], x[2], t[0], t[1], t[2]));
            for (int i = 0; i < 3; i++) {
                all[i] += t[i];
            }
        }
        double[] x = prf(null);
        b.append(String.format(Locale.ROOT, "%-5s %6.4f %6.4f %6.4f %6d %6d %6d%n", "ALL", x[0], x[1], x[2], all[0], all[1], all[2]));
        b.append(String.format(Locale.ROOT, "SUMMARY f1=%.4f per_f1=%.4f org_f1=%.4f loc_f1=%.4f", x[2],
                prf("PER")[2], prf("ORG")[2], prf("LOC")[2]));
        return b.toString();
    }
}
