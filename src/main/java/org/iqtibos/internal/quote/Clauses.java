package org.iqtibos.internal.quote;

import java.util.List;
import java.util.Set;
import org.iqtibos.internal.quote.CueLexicon.Kind;
import org.iqtibos.internal.quote.TokenIndex.Ref;
import org.iqtibos.result.Entity;
import org.iqtibos.result.EntityType;
import org.iqtibos.internal.segment.Token;

/**
 * Questions about the clause around a speech verb, asked by the quote finders: where its subject ends, whether a
 * span holds a speaker word, a finite verb, a genitive, an addressee in the dative, a news outlet as the subject.
 */
final class Clauses {
    private final TokenIndex ix;
    private final CueLexicon lex;
    private final Roles roles;
    private final Candidates found;
    private final List<Token> tokens;
    private final List<String> keys;
    private final List<Ref> refs;
    private final boolean[] covered;
    private final Set<Entity> outlets;

    Clauses(TokenIndex ix, CueLexicon lex, Roles roles, Candidates found) {
        this.ix = ix;
        this.lex = lex;
        this.roles = roles;
        this.found = found;
        this.tokens = ix.tokens;
        this.keys = ix.keys;
        this.refs = ix.refs;
        this.covered = ix.covered;
        this.outlets = ix.outlets;
    }

