package org.iqtibos.internal.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iqtibos.internal.quote.CueLexicon.Flag;
import org.iqtibos.internal.quote.CueLexicon.Kind;
import org.iqtibos.internal.quote.CueLexicon.Phrase;
import org.iqtibos.internal.quote.QuoteCandidate.Pick;
import org.iqtibos.internal.quote.QuoteCandidate.Region;
import org.iqtibos.internal.quote.TokenIndex.Ref;
import org.iqtibos.internal.quote.TokenIndex.TokenRange;
import org.iqtibos.result.EntityType;
import org.iqtibos.result.QuoteType;
import org.iqtibos.internal.segment.Token;

/**
 * Direct speech of one article, paragraph by paragraph: dash dialogue ({@code — …, — деди X.}), words in quote
 * marks with the attribution before or after them, colon lead-ins, headlines signed with a name, unmarked speech
 * ending in a dialogue attribution. Each quote goes to {@link Candidates} with its attribution region.
 */
final class DirectQuotes {
    /** A dialogue separator: punctuation, a dash with space after it ({@code , —}, {@code ! —}, {@code . —}). */
    private static final Pattern DASH_SEPARATOR = Pattern.compile("[,!?.…][\"»”“]?\\s*[—–‒―-]\\s+");
    /** A colon followed by a dash opens speech inside a paragraph ({@code деди: — …}). */
    private static final Pattern COLON_DASH = Pattern.compile(":\\s*[—–‒―-]\\s+");
    /** Tokens of an attribution after a quote searched for the speech verb. */
    private static final int ATTRIBUTION_REACH = 10;

    private final TokenIndex ix;
    private final CueLexicon lex;
    private final Roles roles;
    private final Clauses clauses;
    private final Candidates found;
    private final QuoteMarks marks;
    private final String text;
    private final List<Token> tokens;
    private final List<String> keys;
    private final List<TokenRange> sentences;
    private final List<TokenRange> paragraphs;
    private final int[] sentenceOf;

    DirectQuotes(TokenIndex ix, CueLexicon lex, Roles roles, Clauses clauses, Candidates found) {
        this.ix = ix;
        this.lex = lex;
        this.roles = roles;
        this.clauses = clauses;
        this.found = found;
        this.marks = new QuoteMarks(ix);
        this.text = ix.text;
        this.tokens = ix.tokens;
        this.keys = ix.keys;
        this.sentences = ix.sentences;
        this.paragraphs = ix.paragraphs;
        this.sentenceOf = ix.sentenceOf;
    }

