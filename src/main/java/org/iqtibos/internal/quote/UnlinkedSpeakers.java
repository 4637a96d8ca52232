package org.iqtibos.internal.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iqtibos.internal.ner.MentionCandidate;
import org.iqtibos.internal.quote.CueLexicon.Kind;
import org.iqtibos.internal.quote.QuoteCandidate.Pick;
import org.iqtibos.internal.quote.QuoteCandidate.Region;
import org.iqtibos.internal.quote.TokenIndex.TokenRange;
import org.iqtibos.result.EntityType;
import org.iqtibos.internal.segment.Token;

/**
 * Speaker names an attribution shows that no entity covers ({@code Матбуот котиби Айдос Укибай маълум қилди} when
 * the finders missed the name): collected for the caller to link, organizations with an English name where the
 * title table can give one.
 */
final class UnlinkedSpeakers {
    private final TokenIndex ix;
    private final CueLexicon lex;
    private final TitleTranslator titles;
    private final Roles roles;
    private final List<Token> tokens;
    private final List<String> keys;
    private final int[] sentenceOf;
    private final boolean[] covered;
    private final String[] entityName;
    private final java.util.Set<String> lowerCaseKeys;
    /** Speaker names the attribution shows that no entity covers, for the caller to link (see QuoteFinder). */
    private final List<MentionCandidate> missed = new ArrayList<>();
    /** English names of missed organizations whose words the title table knows. */
    private final Map<MentionCandidate, String> missedNames = new HashMap<>();

    UnlinkedSpeakers(TokenIndex ix, TitleTranslator titles, Roles roles) {
        this.ix = ix;
        this.lex = ix.lex;
        this.titles = titles;
        this.roles = roles;
        this.tokens = ix.tokens;
        this.keys = ix.keys;
        this.sentenceOf = ix.sentenceOf;
        this.covered = ix.covered;
        this.entityName = ix.entityName;
        this.lowerCaseKeys = ix.lowerCaseKeys;
    }

    List<MentionCandidate> missedSpeakers() {
        List<MentionCandidate> out = new ArrayList<>(missed);
        out.sort(Comparator.comparingInt(MentionCandidate::start));
        return List.copyOf(out);
    }

    /** Most words of a person's name the attribution may show (given names, patronymic, surname). */
    static final int MAX_NAME_WORDS = 3;

    /** Like {@link #addMissed(int, int, EntityType)}, an organization with the English name the caller worked out. */
    void addMissed(int fromToken, int toToken, EntityType type, String english) {
        addMissed(fromToken, toToken, type);
        int start = tokens.get(fromToken).start();
        for (MentionCandidate m : missed) {
            if (m.start() == start && m.type() == type) {
                missedNames.put(m, english);
            }
        }
    }

    void addMissed(int fromToken, int toToken, EntityType type) {
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
                    Arrays.asList(entityName).subList(fromToken, toToken));
            if (english != null) {
                missedNames.put(m, english);
            }
        }
    }

    /** English names of the missed organizations the title table could put into English. */
    Map<MentionCandidate, String> missedNames() {
        return Map.copyOf(missedNames);
    }

    /**
     * A person's name in the attribution region that no entity covers: 2 or 3 capitalized words that are no cue,
     * role or organization word, with a patronymic particle after them ({@code Эсенгул уулу}), standing next to the
     * speech cue or after a role noun ({@code Матбуот котиби Айдос Укибай маълум қилди}). Tokens [from, to) or null.
     */
    TokenRange unlinkedName(Region r, QuoteCandidate c) {
        TokenRange found = null;
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
            // "… Minister of Investments of Uzbekistan Sardor Umurzakov said": the name ends right at the cue
            boolean endsAtCue = end == r.to() && c.cueFrom() == r.to();
            if (roleBefore || cueBefore || endsAtCue || cueSoonAfter(end, r.to())) {
                found = new TokenRange(i, end);
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
    int organizationPhraseStart(int nounAt, int regionFrom) {
        int start = -1;
        for (int k = nounAt - 1; k >= Math.max(regionFrom, nounAt - 4); k--) {
            Token tok = tokens.get(k);
            if (!tok.isWord() || sentenceOf[k] != sentenceOf[nounAt] || ix.isPersonAt(k)
                    || lex.matchLength(Kind.VERB, keys, k) > 0 || lex.matchLength(Kind.PREPOSITION, keys, k) > 0) {
                break;
            }
            String w = tok.text();
            boolean functionWord = w.length() == 1 || w.length() == 2 && Character.isLowerCase(w.charAt(1))
                    || lex.contains(Kind.DETERMINER, keys.get(k));
            if (functionWord) {
                break; // "В министерстве …", "The ministry …": a preposition or an article opens no name
            }
            if (!titles.headFinal(lex.language()) && lex.matchLength(Kind.ROLE, keys, k) > 0) {
                break; // "Глава компании …", "Представитель ведомства …": the person in that office, no body's name
            }
            if (tok.isCapitalized() || titles.knows(lex.language(), keys, k)) {
                start = k; // "Oʻzbekiston prezidenti matbuot xizmati", "өкмөттүн маалымат кызматы"
            }
        }
        return start;
    }
}