    /** True when tokens [from, to) are names, pronouns, role or organization words, articles and the like. */
    boolean speakerWordsOnly(int from, int to) {
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

    /** True when token {@code t} ends a speaker phrase: part of a person or body's name, a role word or a pronoun. */
    boolean endsInSpeaker(int t) {
        return covered[t] && (ix.inOrganization[t] || personCovers(t)) || roles.endsRole(t)
                || lex.matchLength(Kind.ROLE, keys, t) > 0 || lex.matchLength(Kind.PRONOUN, keys, t) > 0;
    }

    private boolean personCovers(int t) {
        for (int k = t; k >= 0 && k > t - 5 && covered[k]; k--) {
            Ref r = ix.refStartingIn(k);
            if (r != null && r.end() > tokens.get(t).start()) {
                return r.entity().type() == EntityType.PERSON;
            }
        }
        return false;
    }

    boolean hasPersonIn(int from, int to) {
        for (int i = from; i < to; i++) {
            if (ix.isPersonAt(i)) {
                return true;
            }
        }
        return false;
    }

    /** The first token of the last name ending right before token {@code end} (from {@code from}), or -1. */
    int named(int from, int end) {
        for (int t = end - 1; t >= from; t--) {
            Ref ref = ix.refStartingIn(t);
            if (ref != null) {
                return t;
            }
        }
        return -1;
    }

    /**
     * True when the names in tokens [from, to) are news outlets only, and there is one at least ({@code Kun.uz
     * xabariga ko‘ra}, {@code по данным Kun.uz}): the outlet as the source of an "according to" reports an event.
     */
    boolean onlyOutletsIn(int from, int to) {
        if (from >= to) {
            return false;
        }
        boolean outlet = false;
        for (int k = Math.max(0, ix.firstRefAtOrAfter(tokens.get(from).start())); k < refs.size()
                && refs.get(k).start() < tokens.get(to - 1).end(); k++) {
            if (!outlets.contains(refs.get(k).entity())) {
                return false;
            }
            outlet = true;
        }
        for (int t = from; t < to && !outlet; t++) {
            // "Қазақстандық БАҚ мәліметінше, …", "по данным СМИ, …": the media in general, an outlet as much as one named
            outlet = lex.contains(Kind.MEDIA, keys.get(t)) && !covered[t];
        }
        for (int t = from; t < to && outlet; t++) {
            // "как рассказал «Интерфаксу» источник": the outlet is told; a source, role or pronoun speaks
            if (!covered[t] && (lex.matchLength(Kind.GROUP, keys, t) > 0 || lex.matchLength(Kind.ROLE, keys, t) > 0
                    || lex.matchLength(Kind.PRONOUN, keys, t) > 0)) {
                return false;
            }
        }
        return outlet;
    }

    /**
     * True when tokens [from, to) open with a news outlet's name as the subject (not glued to a case ending:
     * {@code "Азаттыкка" билдирди} is told to the outlet) and name no other source.
     */
    boolean outletReports(int from, int to) {
        int i = from;
        while (i < to) {
            // "…, дея хабар бермоқда «Дарё»": the verb after the quotative is the outlet's too
            int verb = tokens.get(i).isWord() ? lex.matchLength(Kind.VERB, keys, i) : 1;
            if (verb == 0) {
                break;
            }
            i += verb;
        }
        Ref ref = i < to ? ix.refStartingIn(i) : null;
        if (ref == null || !outlets.contains(ref.entity())
                || tokens.get(ix.tokenAtOrAfter(ref.end() - 1)).end() != ref.end()) {
            return false;
        }
        // "передает NUR.KZ со ссылкой на МИД": the outlet cites a source, who is then the speaker; the outlet's own
        // reporter ("«Дарё» мухбири Миролим Исажонов") is no source
        boolean reporter = false;
        int afterOutlet = ix.tokenAtOrAfter(ref.end());
        for (int t = afterOutlet; t < Math.min(to, afterOutlet + 4) && !reporter; t++) {
            reporter = lex.contains(Kind.CORRESPONDENT, keys.get(t));
        }
        for (int k = ix.firstRefAtOrAfter(ref.end()); k < refs.size() && k >= 0
                && refs.get(k).start() < tokens.get(to - 1).end(); k++) {
            Entity e = refs.get(k).entity();
            if (!outlets.contains(e) && !(reporter && e.type() == EntityType.PERSON)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word at {@code i} starts the name of a news outlet. */
    boolean outletAt(int i) {
        Ref ref = i < tokens.size() ? ix.refStartingIn(i) : null;
        return ref != null && outlets.contains(ref.entity());
    }

    /**
     * The token after the clause boundary nearest before {@code i} in the sentence: a speech verb followed by a
     * coordinator or a comma, or any finite verb followed by a coordinator; -1 when there is none. Other converbs may belong to the reported clause ("… мүддені
     * бірінші орынға қойып, алға жылжытатынын"), so only speech verbs end the speaker's clause.
     */
    int coordinatedClauseStart(int from, int i) {
        for (int k = i - 1; k > from; k--) {
            boolean verbBefore = found.isCueUsed(k - 1) || ix.verbEndingAt(from, k) >= 0
                    || tokens.get(k).text().equals(",") && lex.contains(Kind.CONVERB, keys.get(k - 1))
                    || lex.contains(Kind.COORDINATOR, keys.get(k)) && lex.endsWith(Kind.FINITE_END, keys.get(k - 1))
                    // "… qayd etar ekan, …": an adverbial clause of the subject's own speech
                    || tokens.get(k).text().equals(",") && k - 1 > from && lex.contains(Kind.CIRCUMSTANCE, keys.get(k - 1))
                    && ix.verbEndingAt(from, k - 1) >= 0;
            if (verbBefore && (lex.contains(Kind.COORDINATOR, keys.get(k)) || tokens.get(k).text().equals(","))) {
                // "…ни айтиб, …", "… ыраазычылык билдирип, …", "… қорытындылай отырып, …": the speaker's clause ends there
                return k + 1;
            }
        }
        return -1;
    }

    /** The token after the subject of a verb-final clause (a name, pronoun or role noun), or -1. */
    int subjectEnd(int from, int to) {
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
                    int second = secondJoinedName(last + 1, to);
                    return second > 0 && second < to ? second : last + 1; // "X ва вазир Y …": both are the subject
                }
                continue; // a name with a case ending is no subject
            }
            if (lex.matchLength(Kind.PRONOUN, keys, i) == 1) {
                return i + 1;
            }
            // a role or group word inside a body's name ("Министрлер Кабинетинин төрагасы": of the Cabinet of
            // Ministers) is neither title nor group
            int group = ix.inOrganization[i] ? 0 : lex.matchLength(Kind.GROUP, keys, i);
            if (group > 0 && i - clauseStartBefore(from, i) < 3) {
                // "Форум иштирокчилари … таъкидлади": a group opening its clause is the subject; its genitive
                // complement ("Кездесуге қатысушылар", "участники встречи") is part of it, and so is a share of it
                // ("Депутаттардын айрымдары": some of the deputies)
                int end = i + group;
                for (int m; end < to && lex.endsWith(Kind.GENITIVE_SUFFIX, keys.get(end - 1))
                        && (m = lex.matchLength(Kind.GROUP, keys, end)) > 0; ) {
                    end += m;
                }
                if (end < to && lex.endsWith(Kind.GENITIVE_SUFFIX, keys.get(end - 1))) {
                    continue; // "Журналистердің сұрағына …": the group owns what follows, it is not the subject
                }
                return namesInApposition(end, to);
            }
            int role = ix.inOrganization[i] ? 0 : lex.matchLength(Kind.ROLE, keys, i);
            if (role > 0 && (i - clauseStartBefore(from, i) < 3 || relativeHead(from, i) || modifiersOnly(from, i))) {
                // a role noun opening its clause is the subject ("Сарапшы …", "Ресейлік сарапшы …")
                int j = i + role;
                for (int m; j < to; j += m) {
                    // "Президентінің кеңесшісі", "Министрдин орун басары" are one title, "Министрліктің баспасөз
                    // қызметі" one body; "Сарапшы Президенттің …" starts what was said
                    // ("Президенттик администрация": a role word before a body noun only qualifies the body)
                    m = lex.matchLength(Kind.ROLE, keys, j);
                    if (m == 0) {
                        m = lex.matchLength(Kind.ORG_NOUN, keys, j);
                    }
                    if (m == 0 || lex.endsWith(Kind.GENITIVE_SUFFIX, keys.get(j + m - 1)) && (j + m >= to
                            || lex.matchLength(Kind.ROLE, keys, j + m) == 0 && lex.matchLength(Kind.ORG_NOUN, keys, j + m) == 0)) {
                        break;
                    }
                }
                if (j < to && lex.endsWith(Kind.GENITIVE_SUFFIX, keys.get(j - 1))) {
                    i = j - 1; // "Үкімет басшысының … жұмысына баға беретінін айтты": a possessor, part of the words
                    continue;
                }
                Ref named = ix.refStartingIn(j);
                if (named == null && j + 1 < to && Character.isUpperCase(tokens.get(j).text().charAt(0))) {
                    named = ix.refStartingIn(j + 1); // a first name the mention left out: "Ерлан [Ахметов]"
                }
                if (named != null && named.entity().type() == EntityType.PERSON) {
                    // "Қала әкімі Ерлан Ахметов …": the name after the title is the subject too
                    int last = ix.tokenAtOrAfter(named.end() - 1);
                    if (tokens.get(last).end() == named.end() && last + 1 < to) {
                        int second = secondJoinedName(last + 1, to);
                        return second > 0 && second < to ? second : last + 1; // "… ва вазир Y": both the subject
                    }
                }
                if (j < to && !(i - clauseStartBefore(from, i) < 3 || relativeHead(from, i))
                        && (lex.contains(Kind.POSTPOSITION, keys.get(j)) || lex.endsWith(Kind.ATTRIBUTIVE_SUFFIX, keys.get(j)))) {
                    // "Ташқи ишлар идоралари раҳбарлари ўртасидаги …", "… раҳбари сифатидаги …": after its modifiers
                    // the role only qualifies what follows
                    i = j - 1;
                    continue;
                }
                int second = j < to && TokenIndex.isDash(tokens.get(j).text()) ? nameAfterSecondOffice(j + 1, to) : -1;
                return second > 0 ? second : j;
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
                // or a unit of it ("Oliy sud matbuot xizmati": its press service)
                int end = i + role;
                for (int more; end < to && ((more = lex.matchLength(Kind.ROLE, keys, end)) > 0
                        || (more = bodyNounAt(end)) > 0); ) {
                    end += more;
                }
                if (end < to && end > i + role && lex.endsWith(Kind.GENITIVE_SUFFIX, keys.get(end - 1))) {
                    continue; // the body's head in the genitive owns a noun of the words
                }
                return end;
            }
        }
        return -1;
    }

    /**
     * The token after the names that follow a plural subject at {@code at} ({@code Министрлер X жана Y …}: the
     * ministers X and Y), or {@code at} when no name stands there.
     */
    private int namesInApposition(int at, int to) {
        Ref ref = at < to ? ix.refStartingIn(at) : null;
        if (ref == null || ref.entity().type() != EntityType.PERSON || tokens.get(at).start() != ref.start()) {
            return at;
        }
        int last = ix.tokenAtOrAfter(ref.end() - 1);
        if (tokens.get(last).end() != ref.end() || last + 1 >= to) {
            return at;
        }
        int second = secondJoinedName(last + 1, to);
        return second > 0 && second < to ? second : last + 1;
    }

    /**
     * The token after a second person's name joined to the one before {@code at} ({@code … ва вазир Азиз Раҳимов},
     * {@code … and Minister John Smith}): a name joiner at {@code at}, then titles, then a name; else -1.
     */
    int secondJoinedName(int at, int to) {
        if (at >= to || !lex.contains(Kind.NAME_JOINER, keys.get(at))) {
            return -1;
        }
        for (int k = at + 1; k < Math.min(to, at + 1 + Roles.MAX_TITLE_WORDS); k++) {
            Ref ref = ix.refStartingIn(k);
            if (ref != null && ref.entity().type() == EntityType.PERSON) {
                int last = ix.tokenAtOrAfter(ref.end() - 1);
                return tokens.get(last).end() == ref.end() && last + 1 <= to ? last + 1 : -1;
            }
            if (!tokens.get(k).isWord() || lex.matchLength(Kind.VERB, keys, k) > 0) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * After a dash that follows a title ({@code Премьер-министрдин орун басары — … министри Бакыт Төрөбаев …}): the
     * token after a person's name that stands right after a second office, with no verb before it; else -1. A dash
     * joins two offices of one person, whose name follows the second.
     */
    private int nameAfterSecondOffice(int from, int to) {
        for (int k = from + 1; k < Math.min(to, from + 12); k++) {
            if (ix.isTerminalAt(k) || lex.matchLength(Kind.VERB, keys, k) > 0) {
                return -1;
            }
            Ref named = ix.refStartingIn(k);
            if (named == null || named.entity().type() != EntityType.PERSON) {
                continue;
            }
            boolean afterOffice = false;
            for (int m = 1; m <= 3 && k - m >= from; m++) {
                afterOffice |= lex.matchLength(Kind.ROLE, keys, k - m) == m;
            }
            int last = ix.tokenAtOrAfter(named.end() - 1);
            return afterOffice && tokens.get(last).end() == named.end() && last + 1 < to ? last + 1 : -1;
        }
        return -1;
    }

    private int bodyNounAt(int i) {
        CueLexicon.Phrase noun = lex.matchAt(Kind.ORG_NOUN, keys, i);
        return noun == null || noun.is(CueLexicon.Flag.DOCUMENT) ? 0 : noun.words().size();
    }

    /**
     * The first token of the main clause in tokens [from, to): after the comma that closes an adverbial clause
     * ({@code Jurnalistlar savollariga javob berar ekan, Qodirov …}, {@code … e'lon qilingach, …}), else {@code from}.
     */
    int mainClauseStart(int from, int to) {
        for (int k = from + 1; k + 1 < to; k++) {
            if (tokens.get(k).text().equals(",") && (lex.contains(Kind.CIRCUMSTANCE, keys.get(k - 1))
                    || lex.endsWith(Kind.CIRCUMSTANCE_SUFFIX, keys.get(k - 1)) || outletAccordingEndsAt(from, k))) {
                return k + 1;
            }
        }
        return from;
    }

    /**
     * True when an "according to" phrase whose source is a news outlet ends right before token {@code k} ({@code «Kun»
     * muxbiri xabar berishicha, prezident … ayblagan}): the outlet reports, the clause after it names who spoke.
     */
    private boolean outletAccordingEndsAt(int from, int k) {
        for (int j = Math.max(from, k - 3); j < k; j++) {
            int len = lex.matchLength(Kind.ACCORDING_AFTER, keys, j);
            if (len > 0 && j + len == k) {
                return onlyOutletsIn(from, j);
            }
        }
        return false;
    }

    /** Words a converb clause of the subject's own may hold before its comma ({@code … билан телефон орқали суҳбатлашиб,}). */
    private static final int MAX_CONVERB_CLAUSE = 10;

    /**
     * The start of the words after a converb clause of the subject's own that opens tokens [from, to) ({@code Вазир
     * фермерлар билан учрашиб, … айтди}: he met the farmers and said …): the token after its comma; else {@code from}.
     * A clause with a subject of its own ({@code Ҳукумат парламент билан келишиб, …}: a person or body, or a capitalized
     * word opening it, or a passive converb's unsaid one), with a reported clause inside, or closed by a speech verb
     * (two quotes then) is the words'.
     */
    int afterOwnConverbClause(int from, int to) {
        boolean place = ix.covered[from] && !ix.inOrganization[from] && ix.refStartingIn(from) == null;
        if (lex.isEmpty(Kind.CONVERB_SUFFIX) || from >= to || tokens.get(from).isCapitalized() && !place) {
            return from;
        }
        for (int c = from + 1; c < Math.min(to - 2, from + MAX_CONVERB_CLAUSE); c++) {
            String t = tokens.get(c).text();
            if (!t.equals(",")) {
                if (!tokens.get(c).isWord() && !TokenIndex.isDash(t)) {
                    return from;
                }
                continue;
            }
            String converb = keys.get(c - 1);
            if (!lex.endsWith(Kind.CONVERB_SUFFIX, converb) || lex.contains(Kind.NOT_CONVERB, converb)
                    || passiveConverb(converb)) {
                return from;
            }
            for (int v = Math.max(from, c - 3); v < c; v++) {
                if (v + lex.matchLength(Kind.VERB, keys, v) == c) {
                    return from; // "… белгилеп, … кошумчалады": a speech verb of its own, reported words before it
                }
            }
            for (int k = from; k < c - 1; k++) {
                String key = keys.get(k);
                // the converb's own object right before it ("жолугушууну ачып") is no reported clause
                if (k < c - 2 && (lex.endsWith(Kind.OBJECT_SUFFIX, key) || lex.endsWith(Kind.CLAUSE_SUFFIX, key))) {
                    return from;
                }
                Ref ref = ix.refStartingIn(k);
                if (ref != null && ref.entity().type() != EntityType.PLACE) {
                    int last = ix.tokenAtOrAfter(ref.end() - 1);
                    if (tokens.get(last).end() == ref.end() && !ix.postpositionAfter(last)) {
                        return from; // a person or body in the nominative: the clause's own subject
                    }
                }
            }
            return c + 1;
        }
        return from;
    }

    /**
     * A passive converb ({@code каралып}, {@code айтылып}, {@code берилиб}): a passive ending after a stem of three
     * letters or more, so that {@code келип}, {@code алып}, {@code қилиб} stay active.
     */
    private boolean passiveConverb(String key) {
        int n = lex.suffixLength(Kind.PASSIVE_CONVERB_SUFFIX, key);
        return n > 0 && key.length() - n >= 3;
    }

    /**
     * True when the role noun at {@code i} is the head of a noun phrase opening its clause in a verb-final language:
     * every word before it, from the clause's start, is a plain modifier ({@code Ўзбекистон ташқи ишлар вазири …}:
     * a country, an adjective, a noun), no verb, no ending of a reported clause, no person or body. Such a phrase is the subject, not
     * the start of the words ({@code Сув танқислиги кучайганини вазир …} has a clause ending before the role).
     */
    private boolean modifiersOnly(int from, int i) {
        int start = clauseStartBefore(from, i);
        if (lex.isEmpty(Kind.OBJECT_SUFFIX) || i == start || i - start > Roles.MAX_TITLE_WORDS) {
            return false;
        }
        for (int k = start; k < i; k++) {
            String key = keys.get(k);
            if (!tokens.get(k).isWord() || lex.matchLength(Kind.VERB, keys, k) > 0 || lex.contains(Kind.QUOTATIVE, key)
                    || lex.endsWith(Kind.OBJECT_SUFFIX, key) || lex.endsWith(Kind.CLAUSE_SUFFIX, key)
                    || lex.endsWith(Kind.PARTICIPLE_SUFFIX, key) || lex.matchLength(Kind.PRONOUN, keys, k) > 0) {
                return false;
            }
            Ref ref = ix.refStartingIn(k);
            if (ref != null && ref.entity().type() != EntityType.PLACE || lex.matchLength(Kind.ORG_NOUN, keys, k) > 0) {
                return false; // "Oliy sud matbuot xizmati sobiq direktor …": the body opening the clause is the subject
            }
        }
        return true;
    }

    /**
     * True when the role noun at {@code i} heads a relative clause opening the sentence ({@code Журналистердің сұрағына
     * жауап берген төраға …}: the chairman who answered): a participle right before it, no body named before it.
     */
    private boolean relativeHead(int from, int i) {
        int start = clauseStartBefore(from, i);
        if (i == start || i - start > 8 || !lex.endsWith(Kind.PARTICIPLE_SUFFIX, keys.get(i - 1))) {
            return false;
        }
        for (int k = start; k < i; k++) {
            Ref ref = ix.refStartingIn(k);
            if (ref != null && ref.entity().type() == EntityType.ORGANIZATION || lex.matchLength(Kind.ORG_NOUN, keys, k) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The token after a dative addressee right after the subject ({@code мемлекет басшысы Қасым-Жомарт Тоқаевқа}: a
     * title and a name glued to a dative ending), else {@code at}: to whom the words were said is no part of them.
     */
    int addresseeEnd(int at, int to) {
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

    /**
     * The words of the document the reported words stand in, at token {@code t} ({@code Мәлімдемеде}), with its owner
     * in the genitive before it ({@code Милициянын билдирүүсүндө}); 0 when none starts there.
     */
    int sourceLength(int t, int to) {
        int len = lex.matchLength(Kind.SOURCE, keys, t);
        if (len == 0 && t + 1 < to && lex.endsWith(Kind.GENITIVE_SUFFIX, keys.get(t))
                && (len = lex.matchLength(Kind.SOURCE, keys, t + 1)) > 0) {
            len++;
        }
        // "Элдик курултайда сүйлөгөн сөзүндө …", "«Хабарға» берген сұхбатында …": the speech or interview the words
        // were given in, a participle before it
        for (int k = t + 1; len == 0 && k < Math.min(to - 2, t + 6); k++) {
            int source = lex.matchLength(Kind.SOURCE, keys, k);
            if (source > 0 && lex.endsWith(Kind.PARTICIPLE_SUFFIX, keys.get(k - 1))) {
                len = k + source - t;
            }
        }
        return len;
    }

    /** True when a word of tokens [from, to) ends in a genitive ({@code Президенттің}: the clause's own subject). */
    boolean genitiveIn(int from, int to) {
        for (int t = from; t < to; t++) {
            if (lex.endsWith(Kind.GENITIVE_SUFFIX, keys.get(t))) {
                return true;
            }
        }
        return false;
    }

    int clauseStartBefore(int from, int i) {
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
    boolean hasFiniteVerb(int from, int to) {
        if (lex.isEmpty(Kind.FINITE) && lex.isEmpty(Kind.FINITE_SUFFIX)) {
            return true;
        }
        for (int i = from; i < to; i++) {
            String key = keys.get(i);
            if (lex.contains(Kind.FINITE, key) || lex.endsWith(Kind.FINITE_SUFFIX, key) && !attributive(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the word at {@code i}, ending like a finite verb, is an adjective or a name: capitalized ("United"),
     * or after a determiner or preposition ("an expanded meeting", "in limited numbers").
     */
    private boolean attributive(int i) {
        return tokens.get(i).isCapitalized() || i > 0 && (lex.contains(Kind.DETERMINER, keys.get(i - 1))
                || lex.matchLength(Kind.PREPOSITION, keys, i - 1) == 1);
    }

    /** Like {@link #hasFiniteVerb}, but false without {@code finite} data. */
    boolean hasFiniteVerbStrict(int from, int to) {
        return !(lex.isEmpty(Kind.FINITE) && lex.isEmpty(Kind.FINITE_SUFFIX)) && hasFiniteVerb(from, to)
                || lex.isEmpty(Kind.FINITE) && lex.isEmpty(Kind.FINITE_SUFFIX);
    }

    /** True when tokens [from, to) name a person, or hold a role word or a pronoun (a group is no speaker). */
    boolean namesSpeaker(int from, int to) {
        for (int i = from; i < to; i++) {
            if (ix.isPersonAt(i) || lex.matchLength(Kind.PRONOUN, keys, i) > 0 || lex.matchLength(Kind.ROLE, keys, i) > 0) {
                return true;
            }
        }
        return false;
    }

    boolean hasSpeakerWord(int from, int to) {
        for (int i = from; i < to; i++) {
            if (ix.refStartingIn(i) != null || lex.matchLength(Kind.PRONOUN, keys, i) > 0
                    || lex.matchLength(Kind.GROUP, keys, i) > 0
                    || lex.matchLength(Kind.ROLE, keys, i) > 0 || lex.matchLength(Kind.ORG_NOUN, keys, i) > 0) {
                return true;
            }
        }
        return false;
    }
}
