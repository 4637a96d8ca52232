package org.iqtibos.internal.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.iqtibos.internal.quote.QuoteCandidate.Region;
import org.iqtibos.internal.quote.CueLexicon.Kind;
import org.iqtibos.internal.quote.TokenIndex.Ref;
import org.iqtibos.result.EntityType;
import org.iqtibos.result.QuoteType;
import org.iqtibos.internal.segment.Token;

/**
 * The quote candidates found so far in one article, direct and indirect, with the speech-verb tokens they use as
 * cues: what each finder adds to, and checks new candidates against (a direct quote already covering the words, an
 * indirect one overlapping them).
 */
final class Candidates {
    private final TokenIndex ix;
    private final CueLexicon lex;
    private final String text;
    private final List<Token> tokens;
    private final List<String> keys;
    private final List<QuoteCandidate> candidates = new ArrayList<>();
    /** Tokens already taken as the cue of a candidate. */
    private final boolean[] cueUsed;
    private final List<CharSpan> directSpans = new ArrayList<>();
    /** The union of {@link #directSpans}: start → end of disjoint spans, for {@link #insideDirect}. */
    private final TreeMap<Integer, Integer> directUnion = new TreeMap<>();
    /** Phrases in quote marks with no attribution of their own, char spans: direct when inside reported speech. */
    private final List<CharSpan> unattributedPairs = new ArrayList<>();

    Candidates(TokenIndex ix, CueLexicon lex) {
        this.ix = ix;
        this.lex = lex;
        this.text = ix.text;
        this.tokens = ix.tokens;
        this.keys = ix.keys;
        this.cueUsed = new boolean[tokens.size()];
    }

    /** The candidates in the order they were found. */
    List<QuoteCandidate> all() {
        return candidates;
    }

    int size() {
        return candidates.size();
    }

    /** The candidate found last, or null. */
    QuoteCandidate last() {
        return candidates.isEmpty() ? null : candidates.get(candidates.size() - 1);
    }

    boolean isCueUsed(int t) {
        return cueUsed[t];
    }

    /** A phrase in marks with no attribution of its own: a direct quote if it stands inside reported speech. */
    void addUnattributedPair(CharSpan pair) {
        unattributedPairs.add(pair);
    }

    /** The phrase in marks with no attribution that ends in the char span [from, to] and starts at or after {@code floor}, or null. */
    CharSpan unattributedPairEndingIn(int floor, int from, int to) {
        for (CharSpan pair : unattributedPairs) {
            if (pair.start() >= floor && pair.end() >= from && pair.end() <= to) {
                return pair;
            }
        }
        return null;
    }

    /** Drops the indirect candidates inside the char span [from, to). */
    void removeIndirectWithin(int from, int to) {
        candidates.removeIf(c -> c.type() == QuoteType.INDIRECT && c.start() >= from && c.end() <= to);
    }

    void addDirect(int from, int to, int cueFrom, int cueTo, Region region) {
        CharSpan span = trim(from, to);
        if (span == null) {
            return;
        }
        directSpans.add(span);
        addToUnion(span.start(), span.end());
        candidates.add(new QuoteCandidate(span.start(), span.end(), QuoteType.DIRECT, cueFrom, cueTo, region, candidates.size()));
    }

    /** Marked words inside reported speech ("… 15 мәселе, «Одағымыздың даму келешегі де» талқыланғанын …") are quoted. */
    void quotedInsideIndirect() {
        List<QuoteCandidate> indirect = candidates.stream().filter(c -> c.type() == QuoteType.INDIRECT).toList();
        for (CharSpan pair : unattributedPairs) {
            if (insideDirect(pair.start())) {
                continue;
            }
            for (QuoteCandidate c : indirect) {
                if (c.start() <= pair.start() && pair.end() <= c.end()) {
                    if (pair.end() - pair.start() > 0.6 * (c.end() - c.start())) {
                        candidates.remove(c); // the reported words are all in marks: a direct quote
                    }
                    addDirect(pair.start(), pair.end(), c.cueFrom(), c.cueTo(), c.region());
                    break;
                }
            }
        }
    }

