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
import org.iqtibos.ner.MentionCandidate;
import org.iqtibos.result.Entity;
import org.iqtibos.result.EntityType;
import org.iqtibos.result.Mention;
import org.iqtibos.result.Quote;
import org.iqtibos.result.QuoteType;
import org.iqtibos.segment.SegmentedText;
import org.iqtibos.segment.Token;

/**
 * One article's quote search: finds quote candidates with their attribution regions, then resolves speakers in
 * text order so that pronouns can point back to earlier speakers. Made for one call and then dropped.
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
    /** Who holds a role, and each person's role in English. */
    private final Roles roles;
    /** The candidates and features a speaker model weighs. */
    private final SpeakerFeatures speakerFeatures;
    private final String text;
    private final SegmentedText segmented;
    private final CueLexicon lex;
    private final List<Token> tokens;
    private final List<String> keys;
    private final List<int[]> sentences;
    private final List<int[]> paragraphs;
    private final int[] sentenceOf;
    private final List<Ref> refs;
    private final java.util.Set<String> lowerCaseKeys;
    private final boolean[] covered;
    private final String[] entityName;
    private final java.util.Set<Entity> outlets;
    private final List<Entity> persons;
    private final List<Entity> organizations;
    private final List<QuoteCandidate> candidates = new ArrayList<>();
    private boolean[] cueUsed;
    private final List<int[]> directSpans = new ArrayList<>();
    /** Phrases in quote marks with no attribution of their own, char spans: direct when inside reported speech. */
    private final List<int[]> unattributedPairs = new ArrayList<>();
    /** Speaker names the attribution shows that no entity covers, for the caller to link (see QuoteFinder). */
    private final List<MentionCandidate> missed = new ArrayList<>();
    /** English names of missed organizations whose words the title table knows. */
    private final java.util.Map<MentionCandidate, String> missedNames = new java.util.HashMap<>();

    /** English titles; the English names of the places and organizations under each token, or null. */
    private final TitleTranslator titles;
    /** Which English offices name the same post. */
    private final Offices offices;
    /** Chooses among the speaker candidates; null: the rules' pick stands. */
    private final SpeakerRanker ranker;
    /** Each quote's candidates and their features, in the order of the quotes resolved. */
    private final List<QuoteFinder.SpeakerChoice> choices = new ArrayList<>();

    QuoteScan(SegmentedText segmented, CueLexicon lex, TitleTranslator titles, Offices offices, SpeakerRanker ranker,
              List<Entity> persons, List<Entity> organizations, List<Entity> places) {
        this.titles = titles;
        this.offices = offices;
        this.ranker = ranker;
        this.segmented = segmented;
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
        this.lowerCaseKeys = ix.lowerCaseKeys;
        this.covered = ix.covered;
        this.entityName = ix.entityName;
        this.outlets = ix.outlets;
        this.cueUsed = new boolean[tokens.size()];
        this.speakerFeatures = new SpeakerFeatures(ix, lex);
        this.roles = new Roles(ix, lex, titles, offices, this.persons);
    }

    /** The unlinked speaker names met while resolving speakers, in text order, one per span. */
    List<MentionCandidate> missedSpeakers() {
        List<MentionCandidate> out = new ArrayList<>(missed);
        out.sort(Comparator.comparingInt(MentionCandidate::start));
        return List.copyOf(out);
    }

    List<Quote> run() {
        if (tokens.isEmpty()) {
            return List.of();
        }
        Region leadIn = null;
        boolean previousHadDirect = false;
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            int[] p = paragraphs.get(pi);
            if (p[0] == p[1]) {
                continue;
            }
            Token first = tokens.get(p[0]);
            boolean dash = TokenIndex.isDash(first.text()) && first.end() < text.length()
                    && (first.text().charAt(0) != '-' || Character.isWhitespace(text.charAt(first.end())));
            int before = candidates.size();
            Region carried = previousHadDirect ? lastDirectRegion() : null;
            if (dash) {
                dashParagraph(p, leadIn != null ? leadIn : carried);
            } else if (carried != null && startsWithEllipsis(p)) {
                // "… more words" after a quoted paragraph goes on with the same speaker
                addDirect(first.start(), tokens.get(p[1] - 1).end(), carried.cueFrom(), carried.cueTo(), carried);
            } else {
                int last = closingParagraph(pi);
                int[] unit = last == pi ? p : new int[] {p[0], paragraphs.get(last)[1]};
                quoteMarks(unit, leadIn);
                colonDash(p);
                if (candidates.size() == before && leadIn == null) {
                    signedParagraph(p);
                }
                if (candidates.size() == before && leadIn == null) {
                    colonInParagraph(p);
                }
                if (leadIn != null && candidates.size() == before) {
                    // the quote announced by the previous paragraph's colon is this whole paragraph
                    addDirect(first.start(), tokens.get(p[1] - 1).end(), -1, -1, leadIn);
                }
                pi = last;
                p = paragraphs.get(last);
            }
            previousHadDirect = candidates.size() > before;
            leadIn = colonLeadIn(p, candidates.size() > before);
        }
        for (int[] s : sentences) {
            indirect(s);
        }
        quotedInsideIndirect();
        return resolve();
    }

    // ---------------------------------------------------------------- direct speech

    private void dashParagraph(int[] p, Region leadIn) {
        int pStart = tokens.get(p[0]).end();
        int pEnd = tokens.get(p[1] - 1).end();
        List<int[]> parts = new ArrayList<>();
        Matcher m = DASH_SEPARATOR.matcher(text).region(pStart, pEnd);
        int from = pStart;
        while (m.find()) {
            parts.add(new int[] {from, m.start() + 1});
            from = m.end();
        }
        parts.add(new int[] {from, pEnd});
        List<int[]> pending = new ArrayList<>();
        Region lastAttribution = null;
        for (int k = 0; k < parts.size(); k++) {
            int[] part = parts.get(k);
            int t0 = ix.tokenAtOrAfter(part[0]);
            int t1 = ix.tokenAtOrAfter(part[1]);
            if (t0 >= t1) {
                continue;
            }
            Region attribution = k == 0 ? null : attributionAt(t0, Math.min(t1, p[1]));
            if (attribution != null) {
                for (int[] q : pending) {
                    addDirect(q[0], q[1], cueFrom(attribution), cueTo(attribution), attribution);
                }
                pending.clear();
                lastAttribution = attribution;
                // narration after the attribution sentence is no quote; a dash part after it is one
                int sentenceEnd = sentences.get(sentenceOf[attribution.from()])[1];
                if (sentenceEnd < t1 && sentenceEnd < p[1]) {
                    addDirectOrNarration(tokens.get(sentenceEnd).start(), part[1], pending);
                }
            } else {
                pending.add(part);
            }
        }
        Region region = lastAttribution != null ? lastAttribution : leadIn;
        for (int[] q : pending) {
            addDirect(q[0], q[1], -1, -1, region);
        }
    }

    /** Text after an attribution sentence inside a dash part: only a dash opens more speech there. */
    private void addDirectOrNarration(int from, int to, List<int[]> pending) {
        int t = ix.tokenAtOrAfter(from);
        if (t < tokens.size() && TokenIndex.isDash(tokens.get(t).text())) {
            pending.add(new int[] {tokens.get(t).end(), to});
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
    private void quoteMarks(int[] p, Region leadIn) {
        int pStart = tokens.get(p[0]).start();
        int pEnd = tokens.get(p[1] - 1).end();
        Deque<int[]> stack = new ArrayDeque<>(); // {char, offset}
        List<int[]> pairs = new ArrayList<>();
        List<Integer> orphans = new ArrayList<>();
        for (int i = pStart; i < pEnd; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '«': case '„':
                    stack.push(new int[] {c, i});
                    break;
                case '»':
                    close(stack, pairs, orphans, i, '«');
                    break;
                case '“':
                    if (!stack.isEmpty() && stack.peek()[0] == '„') {
                        close(stack, pairs, orphans, i, '„');
                    } else if (opensAt(i, pStart)) {
                        stack.push(new int[] {c, i});
                    } else {
                        close(stack, pairs, orphans, i, '“');
                    }
                    break;
                case '”':
                    close(stack, pairs, orphans, i, stack.isEmpty() ? '“' : (char) stack.peek()[0]);
                    break;
                case '"':
                    if (!stack.isEmpty() && stack.peek()[0] == '"' && !opensAt(i, pStart)) {
                        close(stack, pairs, orphans, i, '"');
                    } else if (!stack.isEmpty() && stack.peek()[0] == '"' && closesAt(i, pEnd)) {
                        close(stack, pairs, orphans, i, '"');
                    } else if (opensAt(i, pStart)) {
                        stack.push(new int[] {c, i});
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
            int[] bottom = stack.peekLast();
            if (bottom[1] == pStart) {
                // a quote running on into the next paragraph: it ends with this one
                pairs.add(new int[] {bottom[1], pEnd});
            }
        }
        for (int[] pair : pairs) {
            classifyPair(p, pair[0], pair[1], leadIn);
        }
        for (int closer : orphans) {
            // the opening mark was lost: the quote runs from the paragraph's start
            Region r = afterAttribution(closer + 1, p[1]);
            if (r != null && pStart < closer) {
                addDirect(pStart, closer, cueFrom(r), cueTo(r), r);
            }
        }
    }

    private void close(Deque<int[]> stack, List<int[]> pairs, List<Integer> orphans, int at, char opener) {
        while (!stack.isEmpty() && stack.peek()[0] != opener) {
            stack.pop();
        }
        if (stack.isEmpty()) {
            orphans.add(at);
            return;
        }
        int[] open = stack.pop();
        if (stack.isEmpty()) {
            pairs.add(new int[] {open[1], at});
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

    private void classifyPair(int[] p, int open, int close, Region leadIn) {
        int cs = open + 1;
        int ce = close;
        if (wordsIn(ix.tokenAtOrAfter(cs), ix.tokenAtOrAfter(ce)) < 2) {
            return; // one word in marks ("Азаттыкка", «Нур Отан») names something; it is no quote
        }
        Region r = afterAttribution(close + 1, p[1]);
        if (r != null) {
            addDirect(cs, ce, cueFrom(r), cueTo(r), r);
            return;
        }
        int pStart = tokens.get(p[0]).start();
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
                && onlyPunctuation(close + 1, tokens.get(p[1] - 1).end())) {
            // "“A,” Clarke said. “B.”": the marks after the attribution sentence go on with the same speaker
            addDirect(cs, ce, last.cueFrom(), last.cueTo(), last.region());
            return;
        }
        if (open == pStart && onlyPunctuation(close + 1, tokens.get(p[1] - 1).end())) {
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
            unattributedPairs.add(new int[] {cs, ce});
        }
        if (words >= 2 && t0 < t1 && (afterComplementizer || Character.isLowerCase(tokens.get(t0).text().codePointAt(0)))) {
            int[] s = sentences.get(sentenceOf[t0]);
            int verb = ix.findVerb(s[0], s[1]);
            if (verb >= 0) {
                Region partial = new Region(s[0], t0, Pick.FIRST);
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
        if (t0 >= t1 || !tokens.get(t0).isCapitalized() || wordsIn(t0, t1) > MAX_NAME_WORDS) {
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
    private void colonInParagraph(int[] p) {
        for (int c = p[0] + 1; c < p[1] - 3; c++) {
            if (!tokens.get(c).text().equals(":")) {
                continue;
            }
            int from = sentences.get(sentenceOf[c])[0];
            if (c < p[1] && TokenIndex.isQuoteChar(tokens.get(c + 1).text())) {
                return; // marks after the colon: the quote-mark patterns decide
            }
            Ref named = ix.refStartingIn(named(from, c));
            int verb = ix.verbEndingAt(from, c);
            boolean person = named != null && named.entity().type() == EntityType.PERSON
                    && ix.tokenAtOrAfter(named.end() - 1) == c - 1 && tokens.get(c - 1).end() == named.end();
            if (verb >= 0) {
                markCue(verb, c - verb);
                addIndirect(c + 1, p[1], verb, c, new Region(from, verb, Pick.FIRST, verb, c));
            } else if (person) {
                addDirect(tokens.get(c + 1).start(), tokens.get(p[1] - 1).end(), -1, -1, new Region(from, c, Pick.FIRST));
            }
            return;
        }
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
    private void signedParagraph(int[] p) {
        for (int d = p[1] - 2; d > p[0] + 1; d--) {
            if (TokenIndex.isDash(tokens.get(d).text())) {
                Region r = signedByName(d, p[1]);
                if (r != null) {
                    addIndirect(p[0], d, -1, -1, r);
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
    private Region beforeAttribution(int open, int[] p) {
        int t = ix.tokenAtOrAfter(open) - 1;
        while (t >= p[0] && TokenIndex.isDash(tokens.get(t).text())) {
            t--;
        }
        if (t < p[0]) {
            return null;
        }
        int[] s = sentences.get(sentenceOf[t]);
        int from = s[0];
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
    private void colonDash(int[] p) {
        int pStart = tokens.get(p[0]).start();
        int pEnd = tokens.get(p[1] - 1).end();
        Matcher m = COLON_DASH.matcher(text).region(pStart, pEnd);
        if (m.find()) {
            int colon = ix.tokenAtOrAfter(m.start());
            int[] s = sentences.get(sentenceOf[colon]);
            int verb = ix.findVerb(s[0], colon);
            if (verb >= 0) {
                int len = lex.matchLength(Kind.VERB, keys, verb);
                markCue(verb, len);
                Region r = new Region(s[0], colon, Pick.FIRST, verb, verb + len);
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

    private boolean startsWithEllipsis(int[] p) {
        String t = tokens.get(p[0]).text();
        return t.equals("…") || (t.equals(".") && p[0] + 1 < p[1] && tokens.get(p[0] + 1).text().equals("."));
    }

    /**
     * The paragraph that closes a quote opened at the start of paragraph {@code pi} and left open there (a quote
     * of several paragraphs), or {@code pi}.
     */
    private int closingParagraph(int pi) {
        int[] p = paragraphs.get(pi);
        int from = tokens.get(p[0]).start();
        int to = tokens.get(p[1] - 1).end();
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
            int[] q = paragraphs.get(k);
            if (q[0] == q[1]) {
                continue;
            }
            int qf = tokens.get(q[0]).start();
            int qt = tokens.get(q[1] - 1).end();
            if (text.charAt(qf) == open || TokenIndex.isDash(tokens.get(q[0]).text())) {
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
    private Region colonLeadIn(int[] p, boolean hadQuote) {
        Token last = tokens.get(p[1] - 1);
        if (!last.text().equals(":") || hadQuote) {
            return null;
        }
        int[] s = sentences.get(sentenceOf[p[1] - 1]);
        int verb = ix.findVerb(s[0], p[1] - 1);
        if (verb < 0) {
            // "Name, title:" over an interview answer names the speaker without a verb
            return hasPersonIn(s[0], p[1] - 1) && p[1] - p[0] <= 25 ? new Region(s[0], p[1] - 1, Pick.FIRST) : null;
        }
        int len = lex.matchLength(Kind.VERB, keys, verb);
        markCue(verb, len);
        return new Region(s[0], p[1] - 1, Pick.FIRST, verb, verb + len);
    }

    // ---------------------------------------------------------------- indirect speech

    private void indirect(int[] s) {
        anaphoric(s);
        for (int i = s[0]; i < s[1]; i++) {
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
            if (len > 0 && (!after.is(Flag.NAME) || ix.nameEndsAt(i - 1, s[0])) && accordingAfter(s, i, len)) {
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
    private void anaphoric(int[] s) {
        for (int a = s[0]; a < Math.min(s[1], s[0] + 3); a++) {
            int len = lex.matchLength(Kind.ANAPHOR, keys, a);
            if (len == 0) {
                continue;
            }
            int verb = ix.findVerb(a + len, s[1]);
            int si = sentenceOf[s[0]];
            if (verb < 0 || cueUsed[verb] || si == 0) {
                return;
            }
            if (outletReports(a + len, verb)) {
                return; // "Бу ҳақда Sputnik агентлиги хабар берди": an outlet reporting an event quotes no one
            }
            int[] prev = sentences.get(si - 1);
            if (ix.paragraphOf(s[0]) != ix.paragraphOf(s[0] - 1) && TokenIndex.isTerminal(tokens.get(prev[1] - 1).text())) {
                return; // only a headline (no closing stop) is what the next paragraph's "Об этом …" points back to
            }
            if (insideDirect(tokens.get(prev[0]).start())) {
                return;
            }
            int vlen = lex.matchLength(Kind.VERB, keys, verb);
            // "A calls on B to … . Бу ҳақда X маълум қилди.": X made the whole sentence known, a clause read inside
            // it gives way
            int pFrom = tokens.get(prev[0]).start();
            int pTo = tokens.get(prev[1] - 1).end();
            candidates.removeIf(c -> c.type() == QuoteType.INDIRECT && c.start() >= pFrom && c.end() <= pTo);
            addIndirect(prev[0], prev[1], verb, verb + vlen, new Region(a + len, s[1], Pick.FIRST, verb, verb + vlen));
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


    private boolean accordingBefore(int[] s, int i, int len) {
        int comma = -1;
        for (int j = i + len; j < Math.min(s[1], i + len + 8); j++) {
            if (tokens.get(j).text().equals(",")) {
                comma = j;
                break;
            }
        }
        Region r = new Region(i, comma < 0 ? Math.min(s[1], i + len + 4) : comma, Pick.FIRST);
        if (i > s[0] && tokens.get(i - 1).text().equals(",") && (comma < 0 || TokenIndex.isTerminal(tokens.get(comma).text()))) {
            // "…, по словам X." closes its sentence
            return addIndirect(s[0], i - 1, i, i + len, r);
        }
        if (comma < 0) {
            return false;
        }
        return addIndirect(comma + 1, s[1], i, i + len, r);
    }

    private boolean accordingAfter(int[] s, int i, int len) {
        int clause = i - 1;
        while (clause >= s[0] && !tokens.get(clause).text().equals(",")) {
            clause--;
        }
        Phrase phrase = lex.matchAt(Kind.ACCORDING_AFTER, keys, i);
        // an impersonal "as was noted" names no one before it: the source just quoted goes on speaking
        Region r = phrase != null && phrase.is(Flag.PASSIVE) && clause + 1 >= i ? null
                : new Region(Math.max(s[0], clause + 1), i + len, Pick.LAST);
        int next = i + len;
        if (next < s[1] && tokens.get(next).text().equals(",")) {
            next++;
        }
        if (next >= s[1] || TokenIndex.isTerminal(tokens.get(next).text())) {
            return clause > s[0] && addIndirect(s[0], clause, i, i + len, r);
        }
        return addIndirect(next, s[1], i, i + len, r);
    }

    /** Inside a direct quote only a named person's "X said that …" counts as reported speech. */
    private boolean reportedInsideQuote(int[] s, int i, int len) {
        int from = i - 1;
        while (from >= s[0] && tokens.get(from).isWord()) {
            from--;
        }
        if (!hasPersonIn(from + 1, i)) {
            return false;
        }
        for (int j = i + len; j < Math.min(s[1], i + len + COMPLEMENTIZER_REACH); j++) {
            if (TokenIndex.isTerminal(tokens.get(j).text()) || lex.matchLength(Kind.VERB, keys, j) > 0) {
                return false;
            }
            if (lex.contains(Kind.COMPLEMENTIZER, keys.get(j))) {
                return addIndirect(j + 1, s[1], i, i + len, new Region(from + 1, i, Pick.FIRST));
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

    private boolean speechVerb(int[] s, int i, int len) {
        int after = i + len;
        // (a) verb, complementizer, content: "заявил, что …", "said on Monday that …"
        for (int j = after; j < Math.min(s[1], after + COMPLEMENTIZER_REACH); j++) {
            if (TokenIndex.isTerminal(tokens.get(j).text()) || TokenIndex.isQuoteChar(tokens.get(j).text())
                    || lex.matchLength(Kind.VERB, keys, j) > 0) {
                break;
            }
            if (lex.contains(Kind.COMPLEMENTIZER, keys.get(j))) {
                if (j + 1 < s[1] && !lex.isEmpty(Kind.FINITE_SUFFIX) && lex.endsWith(Kind.FINITE_SUFFIX, keys.get(j + 1))) {
                    return false; // "media reports that carried videos …": "that" is a relative pronoun here
                }
                return addIndirect(j + 1, s[1], i, after, new Region(clauseStart(s, i), j, Pick.FIRST));
            }
        }
        Phrase cue = lex.matchAt(Kind.VERB, keys, i);
        // (a') "called on X to …", "vowed to …", "призвал …": what follows the verb, to the clause end, is the content
        if (cue != null && cue.is(Flag.OBJECT_CONTENT) && after + 1 < s[1] && tokens.get(after).isWord()) {
            int end = after;
            while (end < s[1] && !tokens.get(end).text().equals(",") && !TokenIndex.isTerminal(tokens.get(end).text())
                    && !(end > after && lex.contains(Kind.COORDINATOR, keys.get(end))
                    && lex.matchLength(Kind.VERB, keys, end + 1) > 0)) {
                end++;
            }
            return addIndirect(after, end, i, after, new Region(clauseStart(s, i), i, Pick.FIRST));
        }
        // (a'') "stressed the importance of …", "отметил необходимость …": a noun whose object is the content
        for (int j = after; j < Math.min(s[1], after + 2); j++) {
            if (lex.matchLength(Kind.CONTENT_NOUN, keys, j) > 0) {
                int end = j;
                while (end < s[1] && !tokens.get(end).text().equals(",") && !TokenIndex.isTerminal(tokens.get(end).text())) {
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
        if (!takesObject && !lex.isEmpty(Kind.NOT_CONTENT) && after < s[1] && i > s[0] && tokens.get(after).isWord()
                && !lex.contains(Kind.NOT_CONTENT, keys.get(after)) && s[1] - after >= 4
                && hasSpeakerWord(clauseStart(s, i), i) && hasFiniteVerb(after, s[1])) {
            return addIndirect(after, s[1], i, after, new Region(clauseStart(s, i), i, Pick.FIRST));
        }
        // (c) content, verb, speaker: "…, заявил X", "…, деб хабар қилди X"
        int k = i - 1;
        boolean quotativeBefore = k > s[0] && lex.contains(Kind.QUOTATIVE, keys.get(k));
        if (quotativeBefore) {
            k--;
        }
        boolean endsSentence = after >= s[1] || TokenIndex.isTerminal(tokens.get(after).text());
        if (k > s[0] && tokens.get(k).text().equals(",") && !endsSentence) {
            if (outletReports(after, s[1]) || cueUsedIn(s[0], k)) {
                // "…, deya xabar beradi Kun.uz": an outlet reports an event, or words already attributed inside
                // ("Bu haqda vazir … ma'lum qildi, deya xabar beradi …"): the outlet quotes no one of its own
                return false;
            }
            return addIndirect(s[0], k, i, after, new Region(after, s[1], Pick.FIRST));
        }
        // (c'') content, speaker, verb: "The talks were productive, Clarke said." / "…, he said, adding that …";
        // not in verb-final languages (those with object-suffix data), where a clause before the comma is the
        // speaker's own action ("X natija e'lon qilingach, … so'zladi")
        // "…, X said at a news conference." / "…, X told AFP on Saturday.": a phrase with no verb may follow
        boolean endsClause = endsSentence || tokens.get(after).text().equals(",")
                || s[1] - after <= 8 && !hasFiniteVerbStrict(after, s[1]);
        if (endsClause && !quotativeBefore && lex.isEmpty(Kind.OBJECT_SUFFIX)) {
            // the speaker phrase is bounded by the comma, not by a word count: "…, Deputy Prime Minister for
            // Investments and Foreign Economic Relations Laziz Kudratov said"
            for (int c = i - 1; c > s[0] + 2; c--) {
                String t = tokens.get(c).text();
                if (t.equals(",")) {
                    if (c < i - 1 && hasSpeakerWord(c + 1, i) && hasFiniteVerb(s[0], c)
                            && ix.findVerb(c + 1, i) < 0 && (c >= i - 4 || speakerWordsOnly(c + 1, i))) {
                        return addIndirect(s[0], c, i, after, new Region(c + 1, i, Pick.FIRST));
                    }
                    break;
                }
                if (!tokens.get(c).isWord()) {
                    break;
                }
            }
        }
        // (c') Kazakh writes no comma before the quotative: "… басталады деп хабарлады әкім Ерлан Ахметов"; the
        // quotative right before the verb marks the end of the content as well, when a speaker word follows the verb
        if (quotativeBefore && !endsSentence && k > s[0] && !lex.contains(Kind.CATAPHOR, keys.get(k))
                && !lex.isEmpty(Kind.OBJECT_SUFFIX) && hasSpeakerWord(after, s[1]) && !hasSpeakerWord(s[0], k + 1)) {
            return addIndirect(s[0], k + 1, i, after, new Region(after, s[1], Pick.FIRST));
        }
        // (d) verb-final clause: "… у …лигини таъкидлади", "… деп атап өтті"; the clause may end at a coordinator
        // that opens a second clause of the same subject ("… айтди ва … қўшимча қилди")
        boolean endsVerbFinalClause = endsSentence || after + 1 < s[1]
                && (lex.contains(Kind.COORDINATOR, keys.get(after)) || tokens.get(after).text().equals(","));
        if (lex.isEmpty(Kind.OBJECT_SUFFIX) || !endsVerbFinalClause || i - 1 <= s[0]) {
            return false;
        }
        // particles and adverbs between the content and the verb ("… мумкинлигини ҳам эслатди", "… алоҳида
        // таъкидланди") belong to neither: the content ends before them
        int last = i - 1;
        while (last - 1 > s[0] && lex.contains(Kind.PARTICLE, keys.get(last))) {
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
                || verb != null && verb.is(Flag.PASSIVE) && lex.endsWith(Kind.CLAUSE_SUFFIX, keys.get(last))) {
            // "…лигини таъкидлади"; a passive's subject is the clause itself: "… намойиш этгани таъкидланди"
            contentEnd = last + 1;
        } else {
            // "… талкуулашканын Тышкы иштер министрлигинин басма сөз кызматы кабарлады": the speaker stands between
            // the reported clause and the verb
            int j = last;
            while (j > s[0] + 1 && speakerWordsOnly(j, j + 1) && !lex.endsWith(Kind.OBJECT_SUFFIX, keys.get(j))) {
                j--;
            }
            if (j < last && j > s[0] + 1 && lex.endsWith(Kind.OBJECT_SUFFIX, keys.get(j)) && hasSpeakerWord(j + 1, i)
                    && !tokens.get(j).isCapitalized()) {
                return addIndirect(s[0], j + 1, i, after, new Region(j + 1, i, Pick.FIRST));
            }
            return false;
        }
        int subjectEnd = subjectEnd(s[0], contentEnd);
        int contentStart = subjectEnd < 0 ? s[0] : subjectEnd;
        int second = coordinatedClauseStart(s[0], i);
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
        Region r = subjectEnd < 0 ? null : new Region(s[0], subjectEnd, Pick.FIRST);
        return addIndirect(contentStart, contentEnd, i, after, r);
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
                while (j < to && lex.matchLength(Kind.ROLE, keys, j) > 0) {
                    j++;
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
                // an organization opening its clause is the subject ("Вазирлик … маълум қилди")
                return i + role;
            }
        }
        return -1;
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

    private int clauseStart(int[] s, int i) {
        return s[0];
    }

    // ---------------------------------------------------------------- candidates

    private void addDirect(int from, int to, int cueFrom, int cueTo, Region region) {
        int[] span = trim(from, to);
        if (span == null) {
            return;
        }
        directSpans.add(span);
        candidates.add(new QuoteCandidate(span[0], span[1], QuoteType.DIRECT, cueFrom, cueTo, region, candidates.size()));
    }

    /** Marked words inside reported speech ("… 15 мәселе, «Одағымыздың даму келешегі де» талқыланғанын …") are quoted. */
    private void quotedInsideIndirect() {
        List<QuoteCandidate> indirect = candidates.stream().filter(c -> c.type() == QuoteType.INDIRECT).toList();
        for (int[] pair : unattributedPairs) {
            if (insideDirect(pair[0])) {
                continue;
            }
            for (QuoteCandidate c : indirect) {
                if (c.start() <= pair[0] && pair[1] <= c.end()) {
                    if (pair[1] - pair[0] > 0.6 * (c.end() - c.start())) {
                        candidates.remove(c); // the reported words are all in marks: a direct quote
                    }
                    addDirect(pair[0], pair[1], c.cueFrom(), c.cueTo(), c.region());
                    break;
                }
            }
        }
    }

    /** Adds the indirect content tokens [t0, t1) unless it is mostly a direct quote already. */
    private boolean addIndirect(int t0, int t1, int cueFrom, int cueTo, Region region) {
        for (int j = t0 + 1; j < t1; j++) {
            // "…, после того как …": a following clause that is the reporter's, not the speaker's
            if (tokens.get(j - 1).text().equals(",") && lex.matchLength(Kind.CONTENT_END, keys, j) > 0) {
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
        int[] span = trim(tokens.get(t0).start(), tokens.get(t1 - 1).end());
        if (span == null) {
            return false;
        }
        int quoted = 0;
        for (int[] d : directSpans) {
            int ov = Math.min(d[1], span[1]) - Math.max(d[0], span[0]);
            boolean nested = d[0] < span[0] && span[1] <= d[1] && span[1] - span[0] < 0.5 * (d[1] - d[0]);
            if (!nested) {
                quoted += Math.max(0, ov);
            }
            // reported speech that quotes some of its words ("заявил, что народ \"достоин …\"") is both
            boolean partial = span[0] <= d[0] && d[1] <= span[1] && wordsOutside(t0, t1, d) >= 1
                    && !onlyPunctuation(span[0], d[0]);
            if (ov > 0 && ov >= 0.5 * (span[1] - span[0]) && !nested && !partial) {
                return false;
            }
        }
        if (quoted > 0.6 * (span[1] - span[0])) {
            return false; // «A», а народы «B»: quoted pieces with a few linking words are direct quotes alone
        }
        for (QuoteCandidate c : candidates) {
            if (c.type() == QuoteType.INDIRECT && Math.min(c.end(), span[1]) > Math.max(c.start(), span[0])) {
                return false;
            }
        }
        markCue(cueFrom, cueTo - cueFrom);
        candidates.add(new QuoteCandidate(span[0], span[1], QuoteType.INDIRECT, cueFrom, cueTo, region, candidates.size()));
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
    private int wordsOutside(int t0, int t1, int[] d) {
        int n = 0;
        for (int i = t0; i < t1; i++) {
            Token tok = tokens.get(i);
            if (tok.isWord() && (tok.end() <= d[0] || tok.start() >= d[1])) {
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

    private int[] trim(int from, int to) {
        while (from < to && (Character.isWhitespace(text.charAt(from)) || DASHES.indexOf(text.charAt(from)) >= 0)) {
            from++;
        }
        while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || ",;:".indexOf(text.charAt(to - 1)) >= 0
                || DASHES.indexOf(text.charAt(to - 1)) >= 0)) {
            to--;
        }
        return to - from < 2 ? null : new int[] {from, to};
    }

    private boolean insideDirect(int offset) {
        for (int[] d : directSpans) {
            if (offset >= d[0] && offset < d[1]) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- speakers

    private List<Quote> resolve() {
        List<QuoteCandidate> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingInt(QuoteCandidate::start));
        SpeakerContext context = new SpeakerContext();
        List<Quote> out = new ArrayList<>();
        for (QuoteCandidate c : ordered) {
            Entity rule = speakerOf(c, context);
            List<Entity> options = new ArrayList<>();
            List<List<String>> features = new ArrayList<>();
            Region r = c.region();
            speakerFeatures.options(new SpeakerFeatures.Quoted(c.start(), c.end(), c.type(), c.cueFrom(),
                    r == null ? -1 : r.from(), r == null ? -1 : r.to()), rule, reason, context.lastSpeaker,
                    context.lastOrganization, options, features);
            choices.add(new QuoteFinder.SpeakerChoice(c.start(), c.end(),
                    options.stream().map(e -> e == null ? null : e.id()).toList(), features));
            Entity speaker = ranker == null ? rule : options.get(ranker.best(features));
            if (speaker != null && speaker.type() == EntityType.PERSON) {
                context.lastSpeaker = speaker;
                context.lastSpeakerAt = c.start();
            } else if (speaker != null && !outlets.contains(speaker)) {
                context.lastOrganization = speaker;
                context.lastOrganizationAt = c.start();
            }
            Mention cue = c.cueFrom() >= 0
                    ? Mention.of(text, tokens.get(c.cueFrom()).start(), tokens.get(c.cueTo() - 1).end()) : null;
            out.add(new Quote(text.substring(c.start(), c.end()), c.start(), c.end(), c.type(),
                    speaker == null ? null : speaker.id(), speaker == null ? null : speaker.name(),
                    speaker == null ? null : roles.roleOf(speaker), cue));
        }
        return out;
    }

    List<QuoteFinder.SpeakerChoice> choices() {
        return List.copyOf(choices);
    }

    /** Who spoke last, carried from quote to quote. */
    private static final class SpeakerContext {
        Entity lastSpeaker;
        int lastSpeakerAt = -1;
        Entity lastOrganization;
        int lastOrganizationAt = -1;
    }

    /** Which rule gave the last {@link #speakerOf} answer (a feature of the speaker model). */
    private String reason = "none";

    private Entity because(String why, Entity speaker) {
        reason = why;
        return speaker;
    }

    private Entity speakerOf(QuoteCandidate c, SpeakerContext ctx) {
        int at = c.start();
        Gender gender = Gender.UNKNOWN;
        if (c.cueFrom() >= 0) {
            gender = lex.verbGender(keys.get(c.cueFrom()));
        }
        Region r = c.region();
        if (r != null) {
            int from = tokens.get(Math.min(r.from(), tokens.size() - 1)).start();
            int to = r.to() > r.from() ? tokens.get(r.to() - 1).end() : from;
            Entity e = pickRef(from, to, r.pick(), EntityType.PERSON, c);
            if (e != null) {
                return because("name", e);
            }
            Entity outlet = null;
            int[] name = unlinkedName(r, c);
            if (name != null) {
                addMissed(name[0], name[1], EntityType.PERSON);
            }
            for (int i = r.from(); i < r.to(); i++) {
                if (tokens.get(i).start() >= c.start() && tokens.get(i).start() < c.end()) {
                    continue; // the quote's own words never name its speaker
                }
                Ref ref = ix.refStartingIn(i);
                if (ref != null && ref.entity().type() == EntityType.ORGANIZATION && titles.headFinal(lex.language())
                        && lex.matchLength(Kind.ROLE, keys, ix.tokenAtOrAfter(ref.end() - 1) + 1) > 0) {
                    // "Rossiya TIV rahbari …": the head of that body speaks, not the body
                    Entity holder = roles.holderOf(ref.entity());
                    if (holder != null) {
                        return because("role-of-org", holder);
                    }
                }
                if (ref != null && ref.entity().type() == EntityType.ORGANIZATION
                        && (ref.start() < c.start() || ref.start() >= c.end())) {
                    if (!outlets.contains(ref.entity())) {
                        return because("org", ref.entity());
                    }
                    outlet = outlet == null ? ref.entity() : outlet; // "Reuters reports that the ministry said …"
                    i = Math.max(i, ix.tokenAtOrAfter(ref.end() - 1));
                    continue;
                }
                int verbLen = lex.matchLength(Kind.VERB, keys, i);
                if (verbLen > 0) {
                    i += verbLen - 1; // "xabar bermoqda" is a verb, not the noun "xabar"
                    continue;
                }
                Entity acronym = acronymOrganization(i);
                if (acronym != null) {
                    return because("acronym", acronym);
                }
                if (lex.matchLength(Kind.GROUP, keys, i) > 0) {
                    return because("group", null); // "участники встречи отметили": many people speak, none of them is named
                }
                Phrase pronoun = lex.matchAt(Kind.PRONOUN, keys, i);
                if (pronoun != null) {
                    Gender g = CueLexicon.gender(pronoun);
                    return because("pronoun", salientPerson(at, g == Gender.UNKNOWN ? gender : g, ctx));
                }
                Phrase role = lex.matchAt(Kind.ROLE, keys, i);
                if (role != null && !titles.headFinal(lex.language()) && roles.organizationNamedAt(i + role.words().size()) != null) {
                    // "по словам главы российского МИД": the head of that body
                    Entity holder = roles.holderOf(roles.organizationNamedAt(i + role.words().size()));
                    if (holder != null) {
                        return because("role-of-org", holder);
                    }
                }
                if (role != null && !organizationNounFollows(i + role.words().size(), r.to())) {
                    Entity holder = roles.holder(role, i, at, ctx.lastSpeaker);
                    return because("role", holder != null ? holder : salientPerson(at, gender, ctx));
                }
                Phrase orgNoun = lex.matchAt(Kind.ORG_NOUN, keys, i);
                if (orgNoun != null) {
                    // "өкмөттүн маалымат кызматы": in a chain of body nouns the last one is the body that speaks
                    int end = i + orgNoun.words().size();
                    for (Phrase next; titles.headFinal(lex.language()) && end < r.to()
                            && lex.matchLength(Kind.VERB, keys, end) == 0
                            && (next = lex.matchAt(Kind.ORG_NOUN, keys, end)) != null && !next.is(Flag.DOCUMENT); ) {
                        orgNoun = next;
                        end += next.words().size();
                    }
                    if (!covered[i] && !orgNoun.is(Flag.DOCUMENT)
                            && (!orgNoun.is(Flag.GENERIC) || organizationFor(orgNoun, at, ctx) == null)
                            && namedOrganization(orgNoun, at) == null) {
                        int start = organizationPhraseStart(i, r.from());
                        if (start < 0 && end > i + 1 && titles.knows(lex.language(), keys, i)) {
                            start = i; // two body nouns name the body themselves
                        }
                        if (start >= 0) {
                            // "… deya xabar bermoqda Oʻzbekiston prezidenti matbuot xizmati": a body the NER missed
                            addMissed(start, end, EntityType.ORGANIZATION);
                        }
                    }
                    // "the ministry said" points at an organization or at no one, never at a person
                    return because("org-noun", organizationFor(orgNoun, at, ctx));
                }
            }
            if (outlet != null) {
                return because("outlet", null); // an outlet reports: the words are someone else's, unnamed here
            }
        }
        if (c.cueFrom() >= 0) {
            Phrase verb = lex.matchAt(Kind.VERB, keys, c.cueFrom());
            if (verb == null) {
                verb = lex.matchAt(Kind.ACCORDING_AFTER, keys, c.cueFrom()); // "Қайд этилишича, …" (as was noted)
            }
            if (verb != null && verb.is(Flag.PASSIVE)) {
                // "… таъкидланди" (it was stressed): an impersonal verb goes on with the source just quoted, person or
                // body; with none quoted before, the text names no one
                return because("passive", justNamed(c, ctx));
            }
        }
        // Uzbek, Kazakh and Russian drop the subject pronoun: the speaker is the one in focus
        return because("focus", salientPerson(at, gender, ctx));
    }

    /**
     * The source an impersonal verb goes on with: the one body named in its sentence or the one before (outside
     * quotes, no outlet: {@code Вазирлик матбуот хизмати маълумот тарқатди. Унда … таъкидланган}), else the source
     * quoted last, else no one. A person merely named ({@code X шаҳарга келди}) is no source.
     */
    private Entity justNamed(QuoteCandidate c, SpeakerContext ctx) {
        int cue = c.cueFrom() >= 0 ? c.cueFrom() : Math.min(tokens.size() - 1, ix.tokenAtOrAfter(c.start()));
        int from = tokens.get(sentences.get(Math.max(0, sentenceOf[cue] - 1))[0]).start();
        java.util.Set<Entity> bodies = new java.util.LinkedHashSet<>();
        for (int k = ix.firstRefAtOrAfter(from); k < refs.size() && refs.get(k).start() < c.start(); k++) {
            Ref ref = refs.get(k);
            if (ref.entity().type() == EntityType.ORGANIZATION && !outlets.contains(ref.entity())
                    && !insideDirect(ref.start()) && !insideCandidate(ref.start()) && !whereOrToWhom(ref)) {
                bodies.add(ref.entity());
            }
        }
        if (bodies.size() == 1) {
            return bodies.iterator().next();
        }
        return ctx.lastSpeakerAt >= ctx.lastOrganizationAt ? ctx.lastSpeaker : ctx.lastOrganization;
    }

    /** A name glued to a dative or locative ending ({@code парламентте}, {@code вазирликка}): where, not who. */
    private boolean whereOrToWhom(Ref ref) {
        int last = ix.tokenAtOrAfter(ref.end() - 1);
        if (last >= tokens.size() || tokens.get(last).end() <= ref.end()) {
            return false;
        }
        String key = keys.get(last);
        String suffix = key.substring(Math.max(0, key.length() - (tokens.get(last).end() - ref.end())));
        return lex.contains(Kind.LOCATIVE_SUFFIX, suffix);
    }

    private Entity pickRef(int from, int to, Pick pick, EntityType type, QuoteCandidate c) {
        Ref best = null;
        for (Ref ref : refs) {
            if (ref.entity().type() != type || ref.start() < from || ref.start() >= to) {
                continue;
            }
            if (ref.start() >= c.start() && ref.start() < c.end()) {
                continue; // a name inside the quote is not its speaker
            }
            int t = ix.tokenAtOrAfter(ref.start());
            if (pick == Pick.FIRST && (t > 0 && lex.contains(Kind.PREPOSITION, keys.get(t - 1))
                    || ix.postpositionAfter(ix.tokenAtOrAfter(ref.end() - 1)))) {
                continue;
            }
            if (best == null || pick == Pick.LAST) {
                best = ref;
                if (pick == Pick.FIRST) {
                    break;
                }
            }
        }
        return best == null ? null : best.entity();
    }

    /**
     * The person in focus before offset {@code at}: the later of the last speaker and the last person named as a
     * sentence's subject (not inside a quote, not after a preposition, not glued to a case ending); failing that the
     * last person named at all, or the article's only person.
     */
    private Entity salientPerson(int at, Gender gender, SpeakerContext ctx) {
        Entity subject = null;
        int subjectAt = -1;
        Entity any = null;
        for (Ref ref : refs) {
            if (ref.start() >= at) {
                break;
            }
            if (ref.entity().type() != EntityType.PERSON || !agrees(ref.entity(), gender) || insideCandidate(ref.start())) {
                continue;
            }
            any = ref.entity();
            int t = ix.tokenAtOrAfter(ref.start());
            int last = ix.tokenAtOrAfter(ref.end() - 1);
            boolean glued = last < tokens.size() && tokens.get(last).end() > ref.end();
            boolean afterPreposition = t > 0 && lex.contains(Kind.PREPOSITION, keys.get(t - 1));
            if (!glued && !afterPreposition) {
                subject = ref.entity();
                subjectAt = ref.start();
            }
        }
        if (ctx.lastSpeaker != null && agrees(ctx.lastSpeaker, gender) && ctx.lastSpeakerAt >= subjectAt) {
            return ctx.lastSpeaker;
        }
        if (subject != null) {
            return subject;
        }
        if (ctx.lastSpeaker != null && agrees(ctx.lastSpeaker, gender)) {
            return ctx.lastSpeaker;
        }
        if (any != null) {
            return any;
        }
        List<Entity> fit = persons.stream().filter(p -> agrees(p, gender)).toList();
        return fit.size() == 1 ? fit.get(0) : null;
    }

    private boolean insideCandidate(int offset) {
        for (QuoteCandidate c : candidates) {
            if (offset >= c.start() && offset < c.end()) {
                return true;
            }
        }
        return false;
    }

    private boolean agrees(Entity person, Gender gender) {
        if (gender == Gender.UNKNOWN) {
            return true;
        }
        Gender g = genderOf(person);
        return g == Gender.UNKNOWN || g == gender;
    }

    private Gender genderOf(Entity person) {
        for (Mention m : person.mentions()) {
            Gender g = lex.nameGender(m.text());
            if (g != Gender.UNKNOWN) {
                return g;
            }
        }
        return Gender.UNKNOWN;
    }

    /**
     * The organization an organization noun points at: the latest one whose name contains the noun ({@code the
     * ministry} → {@code Ministry of Energy}), else the later of the last organization quoted and the last named
     * outside quotes, else the article's only organization.
     */
    private Entity organizationFor(Phrase orgNoun, int at, SpeakerContext ctx) {
        Entity named = namedOrganization(orgNoun, at);
        if (named != null) {
            return named;
        }
        Entity last = null;
        int lastAt = -1;
        for (Ref ref : refs) {
            if (ref.start() >= at) {
                break;
            }
            if (ref.entity().type() == EntityType.ORGANIZATION && !insideDirect(ref.start())
                    && !outlets.contains(ref.entity())) {
                last = ref.entity();
                lastAt = ref.start();
            }
        }
        if (ctx.lastOrganization != null && ctx.lastOrganizationAt >= lastAt) {
            return ctx.lastOrganization;
        }
        if (last == null && organizations.size() == 1) {
            return organizations.get(0);
        }
        return last;
    }

    /** The organization last named before {@code at} with the organization noun in its name, or null. */
    private Entity namedOrganization(Phrase orgNoun, int at) {
        Entity named = null;
        int namedAt = -1;
        if (orgNoun.is(Flag.DOCUMENT)) {
            return null;
        }
        for (Entity o : organizations) {
            for (Mention m : o.mentions()) {
                if (m.start() < at && m.start() > namedAt && Roles.matchesPhrase(orgNoun, m.text())) {
                    named = o;
                    namedAt = m.start();
                }
            }
        }
        return named;
    }

    /**
     * True when an organization noun ends the word chain starting at token {@code from}: a role noun before it
     * only qualifies the body ({@code prezidenti matbuot xizmati}, the president's press service).
     */
    private boolean organizationNounFollows(int from, int to) {
        for (int k = from; k < Math.min(to, from + 3); k++) {
            if (!tokens.get(k).isWord()) {
                return false;
            }
            if (lex.matchLength(Kind.ORG_NOUN, keys, k) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * An organization of the article whose name's initials spell the all-capitals word at token {@code i}
     * ({@code ТИВ} for {@code … Ташқи ишлар вазирлиги}), or null.
     */
    private Entity acronymOrganization(int i) {
        if (covered[i]) {
            return null;
        }
        String word = tokens.get(i).text();
        int caps = 0;
        while (caps < word.length() && Character.isUpperCase(word.charAt(caps))) {
            caps++;
        }
        if (caps < 2 || caps < word.length() && caps < 3) {
            return null;
        }
        String acronym = word.substring(0, caps);
        for (Entity o : organizations) {
            for (Mention m : o.mentions()) {
                String initials = initials(m.text());
                if (acronym.length() >= 3 ? initials.contains(acronym) : initials.equals(acronym)) {
                    return o;
                }
            }
        }
        return null;
    }

    private static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s\\-]+")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                sb.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- unlinked speakers


    /** Most words of a person's name the attribution may show (given names, patronymic, surname). */
    private static final int MAX_NAME_WORDS = 3;

    private void addMissed(int fromToken, int toToken, EntityType type) {
        int start = tokens.get(fromToken).start();
        int end = tokens.get(toToken - 1).end();
        for (MentionCandidate m : missed) {
            if (m.start() < end && start < m.end()) {
                return;
            }
        }
        MentionCandidate m = new MentionCandidate(start, end, type, null, 0.8, MentionCandidate.Source.RULE);
        missed.add(m);
        if (type == EntityType.ORGANIZATION) {
            String english = titles.translate(lex.language(), keys.subList(fromToken, toToken),
                    java.util.Arrays.asList(entityName).subList(fromToken, toToken));
            if (english != null) {
                missedNames.put(m, english);
            }
        }
    }

    /** English names of the missed organizations the title table could put into English. */
    java.util.Map<MentionCandidate, String> missedNames() {
        return java.util.Map.copyOf(missedNames);
    }

    /**
     * A person's name in the attribution region that no entity covers: 2 or 3 capitalized words that are no cue,
     * role or organization word, with a patronymic particle after them ({@code Эсенгул уулу}), standing next to the
     * speech cue or after a role noun ({@code Матбуот котиби Айдос Укибай маълум қилди}). Tokens [from, to) or null.
     */
    private int[] unlinkedName(Region r, QuoteCandidate c) {
        int[] found = null;
        for (int i = r.from(); i < r.to(); i++) {
            if (!nameWord(i, c) || i > r.from() && nameWord(i - 1, c)) {
                continue;
            }
            int j = i;
            while (j < r.to() && nameWord(j, c)) {
                j++;
            }
            int words = j - i;
            if (words < 2 || words > MAX_NAME_WORDS) {
                i = j;
                continue;
            }
            int end = j < r.to() && lex.contains(Kind.NAME_PARTICLE, keys.get(j)) ? j + 1 : j;
            if (ix.postpositionAfter(end - 1) || i > 0 && lex.contains(Kind.PREPOSITION, keys.get(i - 1))) {
                i = j;
                continue;
            }
            boolean roleBefore = i > 0 && sentenceOf[i - 1] == sentenceOf[i] && (roles.endsRole(i - 1)
                    || lex.matchLength(Kind.ROLE, keys, i - 1) == 1);
            boolean cueBefore = i > 0 && sentenceOf[i - 1] == sentenceOf[i] && (ix.verbEndingAt(r.from(), i) >= 0);
            if (roleBefore || cueBefore || cueSoonAfter(end, r.to())) {
                found = new int[] {i, end};
                if (r.pick() == Pick.FIRST) {
                    return found;
                }
            }
            i = j;
        }
        return found;
    }

    /**
     * A capitalized word of a name: not an acronym, not under an entity, not a cue, role or pronoun, and not a word
     * the text also writes in lower case.
     */
    private boolean nameWord(int t, QuoteCandidate c) {
        Token tok = tokens.get(t);
        if (!tok.isWord() || !tok.isCapitalized() || covered[t] || tok.text().length() < 2
                || Character.isUpperCase(tok.text().charAt(1)) || Character.isDigit(tok.text().charAt(0))
                || tok.start() >= c.start() && tok.start() < c.end() || lowerCaseKeys.contains(keys.get(t))) {
            return false;
        }
        for (Kind k : NOT_NAME) {
            if (lex.matchLength(k, keys, t) > 0) {
                return false;
            }
        }
        return !roles.endsRole(t);
    }


    private static final Kind[] NOT_NAME = {Kind.VERB, Kind.ROLE, Kind.ORG_NOUN, Kind.PRONOUN, Kind.ANAPHOR,
        Kind.ACCORDING_AFTER, Kind.ACCORDING_BEFORE, Kind.PREPOSITION, Kind.COMPLEMENTIZER};

    /** True when a speech cue or "according to" phrase follows within 3 tokens, with no comma or stop between. */
    private boolean cueSoonAfter(int from, int to) {
        for (int k = from; k < Math.min(to, from + 4); k++) {
            String t = tokens.get(k).text();
            if (t.equals(",") || TokenIndex.isTerminal(t)) {
                return false;
            }
            if (lex.matchLength(Kind.VERB, keys, k) > 0 || lex.matchLength(Kind.ACCORDING_AFTER, keys, k) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first token of an organization's name ending before the organization noun at {@code nounAt}: the words
     * back to the first capitalized one or title word, in the same clause and region ({@code Oʻzbekiston prezidenti
     * matbuot xizmati}, {@code өкмөттүн маалымат кызматы}), or -1 when none opens it.
     */
    private int organizationPhraseStart(int nounAt, int regionFrom) {
        int start = -1;
        for (int k = nounAt - 1; k >= Math.max(regionFrom, nounAt - 4); k--) {
            Token tok = tokens.get(k);
            if (!tok.isWord() || sentenceOf[k] != sentenceOf[nounAt] || ix.isPersonAt(k)
                    || lex.matchLength(Kind.VERB, keys, k) > 0 || lex.matchLength(Kind.PREPOSITION, keys, k) > 0) {
                break;
            }
            if (tok.isCapitalized() || titles.knows(lex.language(), keys, k)) {
                start = k; // "Oʻzbekiston prezidenti matbuot xizmati", "өкмөттүн маалымат кызматы"
            }
        }
        return start;
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
