package org.iqtibos.internal.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.iqtibos.result.Entity;
import org.iqtibos.result.EntityType;
import org.iqtibos.result.Mention;
import org.iqtibos.internal.segment.Paragraph;
import org.iqtibos.internal.segment.SegmentedText;
import org.iqtibos.internal.segment.Sentence;
import org.iqtibos.internal.segment.Token;
import org.iqtibos.internal.text.TextFold;

/**
 * One article's tokens for the quote stage, built once per call: every token with its lexicon key, the sentences and
 * paragraphs as token ranges, and the mentions of persons and organizations ("refs") sorted by offset, with lookups
 * by offset and by token in logarithmic or constant time. Also which tokens lie under any entity's mention, the
 * English name of the place or body each token belongs to, and which organizations are news outlets.
 */
final class TokenIndex {
    /** The dash characters that open or join speech. */
    static final String DASHES = "—–‒―-";
    /** A mention of a person or organization: chars [start, end) of {@code entity}. */
    record Ref(int start, int end, Entity entity) { }

    /** Tokens {@code [from, to)} of the article: a sentence, a paragraph, a clause (not chars: see the Ref spans). */
    record TokenRange(int from, int to) { }

    /** The knowledge base's role of a news outlet or agency ({@code models/kb/curated/outlets.tsv}). */
    static final String OUTLET_ROLE = org.iqtibos.internal.kb.KnowledgeBase.OUTLET_ROLE;

    final String text;
    /** The lexicon of the article's language. */
    final CueLexicon lex;
    final List<Token> tokens = new ArrayList<>();
    final List<String> keys = new ArrayList<>();
    /** Sentences as token ranges {@code [from, to)}. */
    final List<TokenRange> sentences = new ArrayList<>();
    /** Paragraphs as token ranges {@code [from, to)}. */
    final List<TokenRange> paragraphs = new ArrayList<>();
    final int[] sentenceOf;
    final int[] paragraphOf;
    /** Mentions of persons and organizations, by start. */
    final List<Ref> refs = new ArrayList<>();
    /** Where each person's mention ends, sorted (for {@link #nameEndsAt}). */
    private final int[] personEnds;
    /** Keys of the words the text writes in lower case somewhere: capitalized, such a word is no name (The, Saylov). */
    final Set<String> lowerCaseKeys = new HashSet<>();
    /** Tokens under a mention of any entity, places included: such words are no unlinked name. */
    final boolean[] covered;
    /** Tokens under an organization's mention. */
    final boolean[] inOrganization;
    /** The English name of the place or organization each token belongs to ("the Ministry of …"), or null. */
    final String[] entityName;
    /** The organizations that are news outlets: they speak only where a sentence names them as speaking. */
    final Set<Entity> outlets = new HashSet<>();

    TokenIndex(SegmentedText segmented, CueLexicon lex, List<Entity> persons, List<Entity> organizations,
               List<Entity> places) {
        this.text = segmented.text();
        this.lex = lex;
        for (Paragraph p : segmented.paragraphs()) {
            int pFrom = tokens.size();
            for (Sentence s : p.sentences()) {
                int sFrom = tokens.size();
                for (Token t : s.tokens()) {
                    tokens.add(t);
                    keys.add(TextFold.cueKey(t.text()));
                    if (t.isWord() && Character.isLowerCase(t.text().codePointAt(0))) {
                        lowerCaseKeys.add(keys.get(keys.size() - 1));
                    }
                }
                sentences.add(new TokenRange(sFrom, tokens.size()));
            }
            paragraphs.add(new TokenRange(pFrom, tokens.size()));
        }
        sentenceOf = new int[tokens.size()];
        for (int s = 0; s < sentences.size(); s++) {
            for (int i = sentences.get(s).from(); i < sentences.get(s).to(); i++) {
                sentenceOf[i] = s;
            }
        }
        paragraphOf = new int[tokens.size()];
        for (int p = 0; p < paragraphs.size(); p++) {
            for (int i = paragraphs.get(p).from(); i < paragraphs.get(p).to(); i++) {
                paragraphOf[i] = p;
            }
        }
        for (List<Entity> list : List.of(persons, organizations)) {
            for (Entity e : list) {
                for (Mention m : e.mentions()) {
                    refs.add(new Ref(m.start(), m.end(), e));
                }
            }
        }
        refs.sort(Comparator.comparingInt(Ref::start));
        personEnds = refs.stream().filter(r -> r.entity().type() == EntityType.PERSON).mapToInt(Ref::end).sorted().toArray();
        for (Entity e : organizations) {
            if (OUTLET_ROLE.equals(e.role())) {
                outlets.add(e);
            }
        }
        covered = new boolean[tokens.size()];
        inOrganization = new boolean[tokens.size()];
        entityName = new String[tokens.size()];
        // places before organizations: a body's name (Россия Федерацияси Ҳукумати) wins over the country inside it
        for (List<Entity> list : List.of(persons, places, organizations)) {
            for (Entity e : list) {
                String english = e.type() == EntityType.ORGANIZATION && !e.name().startsWith("The ")
                        ? "the " + e.name() : e.name();
                for (Mention m : e.mentions()) {
                    for (int t = tokenAtOrAfter(m.start()); t < tokens.size() && tokens.get(t).start() < m.end(); t++) {
                        covered[t] = true;
                        inOrganization[t] |= e.type() == EntityType.ORGANIZATION;
                        if (e.type() != EntityType.PERSON) {
                            entityName[t] = english;
                        }
                    }
                }
            }
        }
    }

