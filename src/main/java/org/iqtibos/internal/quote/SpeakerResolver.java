package org.iqtibos.internal.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import org.iqtibos.internal.quote.CueLexicon.Flag;
import org.iqtibos.internal.quote.CueLexicon.Gender;
import org.iqtibos.internal.quote.CueLexicon.Kind;
import org.iqtibos.internal.quote.CueLexicon.Phrase;
import org.iqtibos.internal.quote.QuoteCandidate.Pick;
import org.iqtibos.internal.quote.QuoteCandidate.Region;
import org.iqtibos.internal.quote.TokenIndex.Ref;
import org.iqtibos.internal.quote.TokenIndex.TokenRange;
import org.iqtibos.result.Entity;
import org.iqtibos.result.EntityType;
import org.iqtibos.result.Mention;
import org.iqtibos.result.Quote;
import org.iqtibos.result.QuoteType;
import org.iqtibos.internal.segment.Token;

/**
 * Who said each quote of one article: a person or body named in the attribution region, an unlinked name there
 * (reported as a missed speaker), a pronoun, role noun or body noun resolved to the entity it points at, no one for
 * groups and unnamed sources, the source just named for impersonal verbs, else the person in focus; then, where a
 * {@link SpeakerRanker} is loaded, its choice among the candidates. Built per call; not thread-safe.
 */
final class SpeakerResolver {
    private final TokenIndex ix;
    private final CueLexicon lex;
    private final TitleTranslator titles;
    private final Roles roles;
    private final Clauses clauses;
    private final SpeakerFeatures speakerFeatures;
    private final SpeakerRanker ranker;
    private final List<Entity> persons;
    private final List<Entity> organizations;
    private final IntPredicate insideDirect;
    /** Whether each quote's candidates and features are kept for the caller ({@link #choices()}). */
    private final boolean explain;
    private final String text;
    private final List<Token> tokens;
    private final List<String> keys;
    private final List<TokenRange> sentences;
    private final int[] sentenceOf;
    private final List<Ref> refs;
    private final boolean[] covered;
    private final java.util.Set<Entity> outlets;
    private List<QuoteCandidate> candidates = List.of();
    /** The union of the candidates' spans, as sorted disjoint [start, end) pairs, for {@link #insideCandidate}. */
    private int[] candidateUnion = new int[0];
    /** Per gender, over the refs before each point: the last person that agrees and is a subject, or any (see salientPerson). */
    private final java.util.Map<Gender, int[][]> salient = new java.util.EnumMap<>(Gender.class);
    /** The same for a pronoun, which also skips names before a postposition. */
    private final java.util.Map<Gender, int[][]> salientForPronoun = new java.util.EnumMap<>(Gender.class);
    private final java.util.Map<Entity, Gender> genders = new java.util.IdentityHashMap<>();
    /** Speaker names the attribution shows that no entity covers, for the caller to link (see QuoteFinder). */
    private final UnlinkedSpeakers unlinked;
    /** Which organization a body noun or acronym points at. */
    private final OrganizationRefs orgRefs;
    /** Each quote's candidates and their features, in the order of the quotes resolved. */
    private final List<QuoteFinder.SpeakerChoice> choices = new ArrayList<>();

    SpeakerResolver(TokenIndex ix, TitleTranslator titles, Roles roles, Clauses clauses, SpeakerFeatures speakerFeatures,
                    SpeakerRanker ranker, List<Entity> persons, List<Entity> organizations, IntPredicate insideDirect,
                    UnlinkedSpeakers unlinked, boolean explain) {
        this.explain = explain;
        this.clauses = clauses;
        this.ix = ix;
        this.lex = ix.lex;
        this.titles = titles;
        this.roles = roles;
        this.speakerFeatures = speakerFeatures;
        this.ranker = ranker;
        this.persons = persons;
        this.organizations = organizations;
        this.insideDirect = insideDirect;
        this.unlinked = unlinked;
        this.orgRefs = new OrganizationRefs(ix, organizations, insideDirect, roles.offices());
        this.text = ix.text;
        this.tokens = ix.tokens;
        this.keys = ix.keys;
        this.sentences = ix.sentences;
        this.sentenceOf = ix.sentenceOf;
        this.refs = ix.refs;
        this.covered = ix.covered;
        this.outlets = ix.outlets;
    }

