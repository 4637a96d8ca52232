package org.iqtibos.internal.quote;

import org.iqtibos.result.QuoteType;

/**
 * A quote found before its speaker is known: chars [start, end), its type, the tokens of its cue [cueFrom, cueTo)
 * (-1: none), where its speaker is named, and the order it was found in.
 */
record QuoteCandidate(int start, int end, QuoteType type, int cueFrom, int cueTo, Region region, int order) {

    /** How a region names its speaker: the first name in it (subject, after-verb) or the last (genitive). */
    enum Pick { FIRST, LAST }

    /** Where the speaker of a candidate is named: tokens [from, to); the cue's tokens [cueFrom, cueTo) or -1. */
    record Region(int from, int to, Pick pick, int cueFrom, int cueTo) {
        Region(int from, int to, Pick pick) {
            this(from, to, pick, -1, -1);
        }
    }
}
