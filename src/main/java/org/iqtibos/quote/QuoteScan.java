package org.iqtibos.quote;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iqtibos.quote.CueLexicon.Flag;
import org.iqtibos.quote.CueLexicon.Gender;
import org.iqtibos.quote.CueLexicon.Kind;
import org.iqtibos.quote.CueLexicon.Phrase;
import org.iqtibos.quote.QuoteCandidate.Pick;
import org.iqtibos.quote.QuoteCandidate.Region;
import org.iqtibos.quote.TokenIndex.Ref;
import org.iqtibos.quote.TokenIndex.TokenRange;
import org.iqtibos.ner.MentionCandidate;
import org.iqtibos.result.Entity;
import org.iqtibos.result.EntityType;
import org.iqtibos.result.Mention;
import org.iqtibos.result.Quote;
import org.iqtibos.result.QuoteType;
import org.iqtibos.segment.SegmentedText;
import org.iqtibos.segment.Token;

/**
 * One article's quote search: finds quote candidates with their attribution regions (dash dialogue, quote marks,
 * colon lead-ins, speech verbs and their clauses), then hands them to a {@link SpeakerResolver}, which resolves
 * speakers in text order so that pronouns can point back to earlier speakers. Made for one call and then dropped.
 */
final class QuoteScan {
    static final String DASHES = "—–‒―-";
    /** A dialogue separator: punctuation, a dash with space after it ({@code , —}, {@code ! —}, {@code . —}). */
    private static final Pattern DASH_SEPARATOR = Pattern.compile("[,!?.…][\"»”“]?\\s*[—–‒―-]\\s+");
    /** A colon followed by a dash opens speech inside a paragraph ({@code деди: — …}). */
    private static final Pattern COLON_DASH = Pattern.compile(":\\s*[—–‒―-]\\s+");
    /** Tokens of an attribution after a quote searched for the speech verb. */
    private static final int ATTRIBUTION_REACH = 10;
    /** Tokens between a speech verb and its complementizer ({@code said on Monday that}). */
    private static final int COMPLEMENTIZER_REACH = 6;

    /** The article's tokens, sentences and entity mentions; the fields below are its parts under short names. */
    private final TokenIndex ix;
    /** Who said each quote. */
    private final SpeakerResolver speakers;
    /** Who holds a role noun (also: where a title ends). */
    private final Roles roles;
    private final String text;
    private final CueLexicon lex;
    private final List<Token> tokens;
    private final List<String> keys;
    private final List<TokenRange> sentences;
    private final List<TokenRange> paragraphs;
    private final int[] sentenceOf;
    private final List<Ref> refs;
    private final boolean[] covered;
    private final java.util.Set<Entity> outlets;
    private final List<Entity> persons;
    private final List<Entity> organizations;
    private final List<QuoteCandidate> candidates = new ArrayList<>();
    private boolean[] cueUsed;
    private final List<CharSpan> directSpans = new ArrayList<>();
    /** The union of {@link #directSpans}: start → end of disjoint spans, for {@link #insideDirect}. */
    private final java.util.TreeMap<Integer, Integer> directUnion = new java.util.TreeMap<>();
    /** Phrases in quote marks with no attribution of their own, char spans: direct when inside reported speech. */
    private final List<CharSpan> unattributedPairs = new ArrayList<>();

    QuoteScan(SegmentedText segmented, CueLexicon lex, TitleTranslator titles, Offices offices, SpeakerRanker ranker,
              List<Entity> persons, List<Entity> organizations, List<Entity> places, boolean explain) {
        this.lex = lex;
        this.persons = List.copyOf(persons);
        this.organizations = List.copyOf(organizations);
        this.ix = new TokenIndex(segmented, lex, this.persons, this.organizations, places);
        this.text = ix.text;
        this.tokens = ix.tokens;
        this.keys = ix.keys;
        this.sentences = ix.sentences;
        this.paragraphs = ix.paragraphs;
        this.sentenceOf = ix.sentenceOf;
        this.refs = ix.refs;
        this.covered = ix.covered;
        this.outlets = ix.outlets;
        this.cueUsed = new boolean[tokens.size()];
        this.roles = new Roles(ix, lex, titles, offices, this.persons);
        this.speakers = new SpeakerResolver(ix, titles, roles,
                new SpeakerFeatures(ix, lex), ranker, this.persons, this.organizations, this::insideDirect,
                explain);
    }

    /** The unlinked speaker names met while resolving speakers, in text order, one per span. */
    List<MentionCandidate> missedSpeakers() {
        return speakers.missedSpeakers();
    }

    /** English names of the missed organizations the title table could put into English. */
    java.util.Map<MentionCandidate, String> missedNames() {
        return speakers.missedNames();
    }

    /** Each quote's speaker candidates and their features, in text order. */
    List<QuoteFinder.SpeakerChoice> choices() {
        return speakers.choices();
    }

