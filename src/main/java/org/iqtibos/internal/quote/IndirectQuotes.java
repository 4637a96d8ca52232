package org.iqtibos.internal.quote;

import java.util.List;
import org.iqtibos.internal.quote.CueLexicon.Flag;
import org.iqtibos.internal.quote.CueLexicon.Kind;
import org.iqtibos.internal.quote.CueLexicon.Phrase;
import org.iqtibos.internal.quote.QuoteCandidate.Pick;
import org.iqtibos.internal.quote.QuoteCandidate.Region;
import org.iqtibos.internal.quote.TokenIndex.TokenRange;
import org.iqtibos.internal.segment.Token;

/**
 * Reported speech of one sentence: a speech verb and its clause ({@code заявил, что …}, {@code …лигини таъкидлади},
 * {@code …, деди X}), "according to X", "X said so" pointing back to the sentence before. The content and the
 * attribution region go to {@link Candidates}.
 */
final class IndirectQuotes {
    /** Tokens between a speech verb and its complementizer ({@code said on Monday that}). */
    private static final int COMPLEMENTIZER_REACH = 6;
    /** Words an occasion phrase may hold before the words ({@code Қытайға сапары қарсаңында Синьхуа агенттігіне берген сұхбатында}). */
    private static final int MAX_VENUE_PHRASE = 7;
    /** Words a speaker phrase may hold between a quotative and its verb ({@code деп … министри Н. Осмонов билдирди}). */
    private static final int MAX_SPEAKER_PHRASE = 8;

    private final TokenIndex ix;
    private final CueLexicon lex;
    private final Clauses clauses;
    private final Candidates found;
    private final List<Token> tokens;
    private final List<String> keys;
    private final List<TokenRange> sentences;
    private final int[] sentenceOf;

    IndirectQuotes(TokenIndex ix, CueLexicon lex, Clauses clauses, Candidates found) {
        this.ix = ix;
        this.lex = lex;
        this.clauses = clauses;
        this.found = found;
        this.tokens = ix.tokens;
        this.keys = ix.keys;
        this.sentences = ix.sentences;
        this.sentenceOf = ix.sentenceOf;
    }

    /** Finds the reported speech of sentence {@code s}. */
    void find(TokenRange s) {
        anaphoric(s);
        for (int i = s.from(); i < s.to(); i++) {
            if (found.insideDirect(tokens.get(i).start())) {
                int len = lex.matchLength(Kind.VERB, keys, i);
                if (len > 0 && !found.isCueUsed(i) && reportedInsideQuote(s, i, len)) {
                    i += len - 1;
                }
                continue;
            }
            int len = lex.matchLength(Kind.ACCORDING_BEFORE, keys, i);
            if (len > 0 && accordingBefore(s, i, len)) {
                i += len - 1;
                continue;
            }
            Phrase after = lex.matchAt(Kind.ACCORDING_AFTER, keys, i);
            len = after == null ? 0 : after.words().size();
            if (len > 0 && (!after.is(Flag.NAME) || sourceEndsAt(i - 1, s.from())) && accordingAfter(s, i, len)) {
                i += len - 1;
                continue;
            }
            len = lex.matchLength(Kind.VERB, keys, i);
            if (len > 0 && !found.isCueUsed(i)) {
                if (speechVerb(s, i, len) || len > 1) {
                    i += len - 1; // a word inside a longer verb ("жобаға сын айтты": criticized) is no verb of its own
                }
            }
        }
    }

    /**
     * The end of an object content starting at {@code from}: a comma, the sentence's end, or a coordinator before a
     * second speech verb of the same subject ("highlighted the importance of … and proposed …").
     */
    private int objectEnd(int from, TokenRange s) {
        int end = from;
        while (end < s.to() && !tokens.get(end).text().equals(",") && !ix.isTerminalAt(end)
                && !(end > from && lex.contains(Kind.COORDINATOR, keys.get(end)) && lex.matchLength(Kind.VERB, keys, end + 1) > 0)) {
            end++;
        }
        return end;
    }

    /**
     * Where the words [from, to) after "that" end: before a coordinator that opens a second speech verb of the same
     * subject ("заявил, что … и выразил уверенность, что …"), else at {@code to}.
     */
    private int secondVerb(int from, int to) {
        for (int k = from + 2; k + 1 < to; k++) {
            if (lex.contains(Kind.COORDINATOR, keys.get(k)) && lex.matchLength(Kind.VERB, keys, k + 1) > 0
                    && !found.isCueUsed(k + 1)) {
                int end = k;
                while (end > from && tokens.get(end - 1).text().equals(",")) {
                    end--;
                }
                return end;
            }
        }
        return to;
    }

