package org.iqtibos.internal.quote;

/**
 * Characters [start, end) of the analyzed text: where a quote or a pair of quote marks lies, as opposed to a
 * {@link TokenIndex.TokenRange} of tokens.
 */
record CharSpan(int start, int end) {
    int length() {
        return end - start;
    }
}