    /** The quotes of {@code candidates}, each with its speaker, in text order. */
    List<Quote> resolve(List<QuoteCandidate> found) {
        this.candidates = found;
        this.candidateUnion = union(found);
        this.salient.clear();
        this.salientForPronoun.clear();
        List<QuoteCandidate> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingInt(QuoteCandidate::start));
        SpeakerContext context = new SpeakerContext();
        List<Quote> out = new ArrayList<>();
        for (QuoteCandidate c : ordered) {
            Entity rule = speakerOf(c, context);
            Entity speaker = rule;
            if (ranker != null || explain) {
                List<Entity> options = new ArrayList<>();
                List<List<String>> features = new ArrayList<>();
                Region r = c.region();
                speakerFeatures.options(new SpeakerFeatures.Quoted(c.start(), c.end(), c.type(), c.cueFrom(),
                        r == null ? -1 : r.from(), r == null ? -1 : r.to()), rule, reason, context.lastSpeaker,
                        context.lastOrganization, options, features);
                choices.add(new QuoteFinder.SpeakerChoice(c.start(), c.end(),
                        options.stream().map(e -> e == null ? null : e.id()).toList(), features));
                // the model replaces the rules only where it chose better on held-out articles (weak reasons: focus …)
                Entity learned = ranker == null || !ranker.decides(reason) ? rule : options.get(ranker.best(features));
                // "the ministry said" names a body or no one; "глава ведомства", "хабарда айтилишича" (a head, a
                // report) may stand for the person in focus: the model picks a person only after such a word
                speaker = !"org-noun".equals(reason) || rule == null && learned != null
                        && learned.type() == EntityType.PERSON && roleOrDocumentIn(r) ? learned : rule;
            }
            Phrase verb = c.cueFrom() >= 0 ? lex.matchAt(Kind.VERB, keys, c.cueFrom()) : null;
            if (speaker == null && c.type() == QuoteType.INDIRECT && verb != null && verb.is(Flag.REPORT)) {
                continue; // "…, Trend reports.": an event reported, nobody's words
            }
            if (speaker == null && ("group".equals(reason) || "plural".equals(reason))) {
                context.lastGroupAt = c.start();
            }
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

    /** True when the attribution region holds a role noun or a document noun ({@code глава}, {@code хабар}). */
    private boolean roleOrDocumentIn(Region r) {
        for (int t = r == null ? 0 : r.from(); r != null && t < r.to(); t++) {
            Phrase noun = lex.matchAt(Kind.ORG_NOUN, keys, t);
            Phrase role = lex.matchAt(Kind.ROLE, keys, t);
            if (role != null && !role.is(Flag.TRADE) || noun != null && noun.is(Flag.DOCUMENT)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the role noun matched at token {@code i} is in the plural ({@code бош вазирлари}, {@code
     * премьер-министрлері}, {@code министры}, {@code ministers}): the ending after its stem opens with a plural suffix.
     */
    private boolean pluralRole(Phrase role, int i) {
        if (lex.isEmpty(Kind.PLURAL_SUFFIX)) {
            return false;
        }
        CueLexicon.Word last = role.words().get(role.words().size() - 1);
        String key = keys.get(i + role.words().size() - 1);
        if (!last.prefix() || key.length() <= last.key().length()) {
            return false;
        }
        return lex.startsWith(Kind.PLURAL_SUFFIX, key.substring(last.key().length()));
    }

    /** Who spoke last, carried from quote to quote. */
    private static final class SpeakerContext {
        Entity lastSpeaker;
        int lastSpeakerAt = -1;
        Entity lastOrganization;
        int lastOrganizationAt = -1;
        /** Where a group last spoke ("бош вазирлари … маълум қилди"): a plural pronoun after it is that group. */
        int lastGroupAt = -1;
    }

    /** Which rule gave the last {@link #speakerOf} answer (a feature of the speaker model). */
    private String reason = "none";

    /**
     * True when the region names two different people joined by a name joiner, neither inside the quote ({@code X ва
     * Y таъкидлади}, {@code X and Y stressed}).
     */
    private boolean jointSubject(Region r, QuoteCandidate c) {
        for (int i = r.from(); i < r.to(); i++) {
            Ref ref = ix.refStartingIn(i);
            if (ref == null || ref.entity().type() != EntityType.PERSON
                    || tokens.get(i).start() >= c.start() && tokens.get(i).start() < c.end()) {
                continue;
            }
            int last = ix.tokenAtOrAfter(ref.end() - 1);
            int second = clauses.secondJoinedName(last + 1, r.to());
            if (second > 0) {
                Ref other = null;
                for (int k = last + 2; k < second && other == null; k++) {
                    Ref o = ix.refStartingIn(k);
                    other = o != null && o.entity().type() == EntityType.PERSON ? o : null;
                }
                return other != null && other.entity() != ref.entity();
            }
        }
        return false;
    }

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
        Entity antecedent = r == null ? null : relativeAntecedent(r, c);
        if (antecedent != null) {
            return because("relative", antecedent);
        }
        if (r != null && jointSubject(r, c)) {
            return because("joint", null); // "X and Y stressed …": two people together, no single speaker
        }
        if (r != null) {
            int from = tokens.get(Math.min(r.from(), tokens.size() - 1)).start();
            int to = r.to() > r.from() ? tokens.get(r.to() - 1).end() : from;
            Entity e = pickRef(from, to, r.pick(), EntityType.PERSON, c);
            if (e != null) {
                return because("name", e);
            }
            Ref owner = possessorOfRole(from, to, c);
            if (owner != null) {
                // "Clarke's spokesman said": the person holding that office under X, if the article names one; never X
                int roleAt = ix.tokenAtOrAfter(owner.end() - 1) + 1;
                Entity holder = roles.holder(lex.matchAt(Kind.ROLE, keys, roleAt), roleAt, at, null);
                return because("unnamed", holder == owner.entity() ? null : holder);
            }
            Entity outlet = null;
            TokenRange name = unlinked.unlinkedName(r, c);
            if (name != null) {
                unlinked.addMissed(name.from(), name.to(), EntityType.PERSON);
            }
            for (int i = r.from(); i < r.to(); i++) {
                if (tokens.get(i).start() >= c.start() && tokens.get(i).start() < c.end()) {
                    continue; // the quote's own words never name its speaker
                }
                Ref ref = ix.refStartingIn(i);
                int orgEnd = ref == null ? i : ix.tokenAtOrAfter(ref.end() - 1) + 1;
                for (int k = i; ref != null && ref.entity().type() == EntityType.ORGANIZATION && k < orgEnd; k++) {
                    if (k + lex.matchLength(Kind.ROLE, keys, k) > orgEnd) {
                        // "Үкімет басшысы", "глава правительства", "кыргыз өкмөтүнүн башчысы": a role noun that holds
                        // the body's name (Head of Government) is the person who holds that role
                        Entity holder = roles.holder(lex.matchAt(Kind.ROLE, keys, k), k, at, ctx.lastSpeaker);
                        if (holder != null) {
                            return because("role", holder);
                        }
                        break;
                    }
                }
                if (ref != null && ref.entity().type() == EntityType.ORGANIZATION
                        && lex.matchLength(Kind.ROLE, keys, orgEnd) > 0) {
                    // "Rossiya TIV rahbari …", "the EU envoy": the head of that body speaks, not the body; a trade
                    // ("СІМ өкілі", a representative) is never its head
                    int roleAt = orgEnd;
                    Phrase role = lex.matchAt(Kind.ROLE, keys, roleAt);
                    Entity holder = role.is(Flag.TRADE) ? null : roles.holderOf(ref.entity());
                    if (holder == null) {
                        // "СІМ баспасөз хатшысы": the person the article gives that title, if any
                        holder = roles.holder(role, roleAt, at, ctx.lastSpeaker);
                        if (holder != null && holdsOfficeElsewhere(holder, ref.entity())) {
                            holder = null; // "Судьялар одағы төрағасы": not the Supreme Court's chairman named before
                        }
                    }
                    if (holder != null) {
                        return because("role-of-org", holder);
                    }
                    if (role.is(Flag.TRADE) && lex.matchLength(Kind.GROUP, keys, roleAt) > 0) {
                        return because("org", ref.entity()); // "Министрлік өкілдері айтты": its representatives, the body
                    }
                    if (role.is(Flag.TRADE) && !toWhomOrWhere(roleAt + role.words().size() - 1)) {
                        // "Министрлік өкілінің айтуынша": the body's person quoted last, else an unnamed one
                        Entity last = ctx.lastSpeaker;
                        return because("unnamed", last != null && servesIn(last, ref.entity()) ? last : null);
                    }
                }
                if (ref != null && ref.entity().type() == EntityType.ORGANIZATION && titles.headFinal(lex.language())
                        && r.pick() == Pick.FIRST && genitive(ref) && hasPersonAfter(ref, r)) {
                    // "— деді Түркі мемлекеттері ұйымының … Тоқаев": a body in the genitive only qualifies the person
                    i = Math.max(i, ix.tokenAtOrAfter(ref.end() - 1));
                    continue;
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
                int opener = lex.matchLength(Kind.OPENER, keys, i);
                if (opener > 1) {
                    i += opener - 1; // "Ал эми …" (as for): a connective, though "ал" alone is "he"
                    continue;
                }
                Entity acronym = orgRefs.acronymOrganization(i);
                if (acronym != null) {
                    return because("acronym", acronym);
                }
                int group = lex.matchLength(Kind.GROUP, keys, i);
                if (group > 0 && lex.endsWith(Kind.GENITIVE_SUFFIX, keys.get(i + group - 1)) && roleAfter(i + group, r.to())) {
                    i += group - 1; // "Журналистердің сұрағына жауап берген төраға": the group only owns a noun
                    continue;
                }
                if (group > 0 && titles.headFinal(lex.language()) && toWhomOrWhere(i + group - 1)) {
                    i += group - 1; // "журналистларга … маълум қилди": to whom, never who
                    continue;
                }
                if (group > 0) {
                    return because("group", null); // "участники встречи отметили": many people speak, none of them is named
                }
                Phrase pronoun = lex.matchAt(Kind.PRONOUN, keys, i);
                if (pronoun != null && pronoun.is(Flag.PLURAL)) {
                    // "They demanded …": the body that spoke last, if it spoke after any person; else a group
                    boolean body = ctx.lastOrganization != null && ctx.lastOrganizationAt > ctx.lastSpeakerAt
                            && ctx.lastOrganizationAt > ctx.lastGroupAt;
                    return because("plural", body ? ctx.lastOrganization : null);
                }
                if (pronoun != null) {
                    Gender g = CueLexicon.gender(pronoun);
                    Entity p = salientPerson(at, g == Gender.UNKNOWN ? gender : g, ctx, true);
                    if (p == null && r.from() >= ix.tokenAtOrAfter(c.end())) {
                        // "X … uchrashdi. Bu haqda uning o‘zi … yozdi": no one before the words, which name their
                        // own subject first
                        p = firstSubjectInside(c);
                    }
                    if (p == null) {
                        // "«…», – dedi u. | Vazir X …": no one named yet; the person the next sentence names
                        p = firstSubjectAfter(r.to());
                    }
                    return because("pronoun", p);
                }
                Phrase role = lex.matchAt(Kind.ROLE, keys, i);
                if (role != null && pluralRole(role, i)) {
                    return because("group", null); // "Қирғизистон ва Ўзбекистон бош вазирлари … маълум қилди": several speak
                }
                int bodyAt = role == null ? i : i + role.words().size();
                // "the head of the Ministry of Foreign Affairs": past the preposition and article that join them
                if (role != null && bodyAt + 1 < r.to() && lex.matchLength(Kind.PREPOSITION, keys, bodyAt) == 1) {
                    bodyAt++;
                    if (lex.contains(Kind.DETERMINER, keys.get(bodyAt))) {
                        bodyAt++;
                    }
                }
                Entity namedBody = role == null || titles.headFinal(lex.language()) ? null : roles.organizationNamedAt(bodyAt);
                if (namedBody != null) {
                    // "по словам главы российского МИД": the head of that body
                    Entity holder = roles.holderOf(namedBody);
                    if (holder != null) {
                        return because("role-of-org", holder);
                    }
                }
                if (role != null && !titles.headFinal(lex.language()) && !role.is(Flag.TRADE)
                        && lex.matchAt(Kind.ORG_NOUN, keys, i + role.words().size()) != null
                        && orgRefs.organizationNounFollows(i + role.words().size(), r.to())) {
                    // "Глава компании сообщил": the head of a body the article calls by a common noun, the one
                    // holding that office or else the person in focus; an unheld trade ("представитель ведомства")
                    // is an unnamed person
                    Entity holder = roles.holder(role, i, at, ctx.lastSpeaker);
                    if (holder != null) {
                        return because("role", holder);
                    }
                    Phrase body = lex.matchAt(Kind.ORG_NOUN, keys, i + role.words().size());
                    Entity org = orgRefs.organizationFor(body, at, ctx.lastOrganization, ctx.lastOrganizationAt);
                    if (org != null) {
                        return because("org-noun", org);
                    }
                    // the person in focus, when no office of theirs is recorded or it names that body
                    Entity focus = salientPerson(at, gender, ctx, false);
                    String office = focus == null ? null : roles.roleOf(focus);
                    boolean same = office != null && office.toLowerCase(java.util.Locale.ROOT).contains(body.words().get(0).key());
                    return because("role", focus != null && (office == null || same) ? focus : null);
                }
                if (role != null && titles.headFinal(lex.language()) && toWhomOrWhere(i + role.words().size() - 1)) {
                    i += role.words().size() - 1; // "ОАВ вакилларига … уқтирди": to whom, never who
                    continue;
                }
                if (role != null && !orgRefs.organizationNounFollows(i + role.words().size(), r.to())) {
                    Entity holder = roles.holder(role, i, at, ctx.lastSpeaker);
                    // an unheld trade ("dedi advokat") is an unnamed person; an unheld office is rarely so (the
                    // article's titles are often unrecorded): the person in focus
                    return because("role", holder != null ? holder
                            : role.is(Flag.TRADE) ? unofficialFocus(at, gender, ctx) : salientPerson(at, gender, ctx, false));
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
                    Entity named = titles.headFinal(lex.language()) ? null : roles.organizationNamedAt(
                            end + (end + 1 < r.to() && keys.get(end).equals("of") ? 1 : 0));
                    if (named != null && !outlets.contains(named)) {
                        return because("org", named); // "пресс-служба МИД Кыргызстана": the body it serves
                    }
                    Phrase head = titles.headFinal(lex.language()) && end < r.to() ? lex.matchAt(Kind.ROLE, keys, end) : null;
                    Entity holder = head == null ? null : roles.holder(head, end, at, ctx.lastSpeaker);
                    if (holder != null) {
                        // "министрлік баспасөз хатшысы": the role after the body noun is the head, when the article
                        // names its holder; unnamed representatives ("ведомство өкілдері") speak for the body
                        return because("role", holder);
                    }
                    if (!covered[i] && !orgNoun.is(Flag.DOCUMENT)
                            && (!orgNoun.is(Flag.GENERIC) || orgRefs.organizationFor(orgNoun, at, ctx.lastOrganization, ctx.lastOrganizationAt) == null)
                            && orgRefs.namedOrganization(orgNoun, at) == null) {
                        int start = unlinked.organizationPhraseStart(i, r.from());
                        if (start < 0 && end > i + 1 && titles.knows(lex.language(), keys, i)) {
                            start = i; // two body nouns name the body themselves
                        }
                        if (start >= 0) {
                            // "… deya xabar bermoqda Oʻzbekiston prezidenti matbuot xizmati": a body the NER missed
                            unlinked.addMissed(start, end, EntityType.ORGANIZATION);
                        }
                    }
                    // "the ministry said" points at an organization or at no one, never at a person
                    Entity body = orgRefs.organizationFor(orgNoun, at, ctx.lastOrganization, ctx.lastOrganizationAt);
                    String ministry = covered[i] || orgRefs.namedOrganization(orgNoun, at) != null ? null
                            : ministryOfTheMinister(i, end);
                    if (ministry != null) {
                        // "Министр X … . Министрлик … жарыялады": no ministry named, the ministry of the article's one
                        // minister, which the next reading finds by this noun (not the last state body named)
                        unlinked.addMissed(i, end, EntityType.ORGANIZATION, ministry);
                        body = null;
                    }
                    return because("org-noun", body);
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
        // Uzbek, Kazakh and Russian drop the subject pronoun: the speaker is the one in focus; a body quoted last, with
        // no person named since, is in focus itself ("Министрлик … билдирди. … деб таъкидлади.")
        if (ctx.lastOrganization != null && ctx.lastOrganizationAt > ctx.lastSpeakerAt
                && !personNamedBetween(ctx.lastOrganizationAt, at)) {
            return because("focus", ctx.lastOrganization);
        }
        return because("focus", salientPerson(at, gender, ctx, false));
    }

    /**
     * The English name of the ministry a bare ministry noun at tokens [from, to) means: "Ministry …" of the one
     * minister the article names ({@code Minister of Foreign Affairs of Kyrgyzstan} → {@code Ministry of Foreign
     * Affairs of Kyrgyzstan}); null when the noun is no bare ministry or the article names no minister, or several.
     */
    private String ministryOfTheMinister(int from, int to) {
        String noun = titles.translate(lex.language(), keys.subList(from, to), java.util.Collections.nCopies(to - from, null));
        if (!"Ministry".equals(noun)) {
            return null;
        }
        String found = null;
        for (Entity p : persons) {
            String role = roles.roleOf(p);
            if (role != null && role.startsWith("Minister of ")) {
                String ministry = "Ministry" + role.substring("Minister".length());
                if (found != null && !found.equals(ministry)) {
                    return null;
                }
                found = ministry;
            }
        }
        return found;
    }

    /** True when a role noun stands in tokens [from, to) ("… сұрағына жауап берген төраға"). */
    private boolean roleAfter(int from, int to) {
        for (int k = from; k < to; k++) {
            if (lex.matchLength(Kind.ROLE, keys, k) > 0) {
                return true;
            }
        }
        return false;
    }

    /** True when a person is named outside the quotes between char offsets {@code from} and {@code to}. */
    private boolean personNamedBetween(int from, int to) {
        for (int k = ix.firstRefAtOrAfter(from); k < refs.size() && refs.get(k).start() < to; k++) {
            Ref ref = refs.get(k);
            if (ref.entity().type() == EntityType.PERSON && !insideCandidate(ref.start())) {
                return true;
            }
        }
        return false;
    }

    /** True when token {@code t} ends in a dative or locative with no postposition after it: an addressee or a place. */
    private boolean toWhomOrWhere(int t) {
        // "кузатувчиларга кўра" (according to observers): the source, not an addressee
        boolean according = t + 1 < tokens.size() && lex.matchLength(Kind.ACCORDING_AFTER, keys, t + 1) > 0;
        return lex.endsWith(Kind.LOCATIVE_SUFFIX, keys.get(t)) && !ix.postpositionAfter(t) && !according;
    }

    /** True when {@code person}'s role names {@code body} ("First Deputy Minister of Foreign Affairs" serves in its ministry). */
    private boolean servesIn(Entity person, Entity body) {
        String role = roles.roleOf(person);
        if (role == null || body.name() == null) {
            return false;
        }
        String r = role.toLowerCase(java.util.Locale.ROOT);
        String b = body.name().toLowerCase(java.util.Locale.ROOT);
        int of = b.lastIndexOf(" of ");
        String local = of > 0 ? b.substring(0, of) : b; // without its country: "Ministry of Foreign Affairs"
        // a minister's title names the ministry's field: "Deputy Minister of Foreign Affairs"
        String field = local.startsWith("ministry ") ? local.substring("ministry".length()) : null;
        return r.contains(local) || field != null && field.length() > 4 && r.contains(field);
    }

    /** True when {@code person}'s role names another body of the article than {@code body}. */
    private boolean holdsOfficeElsewhere(Entity person, Entity body) {
        for (Ref ref : refs) {
            Entity o = ref.entity();
            if (o.type() == EntityType.ORGANIZATION && o != body && roles.holderOf(o) == person) {
                return true;
            }
        }
        return false;
    }

    /**
     * The source an impersonal verb goes on with: the one body named in its sentence or the one before (outside
     * quotes, no outlet: {@code Вазирлик матбуот хизмати маълумот тарқатди. Унда … таъкидланган}), else the source
     * quoted last, else no one. A person merely named ({@code X шаҳарга келди}) is no source.
     */
    private Entity justNamed(QuoteCandidate c, SpeakerContext ctx) {
        int cue = c.cueFrom() >= 0 ? c.cueFrom() : Math.min(tokens.size() - 1, ix.tokenAtOrAfter(c.start()));
        int from = tokens.get(sentences.get(Math.max(0, sentenceOf[cue] - 1)).from()).start();
        java.util.Set<Entity> bodies = new java.util.LinkedHashSet<>();
        for (int k = ix.firstRefAtOrAfter(from); k < refs.size() && refs.get(k).start() < c.start(); k++) {
            Ref ref = refs.get(k);
            if (ref.entity().type() == EntityType.ORGANIZATION && !outlets.contains(ref.entity())
                    && !insideDirect.test(ref.start()) && !insideCandidate(ref.start()) && !whereOrToWhom(ref)) {
                int roleAt = ix.tokenAtOrAfter(ref.end() - 1) + 1;
                Phrase role = roleAt < tokens.size() ? lex.matchAt(Kind.ROLE, keys, roleAt) : null;
                Entity holder = role == null ? null : roles.holderOf(ref.entity());
                // "Бу ҳақда Сенат раиси … хабар берди": the body's head, who holds that role, is the source named
                bodies.add(holder != null ? holder : ref.entity());
            }
        }
        if (bodies.size() == 1) {
            return bodies.iterator().next();
        }
        if (bodies.isEmpty()) {
            // "Иштирокчилар қўшма баёнот қабул қилди. Унда … қайд этилган": a joint document is no one party's
            // (the sentence before, in narration: not itself words someone reported)
            TokenRange before = sentences.get(Math.max(0, sentenceOf[cue] - 1));
            for (int t = before.from(); t < before.to() && t < cue && sentenceOf[cue] > 0; t++) {
                if (!insideDirect.test(tokens.get(t).start()) && !insideCandidate(tokens.get(t).start())
                        && lex.matchLength(Kind.JOINT, keys, t) > 0) {
                    return null;
                }
            }
        }
        if (ctx.lastGroupAt > ctx.lastSpeakerAt && ctx.lastGroupAt > ctx.lastOrganizationAt) {
            return null; // "… бош вазирлари … маълум қилган. … қайд этилган": the group goes on, no one alone
        }
        return ctx.lastSpeakerAt >= ctx.lastOrganizationAt ? ctx.lastSpeaker : ctx.lastOrganization;
    }

    /** Whether a body, not in the genitive and not a news outlet, is named in [from, ref) as a possible subject. */
    private boolean subjectBodyBefore(int from, Ref ref) {
        for (int k = ix.firstRefAtOrAfter(from); k >= 0 && k < refs.size() && refs.get(k).start() < ref.start(); k++) {
            Ref r = refs.get(k);
            if (r.entity().type() == EntityType.ORGANIZATION && !outlets.contains(r.entity()) && !genitive(r)
                    && !whereOrToWhom(r)) {
                return true;
            }
        }
        return false;
    }

    /** A name glued to a genitive ending ({@code ұйымының}, {@code вазирлигининг}). */
    private boolean genitive(Ref ref) {
        int last = ix.tokenAtOrAfter(ref.end() - 1);
        int glue = tokens.get(last).end() - ref.end();
        String key = keys.get(last);
        return glue > 0 && lex.contains(Kind.GENITIVE_SUFFIX, key.substring(key.length() - glue));
    }

    private boolean hasPersonAfter(Ref ref, Region r) {
        int end = r.to() > 0 ? tokens.get(Math.min(tokens.size(), r.to()) - 1).end() : ref.end();
        for (int k = ix.firstRefAtOrAfter(ref.end()); k < refs.size() && refs.get(k).start() < end; k++) {
            if (refs.get(k).entity().type() == EntityType.PERSON) {
                return true;
            }
        }
        return false;
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
        // refs are sorted by start: only those starting in [from, to)
        for (int k = ix.firstRefAtOrAfter(from); k < refs.size() && refs.get(k).start() < to; k++) {
            Ref ref = refs.get(k);
            if (ref.entity().type() != type) {
                continue;
            }
            if (ref.start() >= c.start() && ref.start() < c.end()) {
                continue; // a name inside the quote is not its speaker
            }
            int t = ix.tokenAtOrAfter(ref.start());
            int last = ix.tokenAtOrAfter(ref.end() - 1);
            if (titles.headFinal(lex.language()) && tokens.get(last).end() > ref.end() && toWhomOrWhere(last)) {
                continue; // "… Азиза Қурбоновага айтди": a name with a dative or locative ending is to whom, never who
            }
            if (pick == Pick.FIRST && (t > 0 && lex.contains(Kind.PREPOSITION, keys.get(t - 1))
                    || ix.postpositionAfter(ix.tokenAtOrAfter(ref.end() - 1)) || governed(ref, t)
                    || type == EntityType.PERSON && genitive(ref) && subjectBodyBefore(from, ref))) {
                // "Вазирлик … Қудратхўжанинг сўзларини … деб топди": with a body as subject before, a person in the
                // genitive owns what is talked about; alone ("Mirziyoyevning so'zlarini keltirmoqda") he is the source
                continue;
            }
            if (ownsRoleAfter(ref, last)) {
                continue; // "Clarke's spokesman said", "Каримовнинг маслаҳатчиси айтди": the holder of X's office speaks
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

    /** The first person in [from, to), outside the quote, who owns a role noun right after it; or null. */
    private Ref possessorOfRole(int from, int to, QuoteCandidate c) {
        for (int k = ix.firstRefAtOrAfter(from); k < refs.size() && refs.get(k).start() < to; k++) {
            Ref ref = refs.get(k);
            if (ref.entity().type() == EntityType.PERSON && (ref.start() < c.start() || ref.start() >= c.end())
                    && ownsRoleAfter(ref, ix.tokenAtOrAfter(ref.end() - 1))) {
                return ref;
            }
        }
        return null;
    }

    /**
     * True when the person {@code ref} (last token {@code last}) is a possessor, in the genitive or with {@code 's},
     * of a role noun right after it: {@code Clarke's spokesman}, {@code Каримовнинг маслаҳатчиси}.
     */
    private boolean ownsRoleAfter(Ref ref, int last) {
        if (last + 1 >= tokens.size() || lex.matchLength(Kind.ROLE, keys, last + 1) == 0) {
            return false;
        }
        String rest = tokens.get(last).text().substring(Math.max(0, Math.min(tokens.get(last).text().length(),
                ref.end() - tokens.get(last).start())));
        return rest.equals("'s") || rest.equals("’s") || genitive(ref);
    }

    /**
     * Whether a name in an oblique case stands after a preposition that governs its whole noun phrase, with nothing
     * between but that phrase's words: no punctuation, verb or other person ({@code с председателем правительства РФ
     * Михаилом Мишустиным}).
     */
    private boolean governed(Ref ref, int t) {
        boolean oblique = false;
        for (int j = t; j < tokens.size() && tokens.get(j).start() < ref.end(); j++) {
            oblique |= tokens.get(j).isWord() && lex.endsWith(Kind.OBLIQUE_SUFFIX, keys.get(j));
        }
        if (!oblique) {
            return false;
        }
        for (int j = t - 1; j >= 0 && sentenceOf[j] == sentenceOf[t]; j--) {
            Token tok = tokens.get(j);
            if (!tok.isWord() || lex.matchLength(Kind.VERB, keys, j) > 0 || lex.contains(Kind.FINITE, keys.get(j))) {
                return false;
            }
            Ref other = ix.refStartingIn(j);
            if (other != null && other.entity().type() == EntityType.PERSON) {
                return false;
            }
            Phrase p = lex.matchAt(Kind.PREPOSITION, keys, j);
            if (p != null && p.is(Flag.GOVERNS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person in focus before offset {@code at}: the later of the last speaker and the last person named as a
     * sentence's subject (not inside a quote, not after a preposition, not glued to a case ending, for a pronoun not before a postposition); failing that the
     * last person named at all, or the article's only person.
     */
    /**
     * The person in focus when the article records no office of theirs ("Сиёсатшунос Алишер Умаров … Эксперт …
     * деди": the expert just named), else null: an office holder in focus is not "the lawyer" or "the analyst".
     */
    private Entity unofficialFocus(int at, Gender gender, SpeakerContext ctx) {
        Entity p = salientPerson(at, gender, ctx, false);
        return p != null && (roles.roleOf(p) == null || roles.namedAsTrade(p)) ? p : null;
    }

    private Entity salientPerson(int at, Gender gender, SpeakerContext ctx, boolean pronoun) {
        int[][] last = (pronoun ? salientForPronoun : salient).computeIfAbsent(gender, g -> salientRefs(g, pronoun));
        int k = ix.firstRefAtOrAfter(at);
        Entity subject = last[0][k] < 0 ? null : refs.get(last[0][k]).entity();
        int subjectAt = last[0][k] < 0 ? -1 : refs.get(last[0][k]).start();
        Entity any = last[1][k] < 0 ? null : refs.get(last[1][k]).entity();
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
        return last[2].length == 1 ? persons.get(last[2][0]) : null;
    }

    /**
     * For each k, the index of the last of refs [0, k) that is a person agreeing with {@code gender} outside the
     * quotes and not glued to an ending nor after a preposition (row 0, the subject), or any such person (row 1),
     * -1 for none; row 2: the indexes of the persons that agree with {@code gender}.
     */
    private int[][] salientRefs(Gender gender, boolean pronoun) {
        boolean headFinal = titles.headFinal(lex.language());
        int[] subject = new int[refs.size() + 1];
        int[] any = new int[refs.size() + 1];
        subject[0] = -1;
        any[0] = -1;
        for (int k = 0; k < refs.size(); k++) {
            subject[k + 1] = subject[k];
            any[k + 1] = any[k];
            Ref ref = refs.get(k);
            if (ref.entity().type() != EntityType.PERSON || !agrees(ref.entity(), gender) || insideCandidate(ref.start())) {
                continue;
            }
            any[k + 1] = k;
            int t = ix.tokenAtOrAfter(ref.start());
            int last = ix.tokenAtOrAfter(ref.end() - 1);
            boolean glued = last < tokens.size() && tokens.get(last).end() > ref.end();
            boolean afterPreposition = t > 0 && lex.contains(Kind.PREPOSITION, keys.get(t - 1));
            // "Ал …" after "… Энхтувшин менен жолукту": a pronoun stands for the subject, not whom the subject met
            boolean beforePostposition = pronoun && ix.postpositionAfter(last);
            // in a verb-final language the clause's subject comes first: a later unglued name of the same sentence is
            // more often an object or an apposition ("Президент X … Y жана Z туурасында … жооп берди")
            boolean laterInSentence = pronoun && headFinal && subject[k] >= 0
                    && sentenceOf[ix.tokenAtOrAfter(refs.get(subject[k]).start())] == sentenceOf[t];
            if (!glued && !afterPreposition && !beforePostposition && !addressed(last) && !laterInSentence) {
                subject[k + 1] = k;
            }
        }
        int[] fit = java.util.stream.IntStream.range(0, persons.size()).filter(i -> agrees(persons.get(i), gender)).toArray();
        return new int[][] {subject, any, fit};
    }

    /**
     * True when the name ending at token {@code last} is addressed in a question ({@code – Әсет Ерғалиұлы, биыл …
     * қандай болады?}): the interviewer speaks to that person, who is no subject named there.
     */
    private boolean addressed(int last) {
        if (last + 1 >= tokens.size() || !tokens.get(last + 1).text().equals(",")) {
            return false;
        }
        TokenRange sentence = sentences.get(sentenceOf[last]);
        return tokens.get(sentence.to() - 1).text().equals("?");
    }

    /** The union of the quotes' spans as sorted disjoint [start, end) pairs, flattened. */
    private static int[] union(List<QuoteCandidate> quotes) {
        List<QuoteCandidate> sorted = new ArrayList<>(quotes);
        sorted.sort(Comparator.comparingInt(QuoteCandidate::start));
        int[] out = new int[2 * sorted.size()];
        int n = 0;
        for (QuoteCandidate c : sorted) {
            if (c.start() >= c.end()) {
                continue;
            }
            if (n > 0 && c.start() <= out[n - 1]) {
                out[n - 1] = Math.max(out[n - 1], c.end());
            } else {
                out[n++] = c.start();
                out[n++] = c.end();
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** The first person named inside the quote's words with no case ending glued on, or null. */
    /** The first person named, without a case ending, in the sentence after token {@code t}'s sentence, or null. */
    private Entity firstSubjectAfter(int t) {
        int si = sentenceOf[Math.min(Math.max(t - 1, 0), tokens.size() - 1)] + 1;
        if (si >= sentences.size()) {
            return null;
        }
        TokenRange next = sentences.get(si);
        int from = tokens.get(next.from()).start();
        int to = tokens.get(next.to() - 1).end();
        for (int k = ix.firstRefAtOrAfter(from); k < refs.size() && refs.get(k).start() < to; k++) {
            Ref ref = refs.get(k);
            int last = ix.tokenAtOrAfter(ref.end() - 1);
            if (ref.entity().type() == EntityType.PERSON && tokens.get(last).end() == ref.end()
                    && !insideCandidate(ref.start())) {
                return ref.entity();
            }
        }
        return null;
    }

    private Entity firstSubjectInside(QuoteCandidate c) {
        for (int k = ix.firstRefAtOrAfter(c.start()); k < refs.size() && refs.get(k).start() < c.end(); k++) {
            Ref ref = refs.get(k);
            int last = ix.tokenAtOrAfter(ref.end() - 1);
            if (ref.entity().type() == EntityType.PERSON && last < tokens.size() && tokens.get(last).end() == ref.end()) {
                return ref.entity();
            }
        }
        return null;
    }

    private boolean insideCandidate(int offset) {
        // the last pair starting at or before offset
        int lo = 0;
        int hi = candidateUnion.length / 2;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (candidateUnion[2 * mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && offset < candidateUnion[2 * lo - 1];
    }

    private boolean agrees(Entity person, Gender gender) {
        if (gender == Gender.UNKNOWN) {
            return true;
        }
        Gender g = genderOf(person);
        return g == Gender.UNKNOWN || g == gender;
    }

    private Gender genderOf(Entity person) {
        return genders.computeIfAbsent(person, this::firstGender);
    }

    private Gender firstGender(Entity person) {
        for (Mention m : person.mentions()) {
            Gender g = lex.nameGender(m.text());
            if (g != Gender.UNKNOWN) {
                return g;
            }
        }
        return Gender.UNKNOWN;
    }

    /**
     * "… received the ambassador Thomas Muller, who said that …", "… принял посла Томаса Мюллера, который отметил …":
     * the last relative pronoun after a comma before the cue makes the name right before that comma the speaker.
     */
    private Entity relativeAntecedent(Region r, QuoteCandidate c) {
        int end = c.cueFrom() >= 0 ? Math.min(r.to(), c.cueFrom()) : r.to();
        for (int i = end - 1; i > r.from(); i--) {
            if (!lex.contains(Kind.RELATIVE, keys.get(i)) || tokens.get(i).start() >= c.start()) {
                continue; // only a relative clause before the words can introduce them
            }
            if (!tokens.get(i - 1).text().equals(",")) {
                return null;
            }
            int before = tokens.get(i - 1).start();
            Ref last = null;
            for (int k = ix.firstRefAtOrAfter(tokens.get(r.from()).start()); k >= 0 && k < refs.size()
                    && refs.get(k).end() <= before; k++) {
                last = refs.get(k);
            }
            boolean adjacent = last != null && ix.tokenAtOrAfter(last.end() - 1) + 1 == i - 1;
            EntityType type = last == null ? null : last.entity().type();
            return adjacent && (type == EntityType.PERSON || type == EntityType.ORGANIZATION) ? last.entity() : null;
        }
        return null;
    }

}