    /** Adds the indirect content tokens [t0, t1) unless it is mostly a direct quote already. */
    boolean addIndirect(int t0, int t1, int cueFrom, int cueTo, Region region) {
        for (int j = t0 + 1; j < t1; j++) {
            // "…, после того как …": a following clause that is the reporter's, not the speaker's; "…, отметив при
            // этом …", "…, adding …": a second speech act of the same speaker
            if (tokens.get(j - 1).text().equals(",") && (lex.matchLength(Kind.CONTENT_END, keys, j) > 0
                    || lex.isEmpty(Kind.OBJECT_SUFFIX) && lex.matchLength(Kind.VERB, keys, j) > 0)) {
                t1 = j - 1;
                break;
            }
        }
        while (t1 > t0 && (ix.isTerminalAt(t1 - 1) || tokens.get(t1 - 1).text().equals(",")
                || TokenIndex.isQuoteChar(tokens.get(t1 - 1).text()) && !quoteOpensInside(t0, t1 - 1))) {
            t1--;
        }
        if (t1 - t0 < 2) {
            return false;
        }
        CharSpan span = trim(tokens.get(t0).start(), tokens.get(t1 - 1).end());
        if (span == null) {
            return false;
        }
        int quoted = 0;
        for (CharSpan d : directSpans) {
            int ov = Math.min(d.end(), span.end()) - Math.max(d.start(), span.start());
            boolean nested = d.start() < span.start() && span.end() <= d.end() && span.end() - span.start() < 0.5 * (d.end() - d.start());
            if (!nested) {
                quoted += Math.max(0, ov);
            }
            // reported speech that quotes some of its words ("заявил, что народ \"достоин …\"") is both
            boolean partial = span.start() <= d.start() && d.end() <= span.end() && wordsOutside(t0, t1, d) >= 1
                    && !ix.onlyPunctuation(span.start(), d.start());
            if (ov > 0 && ov >= 0.5 * (span.end() - span.start()) && !nested && !partial) {
                return false;
            }
        }
        if (quoted > 0.6 * (span.end() - span.start())) {
            return false; // «A», а народы «B»: quoted pieces with a few linking words are direct quotes alone
        }
        for (QuoteCandidate c : candidates) {
            if (c.type() == QuoteType.INDIRECT && Math.min(c.end(), span.end()) > Math.max(c.start(), span.start())) {
                return false;
            }
        }
        markCue(cueFrom, cueTo - cueFrom);
        candidates.add(new QuoteCandidate(span.start(), span.end(), QuoteType.INDIRECT, cueFrom, cueTo, region, candidates.size()));
        return true;
    }

    /** Words of tokens [t0, t1) outside the char span {@code d}. */
    private int wordsOutside(int t0, int t1, CharSpan d) {
        int n = 0;
        for (int i = t0; i < t1; i++) {
            Token tok = tokens.get(i);
            if (tok.isWord() && (tok.end() <= d.start() || tok.start() >= d.end())) {
                n++;
            }
        }
        return n;
    }

    private boolean quoteOpensInside(int t0, int closer) {
        String c = tokens.get(closer).text();
        for (int i = t0; i < closer; i++) {
            String o = tokens.get(i).text();
            if (o.equals(c) || (o.equals("«") && c.equals("»")) || (o.equals("“") && c.equals("”"))
                    || (o.equals("„") && c.equals("“"))) {
                return true;
            }
        }
        return false;
    }

    private CharSpan trim(int from, int to) {
        while (from < to && (Character.isWhitespace(text.charAt(from)) || TokenIndex.DASHES.indexOf(text.charAt(from)) >= 0)) {
            from++;
        }
        while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || ",;:".indexOf(text.charAt(to - 1)) >= 0
                || TokenIndex.DASHES.indexOf(text.charAt(to - 1)) >= 0)) {
            to--;
        }
        if (to - from > 2 && text.charAt(to - 1) == '.' && text.charAt(to - 2) != '.') {
            to--; // the full stop that closes the speech, as the comma before an attribution, is no part of the words
        }
        return to - from < 2 ? null : new CharSpan(from, to);
    }

    boolean insideDirect(int offset) {
        Map.Entry<Integer, Integer> d = directUnion.floorEntry(offset);
        return d != null && offset < d.getValue();
    }

    private void addToUnion(int from, int to) {
        Map.Entry<Integer, Integer> before = directUnion.floorEntry(from);
        if (before != null && before.getValue() >= from) {
            from = before.getKey();
            to = Math.max(to, before.getValue());
        }
        for (Map.Entry<Integer, Integer> next; (next = directUnion.ceilingEntry(from)) != null && next.getKey() <= to; ) {
            to = Math.max(to, next.getValue());
            directUnion.remove(next.getKey());
        }
        directUnion.put(from, to);
    }

    void markCue(int from, int len) {
        for (int i = from; i < from + len && i < cueUsed.length; i++) {
            if (i >= 0) {
                cueUsed[i] = true;
            }
        }
    }

    boolean cueUsedIn(int from, int to) {
        for (int t = from; t < to; t++) {
            if (cueUsed[t]) {
                return true;
            }
        }
        return false;
    }

    /** Removes the indirect candidates whose cue lies in tokens [from, to), freeing their cues. */
    void dropIndirect(int from, int to) {
        candidates.removeIf(c -> {
            boolean inside = c.type() == QuoteType.INDIRECT && c.cueFrom() >= from && c.cueFrom() < to;
            if (inside) {
                for (int t = c.cueFrom(); t < c.cueTo(); t++) {
                    cueUsed[t] = false;
                }
            }
            return inside;
        });
    }

    /** Whether an indirect candidate whose cue lies in tokens [from, to) has a person, pronoun, role or group subject. */
    boolean innerSpeakerNamed(int from, int to) {
        for (QuoteCandidate c : candidates) {
            if (c.type() != QuoteType.INDIRECT || c.cueFrom() < from || c.cueFrom() >= to) {
                continue;
            }
            Region r = c.region();
            if (r == null) {
                continue;
            }
            for (int t = r.from(); t < r.to(); t++) {
                Ref ref = ix.refStartingIn(t);
                if (ref != null && ref.entity().type() == EntityType.PERSON
                        || lex.matchLength(Kind.PRONOUN, keys, t) > 0 || lex.matchLength(Kind.ROLE, keys, t) > 0
                        || lex.matchLength(Kind.GROUP, keys, t) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    Region lastDirectRegion() {
        for (int i = candidates.size() - 1; i >= 0; i--) {
            if (candidates.get(i).type() == QuoteType.DIRECT) {
                return candidates.get(i).region();
            }
        }
        return null;
    }
}
