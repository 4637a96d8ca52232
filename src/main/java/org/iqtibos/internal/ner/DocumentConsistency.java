package org.iqtibos.internal.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.util.Span;

/**
 * A per-document pass after tagging: a name the finder tagged somewhere in a document is tagged alike wherever the
 * same tokens recur untagged in it (a surname after the full name, a capitalized word tagged in one sentence and
 * missed in another). The perceptron decides sentence by sentence; the document usually settles what a string is.
 *
 * <p>Stateless and thread-safe: everything it learns lives in one call.
 */
public final class DocumentConsistency {
    /** The longest name, in tokens, that is looked for again. */
    private static final int MAX_NAME_TOKENS = 6;

    /** What the pass may do. */
    public enum Mode {
        /** Nothing: the finder's spans as they are. */
        OFF,
        /** Tag recurring untagged occurrences of names tagged elsewhere (and single words of person names). */
        PROPAGATE,
        /** {@link #PROPAGATE}, and relabel a tagged name with the type its string has in most of the document. */
        PROPAGATE_RELABEL;

        /** The mode named {@code name} (case-insensitive, '-' for '_'). */
        public static Mode parse(String name) {
            Objects.requireNonNull(name, "name");
            return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    private final Mode mode;
    private final boolean personParts;

    /**
     * A pass of {@code mode}; {@code personParts}: the single words of multi-word person names (the surname after
     * the full name) count as names of their own.
     */
    public DocumentConsistency(Mode mode, boolean personParts) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.personParts = personParts;
    }

    /** The pass that pays on held-out documents (see docs/ner.md). */
    public static DocumentConsistency standard() {
        return new DocumentConsistency(Mode.PROPAGATE, true);
    }

    /** The mode of this pass. */
    public Mode mode() {
        return mode;
    }

    /** Votes of one name string: how often the document tagged it as each type, and the best probability seen. */
    private static final class Votes {
        final Map<String, Integer> counts = new HashMap<>(4);
        double prob;

        void add(String type, double p) {
            counts.merge(type, 1, Integer::sum);
            prob = Math.max(prob, p);
        }

        /** The type with the most votes, or null on a tie. */
        String winner() {
            String best = null;
            int bestCount = 0;
            boolean tie = false;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (e.getValue() > bestCount) {
                    best = e.getKey();
                    bestCount = e.getValue();
                    tie = false;
                } else if (e.getValue() == bestCount) {
                    tie = true;
                }
            }
            return tie ? null : best;
        }
    }

    /**
     * The spans of {@code sentences} (token texts of one document) after the pass, given the finder's
     * {@code found} spans of each sentence; the input lists are not changed.
     */
    public List<Span[]> apply(List<String[]> sentences, List<Span[]> found) {
        Objects.requireNonNull(sentences, "sentences");
        Objects.requireNonNull(found, "found");
        if (sentences.size() != found.size()) {
            throw new IllegalArgumentException("found must have one entry per sentence: " + found.size() + " vs " + sentences.size());
        }
        if (mode == Mode.OFF) {
            return found;
        }
        Map<String, Votes> full = new HashMap<>();
        Map<String, Votes> parts = new HashMap<>();
        // the first word of each name and the longest name: most capitalized words open none, so cost no key building
        Map<String, Integer> longestFrom = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            String[] tokens = sentences.get(i);
            for (Span s : found.get(i)) {
                if (s.length() > MAX_NAME_TOKENS) {
                    continue;
                }
                full.computeIfAbsent(key(tokens, s.getStart(), s.getEnd()), k -> new Votes()).add(s.getType(), s.getProb());
                longestFrom.merge(tokens[s.getStart()], s.length(), Math::max);
                if (personParts && "PER".equals(s.getType()) && s.length() > 1) {
                    for (int t = s.getStart(); t < s.getEnd(); t++) {
                        if (isNameWord(tokens[t])) {
                            parts.computeIfAbsent(tokens[t], k -> new Votes()).add("PER", s.getProb());
                        }
                    }
                }
            }
        }
        if (full.isEmpty()) {
            return found;
        }
        List<Span[]> out = new ArrayList<>(found.size());
        for (int i = 0; i < sentences.size(); i++) {
            out.add(sentence(sentences.get(i), found.get(i), full, parts, longestFrom));
        }
        return out;
    }

    private Span[] sentence(String[] tokens, Span[] spans, Map<String, Votes> full, Map<String, Votes> parts,
            Map<String, Integer> longestFrom) {
        List<Span> out = new ArrayList<>(spans.length + 2);
        boolean[] covered = new boolean[tokens.length];
        for (Span s : spans) {
            Span kept = s;
            if (mode == Mode.PROPAGATE_RELABEL) {
                Votes v = full.get(key(tokens, s.getStart(), s.getEnd()));
                String winner = v == null ? null : v.winner();
                if (winner != null && !winner.equals(s.getType())) {
                    kept = new Span(s.getStart(), s.getEnd(), winner, s.getProb());
                }
            }
            out.add(kept);
            Arrays.fill(covered, s.getStart(), s.getEnd(), true);
        }
        boolean added = false;
        for (int t = 0; t < tokens.length; t++) {
            if (covered[t] || !isNameWord(tokens[t])) {
                continue;
            }
            // the longest name of the document that starts here on untagged tokens
            Integer longest = longestFrom.get(tokens[t]);
            if (longest == null && !parts.containsKey(tokens[t])) {
                continue;
            }
            int maxLen = Math.min(longest == null ? 1 : longest, tokens.length - t);
            for (int len = maxLen; len >= 1; len--) {
                if (covered[t + len - 1]) {
                    continue;
                }
                Votes v = full.get(key(tokens, t, t + len));
                if (v == null && len == 1) {
                    v = parts.get(tokens[t]);
                }
                String winner = v == null ? null : v.winner();
                if (winner != null && !anyCovered(covered, t, t + len)) {
                    out.add(new Span(t, t + len, winner, v.prob));
                    Arrays.fill(covered, t, t + len, true);
                    added = true;
                    t += len - 1;
                    break;
                }
            }
        }
        if (added) {
            out.sort((a, b) -> Integer.compare(a.getStart(), b.getStart()));
        }
        return out.toArray(new Span[0]);
    }

    private static boolean anyCovered(boolean[] covered, int from, int to) {
        for (int i = from; i < to; i++) {
            if (covered[i]) {
                return true;
            }
        }
        return false;
    }

    /** A word that can open a name on its own: a capital letter first and at least two characters. */
    private static boolean isNameWord(String token) {
        return token.length() > 1 && Character.isUpperCase(token.codePointAt(0));
    }

    private static String key(String[] tokens, int from, int to) {
        if (to - from == 1) {
            return tokens[from];
        }
        return String.join(" ", Arrays.asList(tokens).subList(from, to));
    }
}
