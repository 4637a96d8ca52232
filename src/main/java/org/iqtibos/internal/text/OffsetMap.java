package org.iqtibos.internal.text;

import java.util.Arrays;

/**
 * Maps spans of a rewritten text back to the text it was made from. For each char {@code i} of the rewritten
 * text it keeps the original span {@code [originalStart(i), originalEnd(i))} that produced it, so a rewritten span
 * {@code [s, e)} maps to {@code [originalStart(s), originalEnd(e - 1))}: never a split surrogate pair, never a span
 * outside the original. Maps compose with {@link #andThen(OffsetMap)}. Immutable.
 */
public final class OffsetMap {
    private final int[] starts;
    private final int[] ends;
    private final int originalLength;

    private OffsetMap(int[] starts, int[] ends, int originalLength) {
        this.starts = starts;
        this.ends = ends;
        this.originalLength = originalLength;
    }

    /** The map of a text to itself. */
    public static OffsetMap identity(int length) {
        int[] s = new int[length];
        int[] e = new int[length];
        for (int i = 0; i < length; i++) {
            s[i] = i;
            e[i] = i + 1;
        }
        return new OffsetMap(s, e, length);
    }

    /** Length of the rewritten text. */
    public int length() {
        return starts.length;
    }

    /** Length of the original text. */
    public int originalLength() {
        return originalLength;
    }

    /** True when every char maps to itself. */
    public boolean isIdentity() {
        if (starts.length != originalLength) {
            return false;
        }
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] != i || ends[i] != i + 1) {
                return false;
            }
        }
        return true;
    }

    /** The original start of rewritten offset {@code start}. */
    public int toOriginalStart(int start) {
        check(start);
        return start == starts.length ? originalLength : starts[start];
    }

    /** The original end of a span that ends at rewritten offset {@code end}. */
    public int toOriginalEnd(int end) {
        check(end);
        return end == 0 ? 0 : ends[end - 1];
    }

    /** The original span {@code {start, end}} of rewritten span {@code [start, end)}. */
    public int[] toOriginal(int start, int end) {
        if (start > end) {
            throw new IllegalArgumentException("start " + start + " > end " + end);
        }
        if (start == end) {
            int o = toOriginalStart(start);
            return new int[] {o, o};
        }
        return new int[] {toOriginalStart(start), toOriginalEnd(end)};
    }

    /** The map from {@code next}'s rewritten text back to this map's original: this map applied after {@code next}. */
    public OffsetMap andThen(OffsetMap next) {
        if (next.originalLength != starts.length) {
            throw new IllegalArgumentException("next map starts from a text of length " + next.originalLength
                    + ", this one produces length " + starts.length);
        }
        int n = next.starts.length;
        int[] s = new int[n];
        int[] e = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = toOriginalStart(next.starts[i]);
            e[i] = toOriginalEnd(next.ends[i]);
        }
        return new OffsetMap(s, e, originalLength);
    }

    private void check(int offset) {
        if (offset < 0 || offset > starts.length) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside [0, " + starts.length + "]");
        }
    }

    /** Builds a map while a rewritten text is appended piece by piece. */
    static final class Builder {
        private int[] s = new int[16];
        private int[] e = new int[16];
        private int size;

        /** The next {@code count} rewritten chars come from original {@code [from, to)}. */
        void add(int count, int from, int to) {
            if (size + count > s.length) {
                int cap = Math.max(s.length * 2, size + count);
                s = Arrays.copyOf(s, cap);
                e = Arrays.copyOf(e, cap);
            }
            for (int k = 0; k < count; k++) {
                s[size] = from;
                e[size] = to;
                size++;
            }
        }

        OffsetMap build(int originalLength) {
            return new OffsetMap(Arrays.copyOf(s, size), Arrays.copyOf(e, size), originalLength);
        }
    }
}