    List<Quote> run() {
        if (tokens.isEmpty()) {
            return List.of();
        }
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
            int before = candidates.size();
            Region carried = previousHadDirect ? lastDirectRegion() : null;
            if (dash) {
                dashParagraph(p, leadIn != null ? leadIn : carried);
            } else if (carried != null && startsWithEllipsis(p)) {
                // "… more words" after a quoted paragraph goes on with the same speaker
                addDirect(first.start(), tokens.get(p.to() - 1).end(), carried.cueFrom(), carried.cueTo(), carried);
            } else {
                int last = closingParagraph(pi);
                TokenRange unit = last == pi ? p : new TokenRange(p.from(), paragraphs.get(last).to());
                quoteMarks(unit, leadIn);
                colonDash(p);
                if (candidates.size() == before && leadIn == null) {
                    signedParagraph(p);
                }
                if (candidates.size() == before && leadIn == null) {
                    colonInParagraph(p);
                }
                if (candidates.size() == before && leadIn == null) {
                    unmarkedDialogue(p);
                }
                if (leadIn != null && candidates.size() == before) {
                    // the quote announced by the previous paragraph's colon is this whole paragraph
                    addDirect(first.start(), tokens.get(p.to() - 1).end(), -1, -1, leadIn);
                }
                pi = last;
                p = paragraphs.get(last);
            }
            previousHadDirect = candidates.size() > before;
            leadIn = colonLeadIn(p, candidates.size() > before);
        }
        for (TokenRange s : sentences) {
            indirect(s);
        }
        quotedInsideIndirect();
        return speakers.resolve(candidates);
    }

    // ---------------------------------------------------------------- direct speech

    /** An opening quote mark not yet closed: which mark, at which offset. */
    private record OpenMark(char mark, int at) { }

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
            Region attribution = k == 0 ? null : attributionAt(t0, Math.min(t1, p.to()));
            if (attribution != null) {
                for (CharSpan q : pending) {
                    addDirect(q.start(), q.end(), cueFrom(attribution), cueTo(attribution), attribution);
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
            addDirect(q.start(), q.end(), -1, -1, region);
        }
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
        while (end < limit && !TokenIndex.isTerminal(tokens.get(end).text())) {
            end++;
        }
        int verb = ix.findVerb(t0, Math.min(end, t0 + ATTRIBUTION_REACH));
        if (verb >= 0) {
            int len = lex.matchLength(Kind.VERB, keys, verb);
            markCue(verb, len);
            return new Region(t0, end, Pick.FIRST, verb, verb + len);
        }
        // "— …, — Токаев в интервью …": the speaker alone, the verb left out
        if (onlyPunctuation(tokens.get(end - 1).end(), tokens.get(limit - 1).end()) && (ix.isPersonAt(t0) || lex.matchLength(Kind.PRONOUN, keys, t0) > 0)) {
            return new Region(t0, end, Pick.FIRST);
        }
        return null;
    }

    /** Quote-mark pairs of paragraph p, with the attribution before or after them. */
    private void quoteMarks(TokenRange p, Region leadIn) {
        int pStart = tokens.get(p.from()).start();
        int pEnd = tokens.get(p.to() - 1).end();
        Deque<OpenMark> stack = new ArrayDeque<>();
        List<CharSpan> pairs = new ArrayList<>();
        List<Integer> orphans = new ArrayList<>();
        for (int i = pStart; i < pEnd; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '«': case '„':
                    stack.push(new OpenMark(c, i));
                    break;
                case '»':
                    close(stack, pairs, orphans, i, '«');
                    break;
                case '“':
                    if (!stack.isEmpty() && stack.peek().mark() == '„') {
                        close(stack, pairs, orphans, i, '„');
                    } else if (opensAt(i, pStart)) {
                        stack.push(new OpenMark(c, i));
                    } else {
                        close(stack, pairs, orphans, i, '“');
                    }
                    break;
                case '”':
                    close(stack, pairs, orphans, i, stack.isEmpty() ? '“' : stack.peek().mark());
                    break;
                case '"':
                    if (!stack.isEmpty() && stack.peek().mark() == '"' && !opensAt(i, pStart)) {
                        close(stack, pairs, orphans, i, '"');
                    } else if (!stack.isEmpty() && stack.peek().mark() == '"' && closesAt(i, pEnd)) {
                        close(stack, pairs, orphans, i, '"');
                    } else if (opensAt(i, pStart)) {
                        stack.push(new OpenMark(c, i));
                    } else if (stack.isEmpty()) {
                        orphans.add(i);
                    } else {
                        close(stack, pairs, orphans, i, '"');
                    }
                    break;
                default:
                    break;
            }
        }
        if (!stack.isEmpty()) {
            OpenMark bottom = stack.peekLast();
            if (bottom.at() == pStart) {
                // a quote running on into the next paragraph: it ends with this one
                pairs.add(new CharSpan(bottom.at(), pEnd));
            }
        }
        for (CharSpan pair : pairs) {
            classifyPair(p, pair.start(), pair.end(), leadIn);
        }
        for (int closer : orphans) {
            // the opening mark was lost: the quote runs from the paragraph's start
            Region r = afterAttribution(closer + 1, p.to());
            if (r != null && pStart < closer) {
                addDirect(pStart, closer, cueFrom(r), cueTo(r), r);
            }
        }
    }

    private void close(Deque<OpenMark> stack, List<CharSpan> pairs, List<Integer> orphans, int at, char opener) {
        while (!stack.isEmpty() && stack.peek().mark() != opener) {
            stack.pop();
        }
        if (stack.isEmpty()) {
            orphans.add(at);
            return;
        }
        OpenMark open = stack.pop();
        if (stack.isEmpty()) {
            pairs.add(new CharSpan(open.at(), at));
        }
    }

    private boolean opensAt(int i, int pStart) {
        boolean spaceBefore = i == pStart || Character.isWhitespace(text.charAt(i - 1)) || "(:—–-«„“".indexOf(text.charAt(i - 1)) >= 0;
        boolean wordAfter = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        return spaceBefore && wordAfter;
    }

    private boolean closesAt(int i, int pEnd) {
        return i + 1 >= pEnd || !Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private void classifyPair(TokenRange p, int open, int close, Region leadIn) {
        int cs = open + 1;
        int ce = close;
        if (wordsIn(ix.tokenAtOrAfter(cs), ix.tokenAtOrAfter(ce)) < 2) {
            return; // one word in marks ("Азаттыкка", «Нур Отан») names something; it is no quote
        }
        Region r = afterAttribution(close + 1, p.to());
        if (r != null) {
            addDirect(cs, ce, cueFrom(r), cueTo(r), r);
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
            addDirect(cs, ce, cueFrom(before), cueTo(before), before);
            return;
        }
        QuoteCandidate last = candidates.isEmpty() ? null : candidates.get(candidates.size() - 1);
        int openToken = ix.tokenAtOrAfter(open);
        if (last != null && last.type() == QuoteType.DIRECT && last.region() != null && last.cueFrom() >= 0
                && open > pStart && last.start() >= pStart && last.cueTo() <= openToken
                && openToken - last.cueTo() <= ATTRIBUTION_REACH && TokenIndex.isTerminal(tokens.get(openToken - 1).text())
                && onlyPunctuation(close + 1, tokens.get(p.to() - 1).end())) {
            // "“A,” Clarke said. “B.”": the marks after the attribution sentence go on with the same speaker
            addDirect(cs, ce, last.cueFrom(), last.cueTo(), last.region());
            return;
        }
        if (open == pStart && onlyPunctuation(close + 1, tokens.get(p.to() - 1).end())) {
            // a whole paragraph in quote marks is speech of the speaker announced before it
            addDirect(cs, ce, -1, -1, leadIn);
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
            unattributedPairs.add(new CharSpan(cs, ce));
        }
        if (words >= 2 && t0 < t1 && (afterComplementizer || Character.isLowerCase(tokens.get(t0).text().codePointAt(0)))) {
            TokenRange s = sentences.get(sentenceOf[t0]);
            int verb = ix.findVerb(s.from(), s.to());
            if (verb >= 0) {
                Region partial = new Region(s.from(), t0, Pick.FIRST);
                addDirect(cs, ce, verb, verb + lex.matchLength(Kind.VERB, keys, verb), partial);
            }
        }
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
        while (i < pLimit && !tokens.get(i).isWord() && !TokenIndex.isTerminal(tokens.get(i).text())) {
            i++;
        }
        if (i >= pLimit || !tokens.get(i).isWord()) {
            return null;
        }
        int end = i;
        while (end < pLimit && !TokenIndex.isTerminal(tokens.get(end).text())) {
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
        if (from < text.length() && Character.isLetter(text.charAt(from))) {
            return null; // a suffix glued to the closing mark ("Tolibon"ni): the quote is a name
        }
        // without a comma or dash after the mark, only a verb right there attributes ("…" he said), unless the
        // quote itself ends in the comma of a sentence going on ("…," the Head of State added)
        char last = from >= 2 ? text.charAt(from - 2) : ' ';
        int reach = i > t || last == ',' || last == '!' || last == '?' ? ATTRIBUTION_REACH : 3;
        int verb = ix.findVerb(i, Math.min(end, i + reach));
        if (verb < 0) {
            return signedByName(t, pLimit); // "«…» – Шавкат Мирзиёев" (a headline signed with the speaker's name)
        }
        if (reach == 3 && verb > i && !speakerWordsOnly(i, verb)) {
            // «…» талқыланғанын атап өтті: the marked words sit inside reported content, the verb is not theirs
            return null;
        }
        Phrase cue = lex.matchAt(Kind.VERB, keys, verb);
        if (cue != null && cue.is(Flag.PARTICIPLE)) {
            return null; // "«…», отметив при этом …": a gerund names no speaker after it
        }
        int len = lex.matchLength(Kind.VERB, keys, verb);
        markCue(verb, len);
        return new Region(i, end, Pick.FIRST, verb, verb + len);
    }

    /**
     * A short capitalized phrase in marks without sentence punctuation (a newspaper, a party, an event:
     * {@code деб ёзади «Российская газета»}) names something; after a speech verb it is the source, not the words.
     */
    private boolean looksLikeName(int cs, int ce) {
        int t0 = ix.tokenAtOrAfter(cs);
        int t1 = ix.tokenAtOrAfter(ce);
        if (t0 >= t1 || !tokens.get(t0).isCapitalized() || wordsIn(t0, t1) > SpeakerResolver.MAX_NAME_WORDS) {
            return false;
        }
        for (int i = t0; i < t1; i++) {
            if (TokenIndex.isTerminal(tokens.get(i).text()) || tokens.get(i).text().equals(",")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A dash, then a person's name that ends the paragraph ({@code «…» – Name}, {@code … – Lavrov}): the name signs
     * the words before it, as headlines do. Null when tokens from {@code t} are anything else.
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
            boolean toEnd = k == pLimit || k + 1 == pLimit && TokenIndex.isTerminal(tokens.get(k).text());
            return role && toEnd && k - i <= Roles.MAX_TITLE_WORDS ? new Region(i, k, Pick.FIRST) : null;
        }
        if (!dash || ref == null || ref.entity().type() != EntityType.PERSON) {
            return null;
        }
        int last = ix.tokenAtOrAfter(ref.end() - 1);
        return last + 1 == pLimit || last + 2 == pLimit && TokenIndex.isTerminal(tokens.get(pLimit - 1).text())
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
            Ref named = ix.refStartingIn(named(from, c));
            int verb = ix.verbEndingAt(from, c);
            boolean person = named != null && named.entity().type() == EntityType.PERSON
                    && ix.tokenAtOrAfter(named.end() - 1) == c - 1 && tokens.get(c - 1).end() == named.end();
            if (verb >= 0) {
                // "… подчеркнул: words." reports one sentence; the next one may be reported on its own
                int end = sentences.get(sentenceOf[c + 1]).to();
                markCue(verb, c - verb);
                addIndirect(c + 1, end, verb, c, new Region(from, verb, Pick.FIRST, verb, c));
            } else if (person && colon) {
                addDirect(tokens.get(c + 1).start(), tokens.get(p.to() - 1).end(), -1, -1, new Region(from, c, Pick.FIRST));
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
        while (end < p.to() && !TokenIndex.isTerminal(tokens.get(end).text())) {
            end++;
        }
        markCue(v, len);
        addDirect(pStart, m.start() + 1, v, v + len, new Region(v + len, end, Pick.FIRST, v, v + len));
    }

    /** The first token of the last name ending right before token {@code end} (from {@code from}), or -1. */
    private int named(int from, int end) {
        for (int t = end - 1; t >= from; t--) {
            Ref ref = ix.refStartingIn(t);
            if (ref != null) {
                return t;
            }
        }
        return -1;
    }

    /** "Content – Name" as a paragraph of its own (a headline): the content is the named person's, reported. */
    private void signedParagraph(TokenRange p) {
        for (int d = p.to() - 2; d > p.from() + 1; d--) {
            if (TokenIndex.isDash(tokens.get(d).text())) {
                Region r = signedByName(d, p.to());
                if (r != null) {
                    addIndirect(p.from(), d, -1, -1, r);
                }
                return;
            }
            if (!tokens.get(d).isWord() && !TokenIndex.isTerminal(tokens.get(d).text())) {
                return;
            }
        }
    }

    /** True when tokens [from, to) are names, pronouns, role or organization words, articles and the like. */
    private boolean speakerWordsOnly(int from, int to) {
        for (int k = from; k < to; k++) {
            Token tok = tokens.get(k);
            boolean speakerWord = ix.refStartingIn(k) != null || covered[k] || tok.isCapitalized()
                    || lex.matchLength(Kind.PRONOUN, keys, k) > 0 || lex.matchLength(Kind.ROLE, keys, k) > 0
                    || lex.matchLength(Kind.ORG_NOUN, keys, k) > 0 || lex.contains(Kind.NOT_CONTENT, keys.get(k))
                    || roles.endsRole(k) || tok.text().length() <= 3;
            if (!speakerWord) {
                return false;
            }
        }
        return true;
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
                markCue(verb, len);
                return new Region(from, t, Pick.FIRST, verb, verb + len);
            }
            return new Region(from, t, Pick.FIRST);
        }
        int verbStart = ix.verbEndingAt(from, t + 1);
        if (verbStart >= 0) {
            markCue(verbStart, t + 1 - verbStart);
            return new Region(from, t + 1, Pick.FIRST, verbStart, t + 1);
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
                markCue(verb, len);
                Region r = new Region(s.from(), colon, Pick.FIRST, verb, verb + len);
                addDirect(m.end(), pEnd, verb, verb + len, r);
            }
        }
    }

    private Region lastDirectRegion() {
        for (int i = candidates.size() - 1; i >= 0; i--) {
            if (candidates.get(i).type() == QuoteType.DIRECT) {
                return candidates.get(i).region();
            }
        }
        return null;
    }

    private boolean startsWithEllipsis(TokenRange p) {
        String t = tokens.get(p.from()).text();
        return t.equals("…") || (t.equals(".") && p.from() + 1 < p.to() && tokens.get(p.from() + 1).text().equals("."));
    }

    /**
     * The paragraph that closes a quote opened at the start of paragraph {@code pi} and left open there (a quote
     * of several paragraphs), or {@code pi}.
     */
    private int closingParagraph(int pi) {
        TokenRange p = paragraphs.get(pi);
        int from = tokens.get(p.from()).start();
        int to = tokens.get(p.to() - 1).end();
        char open = text.charAt(from);
        char close;
        switch (open) {
            case '«': close = '»'; break;
            case '“': close = '”'; break;
            case '„': close = '“'; break;
            case '"': close = '"'; break;
            default: return pi;
        }
        if (balance(from, to, open, close) <= 0) {
            return pi;
        }
        for (int k = pi + 1; k < Math.min(paragraphs.size(), pi + 8); k++) {
            TokenRange q = paragraphs.get(k);
            if (q.from() == q.to()) {
                continue;
            }
            int qf = tokens.get(q.from()).start();
            int qt = tokens.get(q.to() - 1).end();
            if (text.charAt(qf) == open || TokenIndex.isDash(tokens.get(q.from()).text())) {
                return pi; // a new quote or dialogue starts: the open one was never closed
            }
            if (balance(qf, qt, open, close) < 0) {
                return k;
            }
        }
        return pi;
    }

    /** Openers minus closers in [from, to); for straight quotes, 1 when their count is odd. */
    private int balance(int from, int to, char open, char close) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (open == close) {
                n += c == open ? 1 : 0;
            } else if (c == open) {
                n++;
            } else if (c == close) {
                n--;
            }
        }
        return open == close ? (n % 2 == 1 ? (from == tokens.get(ix.tokenAtOrAfter(from)).start() && text.charAt(from) == open ? 1 : -1) : 0) : n;
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
            return hasPersonIn(s.from(), p.to() - 1) && p.to() - p.from() <= 25 ? new Region(s.from(), p.to() - 1, Pick.FIRST) : null;
        }
        int len = lex.matchLength(Kind.VERB, keys, verb);
        markCue(verb, len);
        return new Region(s.from(), p.to() - 1, Pick.FIRST, verb, verb + len);
    }

    // ---------------------------------------------------------------- indirect speech

    private void indirect(TokenRange s) {
        anaphoric(s);
        for (int i = s.from(); i < s.to(); i++) {
            if (insideDirect(tokens.get(i).start())) {
                int len = lex.matchLength(Kind.VERB, keys, i);
                if (len > 0 && !cueUsed[i] && reportedInsideQuote(s, i, len)) {
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
            if (len > 0 && (!after.is(Flag.NAME) || ix.nameEndsAt(i - 1, s.from())) && accordingAfter(s, i, len)) {
                i += len - 1;
                continue;
            }
            len = lex.matchLength(Kind.VERB, keys, i);
            if (len > 0 && !cueUsed[i]) {
                if (speechVerb(s, i, len)) {
                    i += len - 1;
                }
            }
        }
    }

    /** "Об этом заявил X." / "Бу ҳақда X маълум қилди.": the sentence before, in the same paragraph, is X's. */
    private void anaphoric(TokenRange s) {
        for (int a = s.from(); a < Math.min(s.to(), s.from() + 3); a++) {
            int len = lex.matchLength(Kind.ANAPHOR, keys, a);
            if (len == 0) {
                continue;
            }
            int verb = ix.findVerb(a + len, s.to());
            int si = sentenceOf[s.from()];
            if (verb < 0 || cueUsed[verb] || si == 0) {
                return;
            }
            if (outletReports(a + len, s.to())) {
                return; // "Бу ҳақда Sputnik агентлиги хабар берди": an outlet reporting an event quotes no one
            }
            TokenRange prev = sentences.get(si - 1);
            if (ix.paragraphOf(s.from()) != ix.paragraphOf(s.from() - 1) && TokenIndex.isTerminal(tokens.get(prev.to() - 1).text())) {
                return; // only a headline (no closing stop) is what the next paragraph's "Об этом …" points back to
            }
            if (insideDirect(tokens.get(prev.from()).start())) {
                return;
            }
            int vlen = lex.matchLength(Kind.VERB, keys, verb);
            // "A calls on B to … . Бу ҳақда X маълум қилди.": X made the whole sentence known, a clause read inside
            // it gives way
            int pFrom = tokens.get(prev.from()).start();
            int pTo = tokens.get(prev.to() - 1).end();
            candidates.removeIf(c -> c.type() == QuoteType.INDIRECT && c.start() >= pFrom && c.end() <= pTo);
            addIndirect(prev.from(), prev.to(), verb, verb + vlen, new Region(a + len, s.to(), Pick.FIRST, verb, verb + vlen));
            markCue(verb, vlen);
            return;
        }
    }

    /**
     * True when tokens [from, to) open with a news outlet's name as the subject (not glued to a case ending:
     * {@code "Азаттыкка" билдирди} is told to the outlet) and name no other source.
     */
    private boolean outletReports(int from, int to) {
        int i = from;
        while (i < to && !tokens.get(i).isWord()) {
            i++;
        }
        Ref ref = i < to ? ix.refStartingIn(i) : null;
        if (ref == null || !outlets.contains(ref.entity())
                || tokens.get(ix.tokenAtOrAfter(ref.end() - 1)).end() != ref.end()) {
            return false;
        }
        // "передает NUR.KZ со ссылкой на МИД": the outlet cites a source, who is then the speaker
        for (int k = ix.firstRefAtOrAfter(ref.end()); k < refs.size() && k >= 0
                && refs.get(k).start() < tokens.get(to - 1).end(); k++) {
            if (!outlets.contains(refs.get(k).entity())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word at {@code i} starts the name of a news outlet. */
    private boolean outletAt(int i) {
        Ref ref = i < tokens.size() ? ix.refStartingIn(i) : null;
        return ref != null && outlets.contains(ref.entity());
    }

    private boolean accordingBefore(TokenRange s, int i, int len) {
        int comma = -1;
        for (int j = i + len; j < Math.min(s.to(), i + len + 8); j++) {
            if (tokens.get(j).text().equals(",")) {
                comma = j;
                break;
            }
        }
        Region r = new Region(i, comma < 0 ? Math.min(s.to(), i + len + 4) : comma, Pick.FIRST);
        if (i > s.from() && tokens.get(i - 1).text().equals(",") && (comma < 0 || TokenIndex.isTerminal(tokens.get(comma).text()))) {
            // "…, по словам X." closes its sentence
            return addIndirect(s.from(), i - 1, i, i + len, r);
        }
        if (comma < 0) {
            return false;
        }
        return addIndirect(comma + 1, s.to(), i, i + len, r);
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
        int next = i + len;
        if (next < s.to() && tokens.get(next).text().equals(",")) {
            next++;
        }
        if (next >= s.to() || TokenIndex.isTerminal(tokens.get(next).text())) {
            return clause > s.from() && addIndirect(s.from(), clause, i, i + len, r);
        }
        return addIndirect(next, s.to(), i, i + len, r);
    }

    /** Inside a direct quote only a named person's "X said that …" counts as reported speech. */
    private boolean reportedInsideQuote(TokenRange s, int i, int len) {
        int from = i - 1;
        while (from >= s.from() && tokens.get(from).isWord()) {
            from--;
        }
        if (!hasPersonIn(from + 1, i)) {
            return false;
        }
        for (int j = i + len; j < Math.min(s.to(), i + len + COMPLEMENTIZER_REACH); j++) {
            if (TokenIndex.isTerminal(tokens.get(j).text()) || lex.matchLength(Kind.VERB, keys, j) > 0) {
                return false;
            }
            if (lex.contains(Kind.COMPLEMENTIZER, keys.get(j))) {
                return addIndirect(j + 1, s.to(), i, i + len, new Region(from + 1, i, Pick.FIRST));
            }
        }
        return false;
    }

    private boolean hasPersonIn(int from, int to) {
        for (int i = from; i < to; i++) {
            if (ix.isPersonAt(i)) {
                return true;
            }
        }
        return false;
    }

    private boolean speechVerb(TokenRange s, int i, int len) {
        int after = i + len;
        // (a) verb, complementizer, content: "заявил, что …", "said on Monday that …"
        for (int j = after; j < Math.min(s.to(), after + COMPLEMENTIZER_REACH); j++) {
            if (TokenIndex.isTerminal(tokens.get(j).text()) || TokenIndex.isQuoteChar(tokens.get(j).text())
                    || lex.matchLength(Kind.VERB, keys, j) > 0) {
                break;
            }
            if (lex.contains(Kind.COMPLEMENTIZER, keys.get(j))) {
                if (j + 1 < s.to() && !lex.isEmpty(Kind.FINITE_SUFFIX) && lex.endsWith(Kind.FINITE_SUFFIX, keys.get(j + 1))) {
                    return false; // "media reports that carried videos …": "that" is a relative pronoun here
                }
                return addIndirect(j + 1, s.to(), i, after, new Region(clauseStart(s, i), j, Pick.FIRST));
            }
        }
        Phrase cue = lex.matchAt(Kind.VERB, keys, i);
        // (a') "called on X to …", "vowed to …", "призвал …": what follows the verb, to the clause end, is the content
        if (cue != null && cue.is(Flag.OBJECT_CONTENT) && after + 1 < s.to() && tokens.get(after).isWord()) {
            int end = after;
            while (end < s.to() && !tokens.get(end).text().equals(",") && !TokenIndex.isTerminal(tokens.get(end).text())
                    && !(end > after && lex.contains(Kind.COORDINATOR, keys.get(end))
                    && lex.matchLength(Kind.VERB, keys, end + 1) > 0)) {
                end++;
            }
            return addIndirect(after, end, i, after, new Region(clauseStart(s, i), i, Pick.FIRST));
        }
        // (a'') "stressed the importance of …", "отметил необходимость …": a noun whose object is the content
        for (int j = after; j < Math.min(s.to(), after + 2); j++) {
            if (lex.matchLength(Kind.CONTENT_NOUN, keys, j) > 0) {
                int end = j;
                while (end < s.to() && !tokens.get(end).text().equals(",") && !TokenIndex.isTerminal(tokens.get(end).text())) {
                    end++;
                }
                return addIndirect(after, end, i, after, new Region(clauseStart(s, i), i, Pick.FIRST));
            }
            if (!lex.contains(Kind.NOT_CONTENT, keys.get(j)) && !keys.get(j).equals("the")) {
                break;
            }
        }
        // (b) English "he said experts warn …": a bare clause right after the verb
        boolean takesObject = cue != null && cue.is(Flag.OBJECT);
        if (!takesObject && !lex.isEmpty(Kind.NOT_CONTENT) && after < s.to() && i > s.from() && tokens.get(after).isWord()
                && !lex.contains(Kind.NOT_CONTENT, keys.get(after)) && s.to() - after >= 4
                && hasSpeakerWord(clauseStart(s, i), i) && hasFiniteVerb(after, s.to())) {
            return addIndirect(after, s.to(), i, after, new Region(clauseStart(s, i), i, Pick.FIRST));
        }
        // (c) content, verb, speaker: "…, заявил X", "…, деб хабар қилди X"
        int k = i - 1;
        boolean quotativeBefore = k > s.from() && lex.contains(Kind.QUOTATIVE, keys.get(k));
        if (quotativeBefore) {
            k--;
        }
        boolean endsSentence = after >= s.to() || TokenIndex.isTerminal(tokens.get(after).text());
        if (k > s.from() && tokens.get(k).text().equals(",") && !endsSentence) {
            if (outletReports(after, s.to())) {
                return false; // "…, deya xabar beradi Kun.uz": an outlet reports an event, or someone's words
            }
            if (cueUsedIn(s.from(), k)) {
                if (innerSpeakerNamed(s.from(), k)) {
                    // "X … таъкидлади, деди Y": Y reports what X said; X, the innermost source, keeps the words
                    return false;
                }
                // "Ҳукумат … билдириб, … тиламоқда, дея таъкидлади Песков": the inner clauses name no one who
                // speaks; the words are all the outer speaker's, one quote
                dropIndirect(s.from(), k);
            }
            return addIndirect(s.from(), k, i, after, new Region(after, s.to(), Pick.FIRST));
        }
        // (c'') content, speaker, verb: "The talks were productive, Clarke said." / "…, he said, adding that …";
        // not in verb-final languages (those with object-suffix data), where a clause before the comma is the
        // speaker's own action ("X natija e'lon qilingach, … so'zladi")
        // "…, X said at a news conference." / "…, X told AFP on Saturday.": a phrase with no verb may follow
        // a closing "…, Trend reports" is the outlet's, not part of the speaker's clause
        int tail = s.to();
        for (int c = after; c < s.to(); c++) {
            if (tokens.get(c).text().equals(",") && outletAt(c + 1)) {
                tail = c;
                break;
            }
        }
        boolean endsClause = endsSentence || tokens.get(after).text().equals(",")
                || !hasFiniteVerbStrict(after, tail);
        if (endsClause && !quotativeBefore && lex.isEmpty(Kind.OBJECT_SUFFIX)) {
            // the speaker phrase is bounded by the comma, not by a word count: "…, Deputy Prime Minister for
            // Investments and Foreign Economic Relations Laziz Kudratov said"
            for (int c = i - 1; c > s.from() + 2; c--) {
                String t = tokens.get(c).text();
                if (t.equals(",")) {
                    if (c < i - 1 && hasSpeakerWord(c + 1, i) && hasFiniteVerb(s.from(), c)
                            && ix.findVerb(c + 1, i) < 0 && (c >= i - 4 || speakerWordsOnly(c + 1, i))) {
                        return addIndirect(s.from(), c, i, after, new Region(c + 1, i, Pick.FIRST));
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
                && !lex.isEmpty(Kind.OBJECT_SUFFIX) && hasSpeakerWord(after, s.to()) && !hasSpeakerWord(s.from(), k + 1)) {
            return addIndirect(s.from(), k + 1, i, after, new Region(after, s.to(), Pick.FIRST));
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
            while (j > s.from() + 1 && speakerWordsOnly(j, j + 1) && !lex.endsWith(Kind.OBJECT_SUFFIX, keys.get(j))) {
                j--;
            }
            if (j < last && j > s.from() + 1 && lex.endsWith(Kind.OBJECT_SUFFIX, keys.get(j)) && hasSpeakerWord(j + 1, i)
                    && !tokens.get(j).isCapitalized()) {
                return addIndirect(s.from(), j + 1, i, after, new Region(j + 1, i, Pick.FIRST));
            }
            return false;
        }
        int subjectEnd = subjectEnd(s.from(), contentEnd);
        int contentStart = subjectEnd < 0 ? s.from() + lex.matchLength(Kind.OPENER, keys, s.from())
                : addresseeEnd(subjectEnd, contentEnd);
        int second = coordinatedClauseStart(s.from(), i);
        if (second > contentStart) {
            contentStart = second; // the second clause's content starts after the coordinator; the subject is shared
        }
        // "Раҳимов журналистларга … айтди": whom the words were told to is no part of them; nor is the document
        // they stand in ("Унда … айтилган", "Баёнотда … таъкидланди")
        for (int cut; (cut = subjectEnd >= 0 ? lex.matchLength(Kind.ADDRESSEE, keys, contentStart) : 0) > 0
                || (cut = lex.matchLength(Kind.SOURCE, keys, contentStart)) > 0; ) {
            contentStart += cut;
        }
        if (contentEnd - contentStart < 2) {
            return false;
        }
        Region r = subjectEnd < 0 ? null : new Region(s.from(), subjectEnd, Pick.FIRST);
        return addIndirect(contentStart, contentEnd, i, after, r);
    }

    /** Whether an indirect candidate whose cue lies in tokens [from, to) has a person, pronoun, role or group subject. */
    private boolean innerSpeakerNamed(int from, int to) {
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

    /** Removes the indirect candidates whose cue lies in tokens [from, to), freeing their cues. */
    private void dropIndirect(int from, int to) {
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

    private boolean cueUsedIn(int from, int to) {
        for (int t = from; t < to; t++) {
            if (cueUsed[t]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The token after the clause boundary nearest before {@code i} in the sentence: a speech verb followed by a
     * coordinator or a comma; -1 when there is none. Other converbs may belong to the reported clause ("… мүддені
     * бірінші орынға қойып, алға жылжытатынын"), so only speech verbs end the speaker's clause.
     */
    private int coordinatedClauseStart(int from, int i) {
        for (int k = i - 1; k > from; k--) {
            boolean verbBefore = cueUsed[k - 1] || ix.verbEndingAt(from, k) >= 0;
            if (verbBefore && (lex.contains(Kind.COORDINATOR, keys.get(k)) || tokens.get(k).text().equals(","))) {
                return k + 1; // "…ни айтиб, …", "… ыраазычылык билдирип, …": the speaker's clause ends there
            }
        }
        return -1;
    }

    /** The token after the subject of a verb-final clause (a name, pronoun or role noun), or -1. */
    private int subjectEnd(int from, int to) {
        int opener = lex.matchLength(Kind.OPENER, keys, from);
        if (opener > 0) {
            from += opener; // "Ал эми …", "Сондай-ақ …": a connective, never the subject ("ал" is also "he")
            while (from < to && tokens.get(from).text().equals(",")) {
                from++;
            }
        }
        for (int i = from; i < to; i++) {
            Ref ref = ix.refStartingIn(i);
            if (ref != null && ref.entity().type() == EntityType.PERSON) {
                int last = ix.tokenAtOrAfter(ref.end() - 1);
                boolean glued = tokens.get(last).end() > ref.end();
                if (!glued && last + 1 < to) {
                    return last + 1;
                }
                continue; // a name with a case ending is no subject
            }
            if (lex.matchLength(Kind.PRONOUN, keys, i) == 1) {
                return i + 1;
            }
            int group = lex.matchLength(Kind.GROUP, keys, i);
            if (group > 0 && i - clauseStartBefore(from, i) < 3) {
                // "Форум иштирокчилари … таъкидлади": a group opening its clause is the subject; its genitive
                // complement ("Кездесуге қатысушылар", "участники встречи") is part of it
                return i + group;
            }
            int role = lex.matchLength(Kind.ROLE, keys, i);
            if (role > 0 && i - clauseStartBefore(from, i) < 3) {
                // a role noun opening its clause is the subject ("Сарапшы …", "Ресейлік сарапшы …")
                int j = i + role;
                while (j < to && lex.matchLength(Kind.ROLE, keys, j) > 0 && !(lex.endsWith(Kind.GENITIVE_SUFFIX, keys.get(j))
                        && (j + 1 >= to || lex.matchLength(Kind.ROLE, keys, j + 1) == 0))) {
                    j++; // "Президентінің кеңесшісі" is one title; "Сарапшы Президенттің …" starts what was said
                }
                Ref named = ix.refStartingIn(j);
                if (named == null && j + 1 < to && Character.isUpperCase(tokens.get(j).text().charAt(0))) {
                    named = ix.refStartingIn(j + 1); // a first name the mention left out: "Ерлан [Ахметов]"
                }
                if (named != null && named.entity().type() == EntityType.PERSON) {
                    // "Қала әкімі Ерлан Ахметов …": the name after the title is the subject too
                    int last = ix.tokenAtOrAfter(named.end() - 1);
                    if (tokens.get(last).end() == named.end() && last + 1 < to) {
                        return last + 1;
                    }
                }
                return j;
            }
        }
        for (int i = from; i < to; i++) {
            Ref ref = ix.refStartingIn(i);
            int role = lex.matchLength(Kind.ORG_NOUN, keys, i);
            if (ref != null && ref.entity().type() == EntityType.ORGANIZATION) {
                role = ix.tokenAtOrAfter(ref.end() - 1) + 1 - i;
            }
            if (role > 0 && i - clauseStartBefore(from, i) < 3) {
                // an organization opening its clause is the subject ("Вазирлик … маълум қилди"), with the role noun
                // that may follow it ("Сыртқы істер министрлігі өкілдері …": its representatives)
                int end = i + role;
                while (end < to && lex.matchLength(Kind.ROLE, keys, end) > 0) {
                    end += lex.matchLength(Kind.ROLE, keys, end);
                }
                return end;
            }
        }
        return -1;
    }

    /**
     * The token after a dative addressee right after the subject ({@code мемлекет басшысы Қасым-Жомарт Тоқаевқа}: a
     * title and a name glued to a dative ending), else {@code at}: to whom the words were said is no part of them.
     */
    private int addresseeEnd(int at, int to) {
        for (int t = at; t < Math.min(to, at + Roles.MAX_TITLE_WORDS); t++) {
            Ref ref = ix.refStartingIn(t);
            if (ref != null) {
                if (ref.entity().type() != EntityType.PERSON) {
                    return at; // a body in the dative is what the words are about ("КХШТга аъзо давлатлар")
                }
                int last = ix.tokenAtOrAfter(ref.end() - 1);
                String key = keys.get(last);
                int glue = tokens.get(last).end() - ref.end();
                boolean dative = glue > 0 && lex.contains(Kind.LOCATIVE_SUFFIX, key.substring(key.length() - glue));
                return dative && speakerWordsOnly(at, t) && !genitiveIn(at, t) && last + 1 < to ? last + 1 : at;
            }
        }
        return at;
    }

    /** True when a word of tokens [from, to) ends in a genitive ({@code Президенттің}: the clause's own subject). */
    private boolean genitiveIn(int from, int to) {
        for (int t = from; t < to; t++) {
            if (lex.endsWith(Kind.GENITIVE_SUFFIX, keys.get(t))) {
                return true;
            }
        }
        return false;
    }

    private int clauseStartBefore(int from, int i) {
        int j = i;
        while (j > from && !tokens.get(j - 1).text().equals(",")) {
            j--;
        }
        return j;
    }

    /**
     * Whether a bare English clause has a finite verb ("the talks had ended", "costs rose"): "said goodbye to the
     * delegation", "reported a profit of …" are a verb and its object, no reported clause. Without `finite` data
     * (languages with no bare-clause rule) every span passes.
     */
    private boolean hasFiniteVerb(int from, int to) {
        if (lex.isEmpty(Kind.FINITE) && lex.isEmpty(Kind.FINITE_SUFFIX)) {
            return true;
        }
        for (int i = from; i < to; i++) {
            String key = keys.get(i);
            if (lex.contains(Kind.FINITE, key) || lex.endsWith(Kind.FINITE_SUFFIX, key)) {
                return true;
            }
        }
        return false;
    }

    /** Like {@link #hasFiniteVerb}, but false without {@code finite} data. */
    private boolean hasFiniteVerbStrict(int from, int to) {
        return !(lex.isEmpty(Kind.FINITE) && lex.isEmpty(Kind.FINITE_SUFFIX)) && hasFiniteVerb(from, to)
                || lex.isEmpty(Kind.FINITE) && lex.isEmpty(Kind.FINITE_SUFFIX);
    }

    private boolean hasSpeakerWord(int from, int to) {
        for (int i = from; i < to; i++) {
            if (ix.refStartingIn(i) != null || lex.matchLength(Kind.PRONOUN, keys, i) > 0
                    || lex.matchLength(Kind.GROUP, keys, i) > 0
                    || lex.matchLength(Kind.ROLE, keys, i) > 0 || lex.matchLength(Kind.ORG_NOUN, keys, i) > 0) {
                return true;
            }
        }
        return false;
    }

    private int clauseStart(TokenRange s, int i) {
        return s.from();
    }

    // ---------------------------------------------------------------- candidates

    private void addDirect(int from, int to, int cueFrom, int cueTo, Region region) {
        CharSpan span = trim(from, to);
        if (span == null) {
            return;
        }
        directSpans.add(span);
        addToUnion(span.start(), span.end());
        candidates.add(new QuoteCandidate(span.start(), span.end(), QuoteType.DIRECT, cueFrom, cueTo, region, candidates.size()));
    }

    /** Marked words inside reported speech ("… 15 мәселе, «Одағымыздың даму келешегі де» талқыланғанын …") are quoted. */
    private void quotedInsideIndirect() {
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
    private boolean addIndirect(int t0, int t1, int cueFrom, int cueTo, Region region) {
        for (int j = t0 + 1; j < t1; j++) {
            // "…, после того как …": a following clause that is the reporter's, not the speaker's; "…, отметив при
            // этом …", "…, adding …": a second speech act of the same speaker
            if (tokens.get(j - 1).text().equals(",") && (lex.matchLength(Kind.CONTENT_END, keys, j) > 0
                    || lex.isEmpty(Kind.OBJECT_SUFFIX) && lex.matchLength(Kind.VERB, keys, j) > 0)) {
                t1 = j - 1;
                break;
            }
        }
        while (t1 > t0 && (TokenIndex.isTerminal(tokens.get(t1 - 1).text()) || tokens.get(t1 - 1).text().equals(",")
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
                    && !onlyPunctuation(span.start(), d.start());
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

    private int wordsIn(int t0, int t1) {
        int n = 0;
        for (int i = t0; i < t1 && i < tokens.size(); i++) {
            if (tokens.get(i).isWord()) {
                n++;
            }
        }
        return n;
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
        while (from < to && (Character.isWhitespace(text.charAt(from)) || DASHES.indexOf(text.charAt(from)) >= 0)) {
            from++;
        }
        while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || ",;:".indexOf(text.charAt(to - 1)) >= 0
                || DASHES.indexOf(text.charAt(to - 1)) >= 0)) {
            to--;
        }
        return to - from < 2 ? null : new CharSpan(from, to);
    }

    private boolean insideDirect(int offset) {
        java.util.Map.Entry<Integer, Integer> d = directUnion.floorEntry(offset);
        return d != null && offset < d.getValue();
    }

    private void addToUnion(int from, int to) {
        java.util.Map.Entry<Integer, Integer> before = directUnion.floorEntry(from);
        if (before != null && before.getValue() >= from) {
            from = before.getKey();
            to = Math.max(to, before.getValue());
        }
        for (java.util.Map.Entry<Integer, Integer> next; (next = directUnion.ceilingEntry(from)) != null && next.getKey() <= to; ) {
            to = Math.max(to, next.getValue());
            directUnion.remove(next.getKey());
        }
        directUnion.put(from, to);
    }

    // ---------------------------------------------------------------- tokens

    private void markCue(int from, int len) {
        for (int i = from; i < from + len && i < cueUsed.length; i++) {
            if (i >= 0) {
                cueUsed[i] = true;
            }
        }
    }

    private boolean onlyPunctuation(int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int cueFrom(Region r) {
        return r == null ? -1 : r.cueFrom();
    }

    private static int cueTo(Region r) {
        return r == null ? -1 : r.cueTo();
    }
}