    /** Index of the first token that ends after {@code offset} (the token holding it, or the next one). */
    int tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the first ref starting at or after {@code offset}. */
    int firstRefAtOrAfter(int offset) {
        int lo = 0;
        int hi = refs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (refs.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The ref that starts inside token {@code t}, or null (also for {@code t < 0}). */
    Ref refStartingIn(int t) {
        if (t < 0) {
            return null;
        }
        Token tok = tokens.get(t);
        int k = firstRefAtOrAfter(tok.start());
        return k < refs.size() && refs.get(k).start() < tok.end() ? refs.get(k) : null;
    }

    /** True when a person's mention starts inside token {@code t}. */
    boolean isPersonAt(int t) {
        Ref r = refStartingIn(t);
        return r != null && r.entity().type() == EntityType.PERSON;
    }

    /** The paragraph of token {@code t}, or -1 outside the tokens. */
    int paragraphOf(int t) {
        return t >= 0 && t < paragraphOf.length ? paragraphOf[t] : -1;
    }

    /** True when a postposition follows token {@code last} in its sentence ({@code … билан}): the name is governed. */
    boolean postpositionAfter(int last) {
        return last + 1 < tokens.size() && sentenceOf[last + 1] == sentenceOf[last]
                && lex.contains(CueLexicon.Kind.POSTPOSITION, keys.get(last + 1));
    }

    static boolean isDash(String t) {
        return t.length() == 1 && DASHES.indexOf(t.charAt(0)) >= 0;
    }

    /**
     * True when token {@code k} ends a clause: a full stop, question or exclamation mark, ellipsis or semicolon; a full
     * stop the segmenter read as an abbreviation's or an initial's ({@code Mr. Clarke}, {@code Д. Мантуров}), a
     * capitalized word after it in the same sentence, is none.
     */
    boolean isTerminalAt(int k) {
        String t = tokens.get(k).text();
        if (!isTerminal(t)) {
            return false;
        }
        // the segmenter keeps a capitalized word after the full stop in the sentence only after an abbreviation or an
        // initial; after other full stops it may keep a quote mark or a lower-case word, and the clause ends there
        return !t.equals(".") || k + 1 >= tokens.size() || sentenceOf[k + 1] != sentenceOf[k]
                || !tokens.get(k + 1).isWord() || !tokens.get(k + 1).isCapitalized();
    }

    static boolean isTerminal(String t) {
        return t.equals(".") || t.equals("!") || t.equals("?") || t.equals("…") || t.equals(";");
    }

    static boolean isQuoteChar(String t) {
        return t.length() == 1 && "«»„“”\"".indexOf(t.charAt(0)) >= 0;
    }

    int findVerb(int from, int to) {
        for (int i = from; i < Math.min(to, tokens.size()); i++) {
            if (lex.matchLength(CueLexicon.Kind.VERB, keys, i) > 0) {
                return i;
            }
        }
        return -1;
    }


    /** The first token of a speech-verb phrase that ends exactly at token {@code end}, or -1. */
    int verbEndingAt(int from, int end) {
        for (int i = Math.max(from, end - 4); i < end; i++) {
            if (lex.matchLength(CueLexicon.Kind.VERB, keys, i) == end - i) {
                return i;
            }
        }
        return -1;
    }


    /** True when token {@code t} ends a person's name: a person's mention, or two capitalized words. */
    boolean nameEndsAt(int t, int from) {
        if (t < from) {
            return false;
        }
        // a person's mention ends inside the token: the first end after its start is at most its end
        int lo = 0;
        int hi = personEnds.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (personEnds[mid] <= tokens.get(t).start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo < personEnds.length && personEnds[lo] <= tokens.get(t).end()) {
            return true;
        }
        return t - 1 >= from && tokens.get(t).isCapitalized() && tokens.get(t - 1).isCapitalized()
                && tokens.get(t).isWord() && tokens.get(t - 1).isWord() && !covered[t];
    }

    /** Words among tokens [t0, t1). */
    int wordsIn(int t0, int t1) {
        int n = 0;
        for (int i = t0; i < t1 && i < tokens.size(); i++) {
            if (tokens.get(i).isWord()) {
                n++;
            }
        }
        return n;
    }

    /** True when chars [from, to) hold no letter or digit. */
    boolean onlyPunctuation(int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