    /** The first agent postposition in tokens [from, to) right after a person's or body's name, or -1. */
    private int agentAt(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            // a person's or body's name ends right before it (a place names none: entityName holds places and bodies)
            boolean named = ix.covered[k - 1] && (ix.inOrganization[k - 1] || ix.entityName[k - 1] == null);
            if (lex.contains(Kind.AGENT, keys.get(k)) && named) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The token after an occasion of speech in the locative that opens the words ({@code … Мурожаатномасида},
     * {@code Daryo nashriga bergan intervyusida}, {@code brifingda}): where they were said is no part of them. The
     * search ends at a comma, at the end of a clause of the words, or after {@link #MAX_VENUE_PHRASE} words (an
     * occasion word deeper in is the words' own: "… учрашувда келишилганини").
     */
    private int afterVenue(int from, int to) {
        for (int t = from; t < Math.min(to - 2, from + MAX_VENUE_PHRASE); t++) {
            String key = keys.get(t);
            // a dative governed by the participle after it belongs to the occasion: "агенттігіне берген сұхбатында"
            boolean governed = t + 1 < to && lex.endsWith(Kind.PARTICIPLE_SUFFIX, keys.get(t + 1));
            if (tokens.get(t).text().equals(",")
                    || !governed && (lex.endsWith(Kind.OBJECT_SUFFIX, key) || lex.endsWith(Kind.CLAUSE_SUFFIX, key))) {
                return from; // a clause of the words has ended: the occasion is part of them
            }
            int len = lex.matchLength(Kind.VENUE, keys, t);
            if (len > 0 && lex.endsWith(Kind.VENUE_SUFFIX, keys.get(t + len - 1))) {
                // "… форумында сөйлеген сөзінде …": an occasion within an occasion, both before the words
                return afterVenue(t + len, to);
            }
        }
        return from;
    }

    /** "Об этом заявил X." / "Бу ҳақда X маълум қилди.": the sentence before, in the same paragraph, is X's. */
    private void anaphoric(TokenRange s) {
        for (int a = s.from(); a < Math.min(s.to(), s.from() + 3); a++) {
            int len = lex.matchLength(Kind.ANAPHOR, keys, a);
            if (len == 0) {
                continue;
            }
            int verb = ix.findVerb(a + len, s.to());
            if (verb >= 0) {
                // "Вазир бу ҳақда … айтди": a subject may stand before the phrase that points back
                pointBack(s, a, len, verb, new Region(a > s.from() ? s.from() : a + len, s.to(), Pick.FIRST, verb,
                        verb + lex.matchLength(Kind.VERB, keys, verb)));
            }
            return;
        }
        anaphoricObject(s);
    }

    /**
     * "X announced this at the meeting.", "He told about it on Facebook.", "The ministry reported.": a sentence of a
     * speaker, a speech verb and only a pronoun object pointing back (or none) makes the sentence before X's words.
     */
    private void anaphoricObject(TokenRange s) {
        if (lex.isEmpty(Kind.ANAPHOR_OBJECT)) {
            return;
        }
        int verb = ix.findVerb(s.from(), s.to());
        if (verb <= s.from() || !clauses.hasSpeakerWord(s.from(), verb) || ix.findVerb(verb + 1, s.to()) >= 0) {
            return;
        }
        for (int k = s.from(); k < verb; k++) {
            if (!tokens.get(k).isWord() && !tokens.get(k).text().equals(".") && !tokens.get(k).text().equals("-")) {
                return; // "…, he said": a comma or quote mark before the verb is another construction
            }
        }
        int vlen = lex.matchLength(Kind.VERB, keys, verb);
        int after = verb + vlen;
        int object = after < s.to() ? lex.matchLength(Kind.ANAPHOR_OBJECT, keys, after) : 0;
        boolean bare = after >= s.to() - 1 && (after >= s.to() || ix.isTerminalAt(after));
        if (object == 0 && !bare || object > 0 && clauses.hasFiniteVerbStrict(after + object, s.to())) {
            return; // "The minister said this was expected": "this" opens the words
        }
        for (int k = after + object; k < s.to(); k++) {
            if (lex.contains(Kind.COMPLEMENTIZER, keys.get(k)) || TokenIndex.isQuoteChar(tokens.get(k).text())
                    || tokens.get(k).text().equals(":")) {
                return; // "… announced this: …", "… said this was …": the words follow
            }
        }
        pointBack(s, verb, vlen, verb, new Region(s.from(), verb, Pick.FIRST, verb, after));
    }

    /**
     * Makes the sentence before {@code s} the words of the speaker in {@code r}, cued by the verb at {@code verb}; the
     * phrase that points back stands at [{@code a}, {@code a + len}).
     */
    private void pointBack(TokenRange s, int a, int len, int verb, Region r) {
        int si = sentenceOf[s.from()];
        int vlen = lex.matchLength(Kind.VERB, keys, verb);
        // "Бу ҳақда X маълум қилди: «…»": the verb that opens the next words in marks points back as well
        boolean opensNext = verb + vlen < tokens.size() && tokens.get(verb + vlen).text().equals(":");
        if (found.isCueUsed(verb) && !opensNext || si == 0) {
            return;
        }
        if (clauses.outletReports(a + len, s.to()) || verb == a + len && clauses.outletReports(verb + vlen, s.to())
                || clauses.onlyOutletsIn(r.from(), r.to())) {
            // "Бу ҳақда Sputnik агентлиги хабар берди", "Об этом сообщает ТАСС": an outlet reporting an event
            // quotes no one
            return;
        }
        TokenRange prev = sentences.get(si - 1);
        boolean lead = si == 1 && ix.paragraphOf(prev.from()) == 0; // the article's one-sentence first paragraph
        if (ix.paragraphOf(s.from()) != ix.paragraphOf(s.from() - 1) && ix.isTerminalAt(prev.to() - 1)
                && !lead) {
            return; // only a headline (no closing stop) is what the next paragraph's "Об этом …" points back to
        }
        if (found.insideDirect(tokens.get(prev.from()).start())) {
            return;
        }
        // "«A. B». Бул тууралуу X билдирди.": the words in marks before, all their sentences, are X's
        CharSpan marked = found.unattributedPairEndingIn(tokens.get(ix.paragraphs.get(ix.paragraphOf(prev.from())).from()).start(),
                tokens.get(prev.from()).start(), tokens.get(prev.to() - 1).end());
        if (marked != null && marked.start() <= tokens.get(prev.from()).end() && !found.isCueUsed(verb)) {
            // the marks hold the whole sentence (and any before it), not a phrase of it
            found.addDirect(marked.start(), marked.end(), verb, verb + vlen, r);
            found.markCue(verb, vlen);
            return;
        }
        Phrase v = lex.matchAt(Kind.VERB, keys, verb);
        if (v != null && v.is(Flag.PASSIVE) && found.cueUsedIn(prev.from(), prev.to())) {
            return; // "… хабарлады. Бұл туралы ведомствоның сайтында айтылған": where it was said; the words stand
        }
        if (found.cueUsedIn(prev.from(), prev.to()) && singularPronounIn(s.from(), Math.min(s.to(), a + len + 1), a, len)) {
            return; // "X … айтты. Ал бул тууралуу жыйында билдирди": he, the speaker just named, says where; the words stand
        }
        // "A. B. Бу ҳақда X маълум қилди.": the words reach back to the paragraph's start over sentences that report
        // nothing themselves
        TokenRange first = prev;
        boolean prevReports = found.cueUsedIn(prev.from(), prev.to());
        for (int j = si - 2; j >= 0 && !prevReports && continuesWords(sentences.get(j), prev); j--) {
            first = sentences.get(j);
        }
        // "A calls on B to … . Бу ҳақда X маълум қилди.": X made the whole sentence known, a clause read inside
        // it gives way
        int pFrom = tokens.get(first.from()).start();
        int pTo = tokens.get(prev.to() - 1).end();
        found.removeIndirectWithin(pFrom, pTo);
        found.addIndirect(first.from(), prev.to(), verb, verb + vlen, r);
        found.markCue(verb, vlen);
    }

    /**
     * True when sentence {@code p}, earlier in the paragraph of {@code prev}, belongs to the words an "about this"
     * points back to: a whole sentence of running text (not a dateline) that quotes and cues no one itself.
     */
    private boolean continuesWords(TokenRange p, TokenRange prev) {
        if (ix.paragraphOf(p.from()) != ix.paragraphOf(prev.from()) || !ix.isTerminalAt(p.to() - 1)
                || found.insideDirect(tokens.get(p.from()).start()) || found.cueUsedIn(p.from(), p.to())
                || ix.findVerb(p.from(), p.to()) >= 0) {
            return false;
        }
        int lower = 0;
        for (int k = p.from(); k < p.to(); k++) {
            if (TokenIndex.isQuoteChar(tokens.get(k).text())) {
                return false;
            }
            if (tokens.get(k).isWord() && !tokens.get(k).isCapitalized()) {
                lower++;
            }
        }
        return lower >= 4;
    }

    /** True when a singular personal pronoun stands in tokens [from, to) outside the anaphor at [a, a + len). */
    private boolean singularPronounIn(int from, int to, int a, int len) {
        for (int t = from; t < to; t++) {
            Phrase p = t >= a && t < a + len ? null : lex.matchAt(Kind.PRONOUN, keys, t);
            if (p != null && !p.is(Flag.PLURAL)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when token {@code t} ends a source an according-to phrase may follow: a person's name, a body or a body
     * noun ({@code Вазирликка кўра}), a role noun ({@code вакилига кўра}), a group ({@code кузатувчиларга кўра}) or a
     * pronoun in the dative ({@code Унга кўра}).
     */
    private boolean sourceEndsAt(int t, int from) {
        if (t < from) {
            return false;
        }
        return ix.nameEndsAt(t, from) || ix.inOrganization[t] || lex.contains(Kind.DATIVE_PRONOUN, keys.get(t))
                || lex.matchLength(Kind.ROLE, keys, t) == 1 || lex.matchLength(Kind.ORG_NOUN, keys, t) == 1
                || lex.matchLength(Kind.GROUP, keys, t) == 1;
    }

    private boolean accordingBefore(TokenRange s, int i, int len) {
        int comma = -1;
        for (int j = i + len; j < Math.min(s.to(), i + len + 8); j++) {
            if (tokens.get(j).text().equals(",")) {
                comma = j;
                break;
            }
        }
        if (comma >= 0 && comma + 1 < s.to() && ix.isPersonAt(comma + 1)) {
            // "According to Deputy Chairman of the National Bank, Galimzhan Pirmatov, …": the name in commas after the
            // title is part of the source, the words start after it
            int last = comma + 1;
            while (last + 1 < s.to() && ix.covered[last + 1] && tokens.get(last + 1).isWord()) {
                last++;
            }
            if (last + 1 < s.to() && tokens.get(last + 1).text().equals(",")) {
                comma = last + 1;
            }
        }
        Region r = new Region(i, comma < 0 ? Math.min(s.to(), i + len + 4) : comma, Pick.FIRST);
        if (clauses.onlyOutletsIn(i + len, r.to())) {
            return false; // "по данным Kun.uz, …": an outlet reports an event; words it cites have a verb of their own
        }
        if (i > s.from() && tokens.get(i - 1).text().equals(",") && (comma < 0 || ix.isTerminalAt(comma))) {
            // "…, по словам X." closes its sentence
            return found.addIndirect(s.from(), i - 1, i, i + len, r);
        }
        if (comma < 0) {
            return false;
        }
        int inner = comma + 1 < s.to() ? ix.findVerb(comma + 1, s.to()) : -1;
        if (inner > comma + 1 && clauses.hasPersonIn(comma + 1, inner) && clauses.speakerWordsOnly(comma + 1, inner)
                && !found.isCueUsed(inner)) {
            // "Как сообщает пресс-служба МИД, С. Мухриддин проинформировал …": the report holds X's own speech act;
            // X, the innermost source, speaks, from the words after X's verb
            int verbLen = lex.matchLength(Kind.VERB, keys, inner);
            int from = inner + verbLen;
            if (from < s.to() && tokens.get(from).text().equals(",")) {
                from++;
            }
            if (from < s.to() && lex.contains(Kind.COMPLEMENTIZER, keys.get(from))) {
                from++;
            }
            return s.to() - from >= 2 && found.addIndirect(from, s.to(), inner, inner + verbLen,
                    new Region(comma + 1, inner, Pick.FIRST));
        }
        return addInnermost(comma + 1, s.to(), i, i + len, r);
    }

    /**
     * Adds the words [from, to) that an "according to" phrase at [cueFrom, cueTo) attributes, unless they end in a
     * passive with its agent: "Uning so‘zlariga ko‘ra, X tomonidan … ta’kidlangan" gives X, the innermost source,
     * the words between the agent and the verb.
     */
    private boolean addInnermost(int from, int to, int cueFrom, int cueTo, Region r) {
        int verb = finalPassiveVerb(from, to);
        int agent = verb < 0 ? -1 : agentAt(from, verb);
        if (agent >= 0 && verb - agent > 2) {
            return found.addIndirect(agent + 1, verb, verb, verb + lex.matchLength(Kind.VERB, keys, verb),
                    new Region(from, agent, Pick.LAST));
        }
        if (verb >= 0) {
            // "Маълум қилинишича, … ошгани алоҳида таъкидланди": the closing passive and its particles are no words
            int end = verb;
            while (end - 1 > from && lex.contains(Kind.PARTICLE, keys.get(end - 1))) {
                end--;
            }
            if (end - from >= 2) {
                return found.addIndirect(from, end, cueFrom, cueTo, r);
            }
        }
        return found.addIndirect(from, to, cueFrom, cueTo, r);
    }

    /** The first token of a passive speech verb that ends the clause [from, to) (its full stop aside), or -1. */
    private int finalPassiveVerb(int from, int to) {
        int last = to - 1;
        if (last >= from && ix.isTerminalAt(last)) {
            last--;
        }
        for (int v = last; v >= Math.max(from, last - 2); v--) {
            Phrase p = lex.matchAt(Kind.VERB, keys, v);
            if (p != null && p.is(Flag.PASSIVE) && v + p.words().size() == last + 1) {
                return v;
            }
        }
        return -1;
    }

    private boolean accordingAfter(TokenRange s, int i, int len) {
        int clause = i - 1;
        while (clause >= s.from() && !tokens.get(clause).text().equals(",")) {
            clause--;
        }
        Phrase phrase = lex.matchAt(Kind.ACCORDING_AFTER, keys, i);
        // an impersonal "as was noted" names no one before it: the source just quoted goes on speaking
        Region r = phrase != null && phrase.is(Flag.PASSIVE) && clause + 1 >= i ? null
                : new Region(Math.max(s.from(), clause + 1), i + len, Pick.LAST);
        if (r != null && clauses.onlyOutletsIn(r.from(), i)) {
            return false; // "Kun.uz xabariga ko‘ra, …": an outlet reports an event; words it cites have their own verb
        }
        int next = i + len;
        if (next < s.to() && tokens.get(next).text().equals(",")) {
            next++;
        }
        if (next >= s.to() || ix.isTerminalAt(next)) {
            return clause > s.from() && found.addIndirect(s.from(), clause, i, i + len, r);
        }
        return addInnermost(next, s.to(), i, i + len, r);
    }

    /**
     * True when the object [from, to) of a verb of asking is a question: a question word before any infinitive mark
     * ({@code asked the minister whether …}), not a request ({@code asked them to explain why …}).
     */
    /** True when the pronoun object at {@code t} is the subject of a finite verb right after it ("said this was …"). */
    private boolean opensClause(int t, TokenRange s) {
        return t + 1 < s.to() && lex.matchLength(Kind.ANAPHOR_OBJECT, keys, t) == 1
                && lex.contains(Kind.FINITE, keys.get(t + 1));
    }

    private boolean asksAQuestion(int from, int to) {
        for (int k = from; k < to; k++) {
            if (lex.contains(Kind.QUESTION_WORD, keys.get(k))) {
                return true;
            }
            if (lex.contains(Kind.INFINITIVE_MARK, keys.get(k)) || k > from && clauses.hasFiniteVerb(k, k + 1)
                    && !lex.isEmpty(Kind.FINITE)) {
                return false; // "said experts warn that … whether by …": the question word is in a clause of its own
            }
        }
        return false;
    }

    /** Inside a direct quote only a named person's "X said that …" counts as reported speech. */
    private boolean reportedInsideQuote(TokenRange s, int i, int len) {
        int from = i - 1;
        while (from >= s.from() && tokens.get(from).isWord()) {
            from--;
        }
        if (!clauses.hasPersonIn(from + 1, i)) {
            return false;
        }
        for (int j = i + len; j < Math.min(s.to(), i + len + COMPLEMENTIZER_REACH); j++) {
            if (ix.isTerminalAt(j) || lex.matchLength(Kind.VERB, keys, j) > 0) {
                return false;
            }
            if (lex.contains(Kind.COMPLEMENTIZER, keys.get(j))) {
                return found.addIndirect(j + 1, s.to(), i, i + len, new Region(from + 1, i, Pick.FIRST));
            }
        }
        return false;
    }

    private boolean speechVerb(TokenRange s, int i, int len) {
        if (ix.covered[i]) {
            return false; // "a United States delegation": a word of a name, no verb
        }
        int after = i + len;
        // (e) "As the minister noted, …": the source between the opener and the verb, the words after the comma
        if (i > s.from() + 1 && lex.contains(Kind.AS_OPENER, keys.get(s.from())) && after + 2 < s.to()
                && tokens.get(after).text().equals(",") && clauses.hasSpeakerWord(s.from() + 1, i)
                && ix.findVerb(s.from() + 1, i) < 0) {
            return found.addIndirect(after + 1, s.to(), i, after, new Region(s.from() + 1, i, Pick.FIRST));
        }
        if (after < s.to() && lex.matchLength(Kind.SPEECH_NOUN, keys, after) > 0) {
            return false; // "… айткан сөздөрү нааразы пикирлерди жараткан": the participle only describes the words
        }
        if (after < s.to() && lex.matchLength(Kind.QUESTION_NOUN, keys, after) > 0) {
            return false; // "… рухсат этиладими, деган савол билан …": the words were a question asked
        }
        // (a) verb, complementizer, content: "заявил, что …", "said on Monday that …"; with finite-verb data the
        // clause decides how far ("remarked during a gathering of … in Minsk that …"): a finite verb opens another
        // clause, whose "that" is not this verb's ("said this was the second time … that …"); near the verb a word in
        // -ed is more often a participle ("said in a statement released on Monday that …") and ends nothing
        boolean clauseBound = !lex.isEmpty(Kind.FINITE);
        int reach = clauseBound ? s.to() : Math.min(s.to(), after + COMPLEMENTIZER_REACH);
        for (int j = after; j < reach; j++) {
            if (ix.isTerminalAt(j) || TokenIndex.isQuoteChar(tokens.get(j).text())
                    || lex.matchLength(Kind.VERB, keys, j) > 0 && !ix.covered[j]
                    || clauseBound && j > after && !tokens.get(j).isCapitalized()
                    && (lex.contains(Kind.FINITE, keys.get(j))
                    || j >= after + COMPLEMENTIZER_REACH && clauses.hasFiniteVerb(j, j + 1))) {
                break; // (a verb's word inside a name, "Independent States", ends nothing)
            }
            if (lex.contains(Kind.COMPLEMENTIZER, keys.get(j))) {
                if (j + 1 < s.to() && !lex.isEmpty(Kind.FINITE_SUFFIX) && lex.endsWith(Kind.FINITE_SUFFIX, keys.get(j + 1))) {
                    return false; // "media reports that carried videos …": "that" is a relative pronoun here
                }
                if (j > s.from() && clauses.onlyOutletsIn(s.from(), i) && ix.findVerb(j + 1, s.to()) >= 0
                        && clauses.hasPersonIn(j + 1, s.to())) {
                    // "TASS reported that, speaking at …, X has highlighted …": the outlet's report holds X's words,
                    // which X, the innermost source, keeps
                    return false;
                }
                return found.addIndirect(j + 1, secondVerb(j + 1, s.to()), i, after, new Region(s.from(), j, Pick.FIRST));
            }
        }
        Phrase cue = lex.matchAt(Kind.VERB, keys, i);
        // (a') "called on X to …", "vowed to …", "призвал …": what follows the verb, to the clause end, is the content
        if (cue != null && cue.is(Flag.OBJECT_CONTENT) && after + 1 < s.to() && tokens.get(after).isWord()
                && !asksAQuestion(after, objectEnd(after, s))) {
            return found.addIndirect(after, objectEnd(after, s), i, after, new Region(s.from(), i, Pick.FIRST));
        }
        // (a'') "stressed the importance of …", "отметил необходимость …": a noun whose object is the content
        for (int j = after; j < Math.min(s.to(), after + 2); j++) {
            if (lex.matchLength(Kind.CONTENT_NOUN, keys, j) > 0) {
                return found.addIndirect(after, objectEnd(j, s), i, after, new Region(s.from(), i, Pick.FIRST));
            }
            if (!lex.contains(Kind.NOT_CONTENT, keys.get(j)) && !lex.contains(Kind.DETERMINER, keys.get(j))) {
                break;
            }
        }
        // (a''') "отметил высокий уровень …", "noted the growth of …", "указал на положительную динамику …": after a subject, a noun
        // phrase in lower case right after the verb is what was said; not a pronoun, title or name after it (the
        // subject written after the verb), not a preposition opening a circumstance ("отметил в интервью")
        int nounObject = lex.matchLength(Kind.NOUN_OBJECT_VERB, keys, i);
        if (nounObject > 0 && i + nounObject + 1 < s.to() && i > s.from()) {
            int o = i + nounObject;
            Token first = tokens.get(o);
            String prev = tokens.get(i - 1).text();
            // a place may open what was said ("назвал Россию партнером"); a capitalized person or body after the
            // verb is its subject
            boolean place = ix.covered[o] && !ix.inOrganization[o] && !ix.isPersonAt(o);
            if (first.isWord() && (!first.isCapitalized() || place) && first.text().length() > 2
                    && !lex.contains(Kind.NOT_CONTENT, keys.get(o)) && !lex.contains(Kind.COMPLEMENTIZER, keys.get(o))
                    && lex.matchLength(Kind.PRONOUN, keys, o) == 0 && lex.matchLength(Kind.ROLE, keys, o) == 0
                    && lex.matchLength(Kind.GROUP, keys, o) == 0 && !prev.equals(",") && !TokenIndex.isDash(prev)
                    && clauses.hasSpeakerWord(s.from(), i)) {
                return found.addIndirect(o, objectEnd(o, s), i, after, new Region(s.from(), i, Pick.FIRST));
            }
        }
        // (b) English "he said experts warn …", "he said on Friday the talks failed", "he said this was …": a bare
        // clause right after the verb or its time phrase
        boolean takesObject = cue != null && cue.is(Flag.OBJECT);
        int bare = after < s.to() ? after + lex.matchLength(Kind.TIME_ADJUNCT, keys, after) : after;
        if (!takesObject && !lex.isEmpty(Kind.NOT_CONTENT) && bare < s.to() && i > s.from() && tokens.get(bare).isWord()
                && (!lex.contains(Kind.NOT_CONTENT, keys.get(bare)) || opensClause(bare, s))
                && !asksAQuestion(bare, s.to()) && s.to() - bare >= 4
                && clauses.hasSpeakerWord(s.from(), i) && clauses.hasFiniteVerb(bare, s.to())) {
            return found.addIndirect(bare, s.to(), i, after, new Region(s.from(), i, Pick.FIRST));
        }
        // (c) content, verb, speaker: "…, заявил X", "…, деб хабар қилди X"
        int k = i - 1;
        boolean quotativeBefore = k > s.from() && lex.contains(Kind.QUOTATIVE, keys.get(k));
        if (quotativeBefore) {
            k--;
        }
        boolean endsSentence = after >= s.to() || ix.isTerminalAt(after);
        if (k > s.from() && tokens.get(k).text().equals(",") && !endsSentence) {
            if (clauses.outletReports(after, s.to())) {
                return false; // "…, deya xabar beradi Kun.uz": an outlet reports an event, or someone's words
            }
            if (found.cueUsedIn(s.from(), k)) {
                if (found.innerSpeakerNamed(s.from(), k)) {
                    // "X … таъкидлади, деди Y": Y reports what X said; X, the innermost source, keeps the words
                    return false;
                }
                // "Ҳукумат … билдириб, … тиламоқда, дея таъкидлади Песков": the inner clauses name no one who
                // speaks; the words are all the outer speaker's, one quote
                found.dropIndirect(s.from(), k);
            }
            return found.addIndirect(s.from(), k, i, after, new Region(after, s.to(), Pick.FIRST));
        }
        // (c'') content, speaker, verb: "The talks were productive, Clarke said." / "…, he said, adding that …";
        // not in verb-final languages (those with object-suffix data), where a clause before the comma is the
        // speaker's own action ("X natija e'lon qilingach, … so'zladi")
        // "…, X said at a news conference." / "…, X told AFP on Saturday.": a phrase with no verb may follow
        // a closing "…, Trend reports" is the outlet's, not part of the speaker's clause
        int tail = s.to();
        for (int c = after; c < s.to(); c++) {
            if (tokens.get(c).text().equals(",") && clauses.outletAt(c + 1)) {
                tail = c;
                break;
            }
        }
        // "…, Clarke says, “…”": the verb opens words in marks after it; the clause before the speaker is no words
        boolean opensMarks = after + 1 < s.to() && tokens.get(after).text().equals(",")
                && TokenIndex.isQuoteChar(tokens.get(after + 1).text());
        // "…, X said as he met …", "…, X said while visiting …": an adverbial clause after the verb is no clause of words
        int ownTail = tail;
        for (int c = after; c < tail; c++) {
            if (lex.contains(Kind.SUBORDINATOR, keys.get(c))) {
                ownTail = c;
                break;
            }
        }
        boolean endsClause = !opensMarks && (endsSentence || tokens.get(after).text().equals(",")
                || !clauses.hasFiniteVerbStrict(after, ownTail));
        if (endsClause && !quotativeBefore && lex.isEmpty(Kind.OBJECT_SUFFIX)) {
            // the speaker phrase is bounded by the comma, not by a word count: "…, Deputy Prime Minister for
            // Investments and Foreign Economic Relations Laziz Kudratov said"
            for (int c = i - 1; c > s.from() + 2; c--) {
                String t = tokens.get(c).text();
                if (t.equals(",")) {
                    // "…, an official in the energy ministry told Reuters": a noun phrase with no verb of its own
                    boolean phrase = lex.contains(Kind.DETERMINER, keys.get(c + 1)) && !clauses.hasFiniteVerbStrict(c + 1, i);
                    // "…, Uzbek foreign minister Sadyk Safayev said": modifiers before a role and a name, no verb
                    // (not a relative clause: "…, which a ministry spokesman described as …")
                    boolean headed = clauses.endsInSpeaker(i - 1) && !clauses.hasFiniteVerb(c + 1, i)
                            && !lex.contains(Kind.RELATIVE, keys.get(c + 1));
                    if (c < i - 1 && clauses.hasSpeakerWord(c + 1, i) && clauses.hasFiniteVerb(s.from(), c)
                            && ix.findVerb(c + 1, i) < 0 && (c >= i - 4 || clauses.speakerWordsOnly(c + 1, i) || phrase || headed)) {
                        return found.addIndirect(s.from(), c, i, after, new Region(c + 1, i, Pick.FIRST));
                    }
                    break;
                }
                if (!tokens.get(c).isWord() && !TokenIndex.isDash(t)) {
                    break; // a dash may join two offices: "Deputy Prime Minister - Minister of Investments X said"
                }
            }
        }
        // (c') Kazakh writes no comma before the quotative: "… басталады деп хабарлады әкім Ерлан Ахметов"; the
        // quotative right before the verb marks the end of the content as well, when a speaker word follows the verb
        if (quotativeBefore && !endsSentence && k > s.from() && !lex.contains(Kind.CATAPHOR, keys.get(k))
                && !lex.isEmpty(Kind.OBJECT_SUFFIX) && clauses.hasSpeakerWord(after, s.to()) && !clauses.hasSpeakerWord(s.from(), k + 1)) {
            return found.addIndirect(s.from(), k + 1, i, after, new Region(after, s.to(), Pick.FIRST));
        }
        // (d) verb-final clause: "… у …лигини таъкидлади", "… деп атап өтті"; the clause may end at a coordinator
        // that opens a second clause of the same subject ("… айтди ва … қўшимча қилди")
        boolean endsVerbFinalClause = endsSentence || after + 1 < s.to()
                && (lex.contains(Kind.COORDINATOR, keys.get(after)) || tokens.get(after).text().equals(","));
        if (lex.isEmpty(Kind.OBJECT_SUFFIX) || !endsVerbFinalClause || i - 1 <= s.from()) {
            return false;
        }
        // particles and adverbs between the content and the verb ("… мумкинлигини ҳам эслатди", "… алоҳида
        // таъкидланди") belong to neither: the content ends before them
        int last = i - 1;
        while (last - 1 > s.from() && lex.contains(Kind.PARTICLE, keys.get(last))) {
            last--;
        }
        // "… ривожланаётганини мамнуният билан қайд этди": a manner phrase after content that ends as an object
        if (last - 2 > s.from() && lex.contains(Kind.MANNER_POSTPOSITION, keys.get(last))
                && lex.endsWith(Kind.OBJECT_SUFFIX, keys.get(last - 2)) && !tokens.get(last - 1).isCapitalized()) {
            last -= 2;
        }
        int contentEnd;
        Phrase quotative = lex.matchAt(Kind.QUOTATIVE, keys, last);
        if (quotative != null && quotative.words().size() == 1
                && quotative.is(Flag.CLAUSE) && !lex.endsWith(Kind.CLAUSE_SUFFIX, keys.get(last - 1))) {
            return false; // "… роли ҳақида гапирди": spoke about a topic, reported no words
        }
        Phrase verb = lex.matchAt(Kind.VERB, keys, i);
        if (quotative != null && quotative.words().size() == 1) {
            if (lex.contains(Kind.CATAPHOR, keys.get(last - 1))) {
                return false; // "… осылай деп хабарлады": the words come next, this clause only announces them
            }
            contentEnd = last;
        } else if (verb != null && verb.is(Flag.SAYS)) {
            if (lex.contains(Kind.CATAPHOR, keys.get(i - 1))) {
                return false; // "… шундай деди": announces the words that follow
            }
            contentEnd = i; // "Ахметов көпір салынды деді": the verb of saying is itself the quotative
        } else if (lex.matchLength(Kind.NOT_SAID, keys, last) > 0) {
            return false; // "… учун миннатдорчилигини билдирди": thanks, wishes, condolences say nothing reportable
        } else if (lex.endsWith(Kind.OBJECT_SUFFIX, keys.get(last))
                || verb != null && verb.is(Flag.PASSIVE) && lex.endsWith(Kind.CLAUSE_SUFFIX, keys.get(last))
                || verb != null && verb.is(Flag.OBJECT) && lex.endsWith(Kind.ACCUSATIVE_SUFFIX, keys.get(last))
                && !tokens.get(last).isCapitalized()) {
            // "… дабдабабозликни қоралади": a verb of condemning, denying or demanding takes a plain noun object
            // "…лигини таъкидлади"; a passive's subject is the clause itself: "… намойиш этгани таъкидланди"
            contentEnd = last + 1;
        } else {
            // "… талкуулашканын Тышкы иштер министрлигинин басма сөз кызматы кабарлады": the speaker stands between
            // the reported clause and the verb
            int j = last;
            // (a word of a body's name ending like a clause, "vazirligi", ends no reported clause)
            while (j > s.from() + 1 && clauses.speakerWordsOnly(j, j + 1)
                    && !(lex.endsWith(Kind.OBJECT_SUFFIX, keys.get(j)) && !ix.inOrganization[j])) {
                j--;
            }
            if (j < last && j > s.from() + 1 && lex.endsWith(Kind.OBJECT_SUFFIX, keys.get(j)) && !ix.inOrganization[j]
                    && clauses.hasSpeakerWord(j + 1, i) && !tokens.get(j).isCapitalized()) {
                return found.addIndirect(s.from(), j + 1, i, after, new Region(j + 1, i, Pick.FIRST));
            }
            // "… деп транспорт министри Н. Осмонов билдирди": the quotative closes the words, the speaker follows it
            for (int q = last - 1; q > s.from() + 1 && q >= last - MAX_SPEAKER_PHRASE; q--) {
                if (!tokens.get(q).isWord()) {
                    break;
                }
                Phrase closing = lex.matchAt(Kind.QUOTATIVE, keys, q);
                if (closing != null && closing.words().size() == 1 && !closing.is(Flag.CLAUSE)
                        && !lex.contains(Kind.CATAPHOR, keys.get(q - 1)) && clauses.hasSpeakerWord(q + 1, i)
                        && !clauses.onlyOutletsIn(q + 1, i)) {
                    return found.addIndirect(s.from(), q, i, after, new Region(q + 1, i, Pick.FIRST));
                }
            }
            return false;
        }
        // "Билдирүүдө тараптар … макулдашканы айтылат": a passive's subject is the reported clause, whose own subject
        // ("тараптар") is part of the words
        boolean clauseSubject = verb != null && verb.is(Flag.PASSIVE) && contentEnd == last + 1
                && lex.endsWith(Kind.CLAUSE_SUFFIX, keys.get(last));
        // "X … javob berar ekan, … aytdi": an adverbial clause before the subject is no part of the words; with the
        // subject before it, it may be the words' own ("X иқтисодиёт ўсар экан, даромадлар ошишини таъкидлади")
        int main = clauses.mainClauseStart(s.from(), contentEnd);
        if (main > s.from() && clauses.namesSpeaker(s.from(), main - 1) && !clauses.onlyOutletsIn(s.from(), main - 1)) {
            main = s.from();
        }
        int subjectEnd = clauseSubject ? -1 : clauses.subjectEnd(main, contentEnd);
        int subjectFrom = main;
        int contentStart = subjectEnd < 0 ? main + lex.matchLength(Kind.OPENER, keys, main)
                : Math.max(main, clauses.addresseeEnd(subjectEnd, contentEnd));
        int second = clauses.coordinatedClauseStart(s.from(), i);
        if (second > contentStart) {
            int ownVerb = second - 2 > contentStart && lex.contains(Kind.CIRCUMSTANCE, keys.get(second - 2))
                    ? ix.verbEndingAt(contentStart, second - 2) : -1;
            if (ownVerb - contentStart >= 2 && lex.endsWith(Kind.OBJECT_SUFFIX, keys.get(ownVerb - 1))) {
                // "X … бўлишини қайд этар экан, …": the adverbial clause reports words of its own
                found.addIndirect(contentStart, ownVerb, ownVerb, second - 2,
                        subjectEnd < 0 ? null : new Region(subjectFrom, subjectEnd, Pick.FIRST));
            }
            contentStart = second; // the second clause's content starts after the coordinator; the subject is shared
        }
        // "Раҳимов журналистларга … айтди": whom the words were told to is no part of them; nor is the document
        // they stand in ("Унда … айтилган", "Баёнотда … таъкидланди"); nor a connective after the subject ("У шунингдек, …")
        while (contentStart < contentEnd && tokens.get(contentStart).text().equals(",")) {
            contentStart++; // "U, shuningdek, …", "Сонымен қатар, …": the comma after a subject or opener opens no words
        }
        for (int cut; (cut = subjectEnd >= 0 ? lex.matchLength(Kind.ADDRESSEE, keys, contentStart) : 0) > 0
                || (cut = clauses.sourceLength(contentStart, contentEnd)) > 0
                || (cut = subjectEnd >= 0 ? lex.matchLength(Kind.OPENER, keys, contentStart) : 0) > 0; ) {
            contentStart += cut;
            while (contentStart < contentEnd && tokens.get(contentStart).text().equals(",")) {
                contentStart++;
            }
        }
        if (subjectEnd >= 0) {
            contentStart = clauses.afterOwnConverbClause(contentStart, contentEnd);
            contentStart = afterVenue(contentStart, contentEnd);
        }
        Region r = subjectEnd < 0 ? null : new Region(subjectFrom, subjectEnd, Pick.FIRST);
        int agent = verb != null && verb.is(Flag.PASSIVE) ? agentAt(contentStart, contentEnd) : -1;
        if (agent >= 0) {
            // "… X томонидан … таъкидланди": the agent of the passive said it; the words follow the postposition
            r = new Region(contentStart, agent, Pick.LAST);
            contentStart = agent + 1;
        }
        if (contentEnd - contentStart < 2) {
            return false;
        }
        return found.addIndirect(contentStart, contentEnd, i, after, r);
    }
}