    /** Finds the direct quotes of every paragraph, in text order. */
    void find() {
        Region leadIn = null;
        boolean previousHadDirect = false;
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            TokenRange p = paragraphs.get(pi);
            if (p.from() == p.to()) {
                continue;
            }
            Token first = tokens.get(p.from());
            boolean dash = TokenIndex.isDash(first.text()) && first.end() < text.length()
                    && (first.text().charAt(0) != '-' || Character.isWhitespace(text.charAt(first.end())));
            int before = found.size();
            Region carried = previousHadDirect ? found.lastDirectRegion() : null;
            if (dash) {
                dashParagraph(p, leadIn != null ? leadIn : carried);
            } else if (carried != null && startsWithEllipsis(p)) {
                // "… more words" after a quoted paragraph goes on with the same speaker
                found.addDirect(first.start(), tokens.get(p.to() - 1).end(), carried.cueFrom(), carried.cueTo(), carried);
            } else {
                int last = marks.closingParagraph(pi);
                TokenRange unit = last == pi ? p : new TokenRange(p.from(), paragraphs.get(last).to());
                quoteMarks(unit, leadIn);
                colonDash(p);
                if (found.size() == before && leadIn == null) {
                    signedParagraph(p);
                }
                if (found.size() == before && leadIn == null) {
                    colonInParagraph(p);
                }
                if (found.size() == before && leadIn == null) {
                    unmarkedDialogue(p);
                }
                if (leadIn != null && found.size() == before) {
                    // the quote announced by the previous paragraph's colon is this whole paragraph
                    found.addDirect(first.start(), tokens.get(p.to() - 1).end(), -1, -1, leadIn);
                }
                pi = last;
                p = paragraphs.get(last);
            }
            previousHadDirect = found.size() > before;
            leadIn = colonLeadIn(p, found.size() > before);
        }
    }

    private void dashParagraph(TokenRange p, Region leadIn) {
        int pStart = tokens.get(p.from()).end();
        int pEnd = tokens.get(p.to() - 1).end();
        List<CharSpan> parts = new ArrayList<>();
        Matcher m = DASH_SEPARATOR.matcher(text).region(pStart, pEnd);
        int from = pStart;
        while (m.find()) {
            parts.add(new CharSpan(from, m.start() + 1));
            from = m.end();
        }
        parts.add(new CharSpan(from, pEnd));
        List<CharSpan> pending = new ArrayList<>();
        Region lastAttribution = null;
        for (int k = 0; k < parts.size(); k++) {
            CharSpan part = parts.get(k);
            int t0 = ix.tokenAtOrAfter(part.start());
            int t1 = ix.tokenAtOrAfter(part.end());
            if (t0 >= t1) {
                continue;
            }
            // "— A, — said X. — B.": after a full stop a dash and a capital open more speech, never an attribution
            boolean resumes = k > 0 && text.charAt(parts.get(k - 1).end() - 1) != ','
                    && Character.isUpperCase(tokens.get(t0).text().codePointAt(0));
            Region attribution = k == 0 || resumes ? null : attributionAt(t0, Math.min(t1, p.to()));
            if (attribution != null) {
                for (CharSpan q : pending) {
                    found.addDirect(q.start(), q.end(), cueFrom(attribution), cueTo(attribution), attribution);
                }
                pending.clear();
                lastAttribution = attribution;
                // narration after the attribution sentence is no quote; a dash part after it is one
                int sentenceEnd = sentences.get(sentenceOf[attribution.from()]).to();
                if (sentenceEnd < t1 && sentenceEnd < p.to()) {
                    addDirectOrNarration(tokens.get(sentenceEnd).start(), part.end(), pending);
                }
            } else {
                pending.add(part);
            }
        }
        Region region = lastAttribution != null ? lastAttribution : leadIn;
        for (CharSpan q : pending) {
            if (region == null && endsInQuestion(q)) {
                continue; // "— …?" with no attribution: an interviewer's question, which is no quote
            }
            found.addDirect(q.start(), q.end(), -1, -1, region);
        }
    }

    /** True when the words of {@code q} end in a question mark (closing marks and spaces after it aside). */
    private boolean endsInQuestion(CharSpan q) {
        int e = q.end();
        while (e > q.start() && (Character.isWhitespace(text.charAt(e - 1)) || "»”\"".indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        return e > q.start() && text.charAt(e - 1) == '?';
    }

    /** Text after an attribution sentence inside a dash part: only a dash opens more speech there. */
    private void addDirectOrNarration(int from, int to, List<CharSpan> pending) {
        int t = ix.tokenAtOrAfter(from);
        if (t < tokens.size() && TokenIndex.isDash(tokens.get(t).text())) {
            pending.add(new CharSpan(tokens.get(t).end(), to));
        }
    }

    /** The attribution clause starting at token t0 (a speech verb near its start, or a lower-case opening). */
    private Region attributionAt(int t0, int limit) {
        int end = t0;
        while (end < limit && !ix.isTerminalAt(end)) {
            end++;
        }
        int verb = ix.findVerb(t0, Math.min(end, t0 + ATTRIBUTION_REACH));
        if (verb >= 0) {
            int len = lex.matchLength(Kind.VERB, keys, verb);
            found.markCue(verb, len);
            return new Region(t0, end, Pick.FIRST, verb, verb + len);
        }
        // "— …, — Токаев в интервью …": the speaker alone, the verb left out
        if (ix.onlyPunctuation(tokens.get(end - 1).end(), tokens.get(limit - 1).end()) && (ix.isPersonAt(t0) || lex.matchLength(Kind.PRONOUN, keys, t0) > 0)) {
            return new Region(t0, end, Pick.FIRST);
        }
        return null;
    }

    /** Quote-mark pairs of paragraph p, with the attribution before or after them. */
    private void quoteMarks(TokenRange p, Region leadIn) {
        int pStart = tokens.get(p.from()).start();
        int pEnd = tokens.get(p.to() - 1).end();
        QuoteMarks.Pairs paired = marks.pairs(pStart, pEnd);
        List<CharSpan> pairs = paired.pairs();
        List<Integer> orphans = paired.orphans();
        for (CharSpan pair : pairs) {
            classifyPair(p, pair.start(), pair.end(), leadIn);
        }
        for (int closer : orphans) {
            // the opening mark was lost: the quote runs from the paragraph's start
            Region r = afterAttribution(closer + 1, p.to());
            if (r != null && pStart < closer) {
                found.addDirect(pStart, closer, cueFrom(r), cueTo(r), r);
            }
        }
    }

    private void classifyPair(TokenRange p, int open, int close, Region leadIn) {
        int cs = open + 1;
        int ce = close;
        if (ix.wordsIn(ix.tokenAtOrAfter(cs), ix.tokenAtOrAfter(ce)) < 2 || namesSomething(cs, ce)) {
            return; // one word in marks ("Азаттыкка", «Нур Отан»), a site or a name ("Kun.uz") names something; no quote
        }
        if (calledAQuestion(close + 1, p.to())) {
            return; // "«… рухсат этиладими?», деган савол билан мурожаат қилинди": a question asked, no words said
        }
        Region r = afterAttribution(close + 1, p.to());
        if (r != null) {
            found.addDirect(cs, ce, cueFrom(r), cueTo(r), withSubjectBefore(r, open));
            return;
        }
        int pStart = tokens.get(p.from()).start();
        int b = open;
        while (b > 0 && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        boolean afterColon = b > 0 && text.charAt(b - 1) == ':';
        Region before = !afterColon && looksLikeName(cs, ce) ? null : beforeAttribution(open, p);
        if (before != null) {
            found.addDirect(cs, ce, cueFrom(before), cueTo(before), before);
            return;
        }
        QuoteCandidate last = found.last();
        int openToken = ix.tokenAtOrAfter(open);
        if (last != null && last.type() == QuoteType.DIRECT && last.region() != null && last.cueFrom() >= 0
                && open > pStart && last.start() >= pStart && last.cueTo() <= openToken
                && sentenceOf[openToken - 1] == sentenceOf[last.cueFrom()] && ix.isTerminalAt(openToken - 1)
                && ix.onlyPunctuation(close + 1, tokens.get(p.to() - 1).end())) {
            // "“A,” Clarke said. “B.”": the marks right after the attribution sentence, however long, go on with
            // the same speaker
            found.addDirect(cs, ce, last.cueFrom(), last.cueTo(), last.region());
            return;
        }
        if (open == pStart && ix.onlyPunctuation(close + 1, tokens.get(p.to() - 1).end())) {
            // a whole paragraph in quote marks is speech of the speaker announced before it
            found.addDirect(cs, ce, -1, -1, leadIn);
            return;
        }
        // a lower-case phrase quoted inside reported speech is a partial direct quote
        int t0 = ix.tokenAtOrAfter(cs);
        int t1 = ix.tokenAtOrAfter(ce);
        int words = 0;
        for (int i = t0; i < t1; i++) {
            if (tokens.get(i).isWord()) {
                words++;
            }
        }
        // and so is a quote right after "that" ("он отметил, что «Россия — …»")
        boolean afterComplementizer = t0 >= 2 && lex.contains(Kind.COMPLEMENTIZER, keys.get(t0 - 2));
        // a mark glued to a suffix or a bracket after it ("«…»нинг", "“…”(ИЭС)") closes a name, not words
        boolean glued = ce + 1 < text.length()
                && (Character.isLetter(text.charAt(ce + 1)) || text.charAt(ce + 1) == '(');
        if (!glued && (words >= 4 || Character.isLowerCase(tokens.get(t0).text().codePointAt(0)))) {
            found.addUnattributedPair(new CharSpan(cs, ce));
        }
        if (words >= 2 && t0 < t1 && (afterComplementizer || Character.isLowerCase(tokens.get(t0).text().codePointAt(0)))) {
            TokenRange s = sentences.get(sentenceOf[t0]);
            int verb = ix.findVerb(s.from(), s.to());
            if (verb >= 0) {
                Region partial = new Region(s.from(), t0, Pick.FIRST);
                found.addDirect(cs, ce, verb, verb + lex.matchLength(Kind.VERB, keys, verb), partial);
            }
        }
    }

    /**
     * True when the marks closing at {@code from} are followed, after punctuation and a quotative participle ({@code
     * деган}, {@code деген}), by a question noun: the words in them were a question.
     */
    private boolean calledAQuestion(int from, int pLimit) {
        int t = ix.tokenAtOrAfter(from);
        while (t < pLimit && !tokens.get(t).isWord()) {
            t++;
        }
        for (int k = t; k < Math.min(pLimit, t + 2); k++) {
            if (lex.matchLength(Kind.QUESTION_NOUN, keys, k) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Looks for an attribution right after a closing mark at {@code from}: only punctuation and dashes, then a
     * clause with a speech verb near its start; null when there is none.
     */
    private Region afterAttribution(int from, int pLimit) {
        int t = ix.tokenAtOrAfter(from);
        if (t >= pLimit) {
            return null;
        }
        int i = t;
        while (i < pLimit && !tokens.get(i).isWord() && !ix.isTerminalAt(i)) {
            i++;
        }
        if (i >= pLimit || !tokens.get(i).isWord()) {
            return null;
        }
        int end = i;
        // (a full stop inside a name is none: "Podrobno.uz quotes the minister")
        while (end < pLimit && !(ix.isTerminalAt(end) && !ix.covered[end])) {
            if (TokenIndex.isQuoteChar(tokens.get(end).text())) {
                int close = end + 1;
                while (close < Math.min(pLimit, end + 5) && !TokenIndex.isQuoteChar(tokens.get(close).text())) {
                    close++;
                }
                if (close >= Math.min(pLimit, end + 5)) {
                    break;
                }
                end = close; // a short name in marks inside the attribution: "деп «Азаттыкка» маалымдады"
            }
            end++;
        }
        if (from < text.length() && Character.isLowerCase(text.charAt(from))) {
            return null; // a suffix glued to the closing mark ("Tolibon"ni): the quote is a name
        }
        if (lex.contains(Kind.COORDINATOR, keys.get(i))) {
            return null; // "X called the law “…” and urged …": a second predicate of the subject before the marks
        }
        // without a comma or dash after the mark, only a verb right there attributes ("…" he said), unless the
        // quote itself ends in the comma of a sentence going on ("…," the Head of State added)
        char last = from >= 2 ? text.charAt(from - 2) : ' ';
        int reach = i > t || last == ',' || last == '!' || last == '?' ? ATTRIBUTION_REACH : 3;
        int verb = ix.findVerb(i, Math.min(end, i + reach));
        boolean comma = last == ',' || from < text.length() && text.charAt(from) == ',';
        int according = comma ? lex.matchLength(Kind.ACCORDING_BEFORE, keys, i) : 0;
        if (according > 0 && i + according < end && (verb < 0 || verb >= i + according + 6)) {
            // "“…,” according to the minister.": the source after the according-to phrase
            found.markCue(i, according);
            return new Region(i + according, end, Pick.FIRST, i, i + according);
        }
        if (verb < 0) {
            return signedByName(t, pLimit); // "«…» – Шавкат Мирзиёев" (a headline signed with the speaker's name)
        }
        if (reach == 3 && verb > i && !clauses.speakerWordsOnly(i, verb)) {
            // «…» талқыланғанын атап өтті: the marked words sit inside reported content, the verb is not theirs
            return null;
        }
        Phrase cue = lex.matchAt(Kind.VERB, keys, verb);
        if (cue != null && cue.is(Flag.PARTICIPLE)) {
            return null; // "«…», отметив при этом …": a gerund names no speaker after it
        }
        int len = lex.matchLength(Kind.VERB, keys, verb);
        if (verb + len < end && lex.contains(Kind.COMPLEMENTIZER, keys.get(verb + len))) {
            return null; // "“… security.” He noted that …": the verb reports words of its own
        }
        found.markCue(verb, len);
        return new Region(i, end, Pick.FIRST, verb, verb + len);
    }

    /**
     * True when the text in marks [cs, ce) is a web address ({@code Kun.uz}: no space, a dot before the last letters)
     * or is all one entity's name ({@code “Egemen Qazaqstan”}): an outlet or body named, no words said.
     */
    private boolean namesSomething(int cs, int ce) {
        String in = text.substring(cs, ce);
        int dot = in.lastIndexOf('.');
        if (in.indexOf(' ') < 0 && dot > 0 && dot < in.length() - 1 && Character.isLetter(in.charAt(dot + 1))) {
            return true;
        }
        int t0 = ix.tokenAtOrAfter(cs);
        int t1 = ix.tokenAtOrAfter(ce);
        TokenIndex.Ref ref = ix.refStartingIn(t0);
        return ref != null && ref.start() <= cs && ref.end() >= ce && t0 < t1;
    }

    /**
     * A short capitalized phrase in marks without sentence punctuation (a newspaper, a party, an event:
     * {@code деб ёзади «Российская газета»}) names something; after a speech verb it is the source, not the words.
     */
    private boolean looksLikeName(int cs, int ce) {
        int t0 = ix.tokenAtOrAfter(cs);
        int t1 = ix.tokenAtOrAfter(ce);
        if (t0 >= t1 || !tokens.get(t0).isCapitalized() || ix.wordsIn(t0, t1) > UnlinkedSpeakers.MAX_NAME_WORDS) {
            return false;
        }
        for (int i = t0; i < t1; i++) {
            if (ix.isTerminalAt(i) || tokens.get(i).text().equals(",")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A dash, then a person's name that ends the paragraph ({@code «…» – Name}, {@code … – Lavrov}), or the name
     * right after a closing mark ({@code «…» Name}): the name signs the words before it, as headlines do. Null when
     * tokens from {@code t} are anything else.
     */
    private Region signedByName(int t, int pLimit) {
        int i = t;
        boolean dash = false;
        while (i < pLimit && !tokens.get(i).isWord()) {
            dash |= TokenIndex.isDash(tokens.get(i).text());
            i++;
        }
        Ref ref = i < pLimit ? ix.refStartingIn(i) : null;
        if (dash && ref == null && i < pLimit && lex.matchLength(Kind.ROLE, keys, i) + i <= pLimit) {
            // "“…”, – Ташқи ишлар вазири биринчи ўринбосари.": a title alone signs the words
            boolean role = false;
            int k = i;
            for (; k < pLimit && tokens.get(k).isWord(); k++) {
                role |= lex.matchLength(Kind.ROLE, keys, k) > 0 || roles.endsRole(k);
            }
            boolean toEnd = k == pLimit || k + 1 == pLimit && ix.isTerminalAt(k);
            return role && toEnd && k - i <= Roles.MAX_TITLE_WORDS ? new Region(i, k, Pick.FIRST) : null;
        }
        // a name right after the closing mark signs the words as a dash does ("…»Ғабит Сыздықбеков")
        if (!dash && i > t || ref == null || ref.entity().type() != EntityType.PERSON) {
            return null;
        }
        int last = ix.tokenAtOrAfter(ref.end() - 1);
        return last + 1 == pLimit || last + 2 == pLimit && ix.isTerminalAt(pLimit - 1)
                ? new Region(i, pLimit, Pick.FIRST) : null;
    }

    /**
     * {@code Депутат X: words.} or {@code … подчеркнул: words.} inside a paragraph with no quote marks: the rest of
     * the paragraph after the colon is what the named person or the speech verb said.
     */
    private void colonInParagraph(TokenRange p) {
        for (int c = p.from() + 1; c < p.to() - 3; c++) {
            boolean colon = tokens.get(c).text().equals(":");
            if (!colon && !(TokenIndex.isDash(tokens.get(c).text()) && ix.verbEndingAt(p.from(), c) >= 0)) {
                continue; // a colon, or a dash right after a speech verb ("В Кремле подчёркивают — …")
            }
            int from = sentences.get(sentenceOf[c]).from();
            if (c < p.to() && TokenIndex.isQuoteChar(tokens.get(c + 1).text())) {
                return; // marks after the colon: the quote-mark patterns decide
            }
            Ref named = ix.refStartingIn(clauses.named(from, c));
            int verb = ix.verbEndingAt(from, c);
            boolean person = named != null && named.entity().type() == EntityType.PERSON
                    && ix.tokenAtOrAfter(named.end() - 1) == c - 1 && tokens.get(c - 1).end() == named.end();
            if (verb >= 0) {
                // "… подчеркнул: words." reports one sentence; the next one may be reported on its own
                int end = sentences.get(sentenceOf[c + 1]).to();
                found.markCue(verb, c - verb);
                found.addIndirect(c + 1, end, verb, c, new Region(from, verb, Pick.FIRST, verb, c));
            } else if (person && colon) {
                found.addDirect(tokens.get(c + 1).start(), tokens.get(p.to() - 1).end(), -1, -1, new Region(from, c, Pick.FIRST));
            }
            return;
        }
    }

    /**
     * Speech without a leading dash or marks that ends in a dialogue attribution: {@code Бұл мәселе қаралып жатыр, –
     * деп нақтылады Жаркешов.} The words from the paragraph start to the separator are a direct quote when a speech
     * verb (after an optional quotative) opens the part after it.
     */
    private void unmarkedDialogue(TokenRange p) {
        int pStart = tokens.get(p.from()).start();
        int pEnd = tokens.get(p.to() - 1).end();
        Matcher m = DASH_SEPARATOR.matcher(text).region(pStart, pEnd);
        if (!m.find()) {
            return;
        }
        int t = ix.tokenAtOrAfter(m.end());
        if (t >= p.to()) {
            return;
        }
        int v = lex.contains(Kind.QUOTATIVE, keys.get(t)) ? t + 1 : t;
        int len = v < p.to() ? lex.matchLength(Kind.VERB, keys, v) : 0;
        if (len == 0) {
            return;
        }
        int end = v + len;
        while (end < p.to() && !ix.isTerminalAt(end)) {
            end++;
        }
        found.markCue(v, len);
        found.addDirect(pStart, m.start() + 1, v, v + len, new Region(v + len, end, Pick.FIRST, v, v + len));
    }

    /** "Content – Name" as a paragraph of its own (a headline): the content is the named person's, reported. */
    private void signedParagraph(TokenRange p) {
        for (int d = p.to() - 2; d > p.from() + 1; d--) {
            if (TokenIndex.isDash(tokens.get(d).text())) {
                Region r = signedByName(d, p.to());
                if (r != null) {
                    found.addIndirect(p.from(), d, -1, -1, r);
                }
                return;
            }
            if (!tokens.get(d).isWord() && !ix.isTerminalAt(d)) {
                return;
            }
        }
    }

    /** {@code X said: «…»} or {@code X said «…»}: the clause before the opening mark. */
    private Region beforeAttribution(int open, TokenRange p) {
        int t = ix.tokenAtOrAfter(open) - 1;
        while (t >= p.from() && TokenIndex.isDash(tokens.get(t).text())) {
            t--;
        }
        if (t < p.from()) {
            return null;
        }
        TokenRange s = sentences.get(sentenceOf[t]);
        int from = s.from();
        if (tokens.get(t).text().equals(":")) {
            int verb = ix.findVerb(from, t);
            if (verb >= 0) {
                int len = lex.matchLength(Kind.VERB, keys, verb);
                found.markCue(verb, len);
                return new Region(from, t, Pick.FIRST, verb, verb + len);
            }
            return new Region(from, t, Pick.FIRST);
        }
        int verbStart = ix.verbEndingAt(from, t + 1);
        if (verbStart >= 0) {
            found.markCue(verbStart, t + 1 - verbStart);
            return new Region(from, t + 1, Pick.FIRST, verbStart, t + 1);
        }
        // "Clarke says, “…”": a speech verb and a comma before the marks
        verbStart = tokens.get(t).text().equals(",") ? ix.verbEndingAt(from, t) : -1;
        if (verbStart >= 0) {
            found.markCue(verbStart, t - verbStart);
            return new Region(from, t, Pick.FIRST, verbStart, t);
        }
        return null;
    }

    /** {@code X деди: — …} inside a paragraph. */
    private void colonDash(TokenRange p) {
        int pStart = tokens.get(p.from()).start();
        int pEnd = tokens.get(p.to() - 1).end();
        Matcher m = COLON_DASH.matcher(text).region(pStart, pEnd);
        if (m.find()) {
            int colon = ix.tokenAtOrAfter(m.start());
            TokenRange s = sentences.get(sentenceOf[colon]);
            int verb = ix.findVerb(s.from(), colon);
            if (verb >= 0) {
                int len = lex.matchLength(Kind.VERB, keys, verb);
                found.markCue(verb, len);
                Region r = new Region(s.from(), colon, Pick.FIRST, verb, verb + len);
                found.addDirect(m.end(), pEnd, verb, verb + len, r);
            }
        }
    }

    private boolean startsWithEllipsis(TokenRange p) {
        String t = tokens.get(p.from()).text();
        return t.equals("…") || (t.equals(".") && p.from() + 1 < p.to() && tokens.get(p.from() + 1).text().equals("."));
    }

    /** A paragraph ending in a colon after a speech verb announces a quote in the next paragraph. */
    private Region colonLeadIn(TokenRange p, boolean hadQuote) {
        Token last = tokens.get(p.to() - 1);
        if (!last.text().equals(":") || hadQuote) {
            return null;
        }
        TokenRange s = sentences.get(sentenceOf[p.to() - 1]);
        int verb = ix.findVerb(s.from(), p.to() - 1);
        if (verb < 0) {
            // "Name, title:" over an interview answer names the speaker without a verb
            return clauses.hasPersonIn(s.from(), p.to() - 1) && p.to() - p.from() <= 25 ? new Region(s.from(), p.to() - 1, Pick.FIRST) : null;
        }
        int len = lex.matchLength(Kind.VERB, keys, verb);
        found.markCue(verb, len);
        return new Region(s.from(), p.to() - 1, Pick.FIRST, verb, verb + len);
    }

    /**
     * {@code Министр "…" деп жооп берди}: when the verb after the closing mark names no speaker, the subject before
     * the opening mark in the same sentence (no verb of its own there) does.
     */
    private Region withSubjectBefore(Region r, int open) {
        int openToken = ix.tokenAtOrAfter(open);
        if (openToken >= tokens.size() || clauses.hasSpeakerWord(r.from(), r.to())) {
            return r;
        }
        int from = sentences.get(sentenceOf[openToken]).from();
        if (from >= openToken || !clauses.hasSpeakerWord(from, openToken) || ix.findVerb(from, openToken) >= 0) {
            return r;
        }
        return new Region(from, r.to(), r.pick(), r.cueFrom(), r.cueTo());
    }

    private static int cueFrom(Region r) {
        return r == null ? -1 : r.cueFrom();
    }

    private static int cueTo(Region r) {
        return r == null ? -1 : r.cueTo();
    }
}
