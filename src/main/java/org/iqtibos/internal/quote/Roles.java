package org.iqtibos.internal.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iqtibos.internal.quote.CueLexicon.Kind;
import org.iqtibos.internal.quote.CueLexicon.Phrase;
import org.iqtibos.internal.quote.TokenIndex.Ref;
import org.iqtibos.result.Entity;
import org.iqtibos.result.EntityType;
import org.iqtibos.result.Mention;
import org.iqtibos.internal.segment.Token;
import org.iqtibos.internal.text.TextFold;

/**
 * Roles in one article: who holds a role noun ("Мемлекет басшысы", "the minister", "глава МИД России"), and each
 * person's role in English as the article states it before a name ({@code Қозоғистон Мудофаа вазирининг ўринбосари}
 * → Deputy Minister of Defence of Kazakhstan) or as the knowledge base has it. Built per call; not thread-safe.
 */
final class Roles {
    private final TokenIndex ix;
    private final CueLexicon lex;
    private final TitleTranslator titles;
    private final Offices offices;
    /** The country whose press writes this language ("kazakhstan" for kk), or null. */
    private final String home;
    private final List<Entity> persons;
    private final String text;
    private final List<Token> tokens;
    private final List<String> keys;
    private final int[] sentenceOf;
    private final String[] entityName;
    private final Map<String, String> cache = new HashMap<>();
    /** Per role noun, the persons it stands before in some mention (see {@link #holder}). */
    private final Map<Phrase, java.util.Set<Entity>> namedAfterRole = new HashMap<>();

    /** The English offices and body words this reads roles with. */
    Offices offices() {
        return offices;
    }

    Roles(TokenIndex ix, CueLexicon lex, TitleTranslator titles, Offices offices, List<Entity> persons) {
        this.ix = ix;
        this.lex = lex;
        this.titles = titles;
        this.offices = offices;
        this.home = lex.homeCountry();
        this.persons = persons;
        this.text = ix.text;
        this.tokens = ix.tokens;
        this.keys = ix.keys;
        this.sentenceOf = ix.sentenceOf;
        this.entityName = ix.entityName;
    }

    /** The organization whose mention starts at token {@code t} (a genitive after a role noun), or null. */
    Entity organizationNamedAt(int t) {
        Ref ref = t < tokens.size() ? ix.refStartingIn(t) : null;
        return ref != null && ref.entity().type() == EntityType.ORGANIZATION ? ref.entity() : null;
    }

    /**
     * The one person of the article whose role names {@code body} (all significant words of its English name:
     * "Ministry of Foreign Affairs of Russia" → a role holding "Foreign", "Affairs", "Russia"), or null.
     */
    Entity holderOf(Entity body) {
        List<String> words = new ArrayList<>();
        for (String w : body.name().split("[\\s,]+")) {
            // a role written without a country is the home country's ("ТИВ вакили": its ministry's man)
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !offices.generic(w)
                    && !w.toLowerCase(java.util.Locale.ROOT).equals(home)) {
                words.add(w.toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        Entity found = null;
        for (Entity p : persons) {
            String role = roleOf(p);
            if (role != null && words.stream().allMatch(role.toLowerCase(java.util.Locale.ROOT)::contains)) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }

    /**
     * The person who holds the role noun at token {@code roleAt}: by the person's role in English (stated in the
     * article or from the knowledge base), or by the role noun standing before a mention; of several, the home
     * country's, the last speaker, else the one named last before {@code at}. Null when no person holds it.
     */
    Entity holder(Phrase role, int roleAt, int at, Entity lastSpeaker) {
        List<Entity> holders = new ArrayList<>();
        // the role noun in English ("Мемлекет басшысы" → Head of State), compared with each person's role in English
        String office = titles.translate(lex.language(), keys.subList(roleAt, roleAt + role.words().size()),
                java.util.Collections.nCopies(role.words().size(), null));
        if (office == null) {
            // a language without a title table (English) names offices in English already: "the diplomat"
            office = String.join(" ", keys.subList(roleAt, roleAt + role.words().size()));
        }
        java.util.Set<Entity> named = namedAfterRole.computeIfAbsent(role, this::namedAfter);
        for (Entity p : persons) {
            if (p.role() != null && matchesPhrase(role, p.role()) || office != null && offices.same(office, roleOf(p))
                    || named.contains(p)) {
                holders.add(p);
            }
        }
        if (holders.isEmpty()) {
            return null;
        }
        // "Өзбекстан Президенті …": the country named right before the role noun chooses among the holders
        String country = roleAt > 0 && !ix.inOrganization[roleAt - 1] && !ix.isPersonAt(roleAt - 1)
                ? entityName[roleAt - 1] : null;
        int after = roleAt + role.words().size();
        if (country == null && after + 1 < tokens.size() && lex.matchLength(Kind.PREPOSITION, keys, after) == 1
                && sentenceOf[after] == sentenceOf[roleAt]) {
            // "the president of Turkmenistan": the country after the role's preposition ("of the", too)
            int place = after + 1 + (lex.contains(Kind.DETERMINER, keys.get(after + 1)) ? 1 : 0);
            country = place < tokens.size() && !ix.inOrganization[place] && !ix.isPersonAt(place) ? entityName[place] : null;
        }
        if (country == null && roleAt > 0 && tokens.get(roleAt - 1).isCapitalized() && !ix.covered[roleAt - 1]
                && keys.get(roleAt - 1).length() >= 4 && !lex.contains(Kind.DETERMINER, keys.get(roleAt - 1))
                && sentenceOf[roleAt - 1] == sentenceOf[roleAt]) {
            // "the Tajik Prime Minister": a nationality adjective names the country as the holder's role does
            // ("Tajik Prime Minister", "Prime Minister of Tajikistan" both hold "tajik")
            country = keys.get(roleAt - 1);
        }
        if (country != null && holders.size() > 1) {
            String c = country.toLowerCase(java.util.Locale.ROOT);
            List<Entity> of = holders.stream().filter(p -> names(roleOf(p), c) || names(p.role(), c)).toList();
            if (!of.isEmpty()) {
                holders = new ArrayList<>(of);
            }
        }
        if (holders.size() > 1 && home != null && (country == null || country.toLowerCase(java.util.Locale.ROOT).equals(home))) {
            // "Мемлекет басшысы" in a Kazakh article is Kazakhstan's: the holder whose role names the home country
            // (the role stated in the article, "Head of State", may name no country: the knowledge base's may)
            List<Entity> local = holders.stream().filter(p -> names(roleOf(p), home) || names(p.role(), home)).toList();
            if (local.isEmpty()) {
                // "Prezident Aziz Karimov … Qirg‘iziston Prezidenti …": a title with no country is the home one
                local = holders.stream().filter(p -> roleOf(p) != null && !roleOf(p).contains(" of ")).toList();
            }
            if (local.size() == 1) {
                return local.get(0);
            }
        }
        if (holders.contains(lastSpeaker)) {
            return lastSpeaker;
        }
        // the holder named last before at (of two mentions at one offset, the first)
        Entity best = holders.get(0);
        int bestAt = -1;
        for (int k = ix.firstRefAtOrAfter(at) - 1; k >= 0 && (bestAt < 0 || ix.refs.get(k).start() == bestAt); k--) {
            Ref ref = ix.refs.get(k);
            if (holders.contains(ref.entity())) {
                best = ref.entity();
                bestAt = ref.start();
            }
        }
        return best;
    }

    private static boolean names(String role, String country) {
        return role != null && role.toLowerCase(java.util.Locale.ROOT).contains(country);
    }

    /** The persons {@code role} stands before in some mention, as the subject ("президенти Иван Петров билан" is governed). */
    private java.util.Set<Entity> namedAfter(Phrase role) {
        java.util.Set<Entity> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Entity p : persons) {
            for (Mention m : p.mentions()) {
                if (roleBefore(m.start(), role) && !ix.postpositionAfter(ix.tokenAtOrAfter(m.end() - 1))) {
                    out.add(p);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * True when {@code role} stands in apposition right before the name at {@code offset}: the token before it,
     * or before up to three capitalized words that are no role ({@code президент Казахстана Токаев}) and start no
     * other person's name ({@code әкімі Ғабит Сыздықбеков Әл-Фараби …}: the title is the first name's).
     */
    boolean roleBefore(int offset, Phrase role) {
        int t = ix.tokenAtOrAfter(offset);
        int i = t - 1;
        int skipped = 0;
        while (i >= 0 && skipped < 3 && tokens.get(i).isWord() && tokens.get(i).isCapitalized()
                && lex.matchAt(Kind.ROLE, keys, i) == null && !endsRole(i) && sentenceOf[i] == sentenceOf[t]
                && !ix.isPersonAt(i)) {
            i--;
            skipped++;
        }
        if (i < 0 || sentenceOf[i] != sentenceOf[t]) {
            return false;
        }
        // the role phrase ends at token i ("мемлекет басшысы Нұрлан …")
        int j = i - role.words().size() + 1;
        return j >= 0 && role.equals(lex.matchAt(Kind.ROLE, keys, j));
    }

    /** True when a trade ({@code сиёсатшунос}, {@code экономист}) stands right before some mention of {@code p}. */
    boolean namedAsTrade(Entity p) {
        for (Mention m : p.mentions()) {
            int i = ix.tokenAtOrAfter(m.start()) - 1;
            for (int j = Math.max(0, i - 3); j <= i; j++) {
                Phrase role = lex.matchAt(Kind.ROLE, keys, j);
                if (role != null && role.is(CueLexicon.Flag.TRADE) && j + role.words().size() - 1 == i) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a role phrase of several words ends at token {@code i}. */
    boolean endsRole(int i) {
        for (int j = Math.max(0, i - 3); j < i; j++) {
            Phrase p = lex.matchAt(Kind.ROLE, keys, j);
            if (p != null && j + p.words().size() - 1 == i) {
                return true;
            }
        }
        return false;
    }

    /** True when the words of {@code phrase} occur in {@code words}. */
    static boolean matchesPhrase(Phrase phrase, String words) {
        List<Token> ts = org.iqtibos.internal.segment.Segmenter.tokenize(words, 0, words.length());
        List<String> ks = ts.stream().map(t -> TextFold.cueKey(t.text())).toList();
        for (int i = 0; i < ks.size(); i++) {
            boolean ok = i + phrase.words().size() <= ks.size();
            for (int j = 0; ok && j < phrase.words().size(); j++) {
                ok = phrase.words().get(j).matches(ks.get(i + j));
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    /**
     * The speaker's role: the title the article puts before one of the person's mentions, in English ({@code
     * Қозоғистон Мудофаа вазирининг ўринбосари} → {@code Deputy Minister of Defence of Kazakhstan}); else the
     * knowledge base's role; else the title phrase as written.
     */
    String roleOf(Entity e) {
        if (e.type() != EntityType.PERSON) {
            return null; // an organization's role is its kind ("state body"), no title
        }
        return cache.computeIfAbsent(e.id(), id -> {
            String stated = statedRole(e);
            if (stated != null) {
                return stated;
            }
            return e.role() != null ? e.role() : writtenRole(e);
        });
    }

    /** Most words a title before a name may have ({@code Ўзбекистон Республикаси Ташқи ишлар вазирининг матбуот котиби}). */
    static final int MAX_TITLE_WORDS = 8;

    /** The English of the longest title phrase right before one of the person's mentions, or null. */
    private String statedRole(Entity e) {
        for (Mention m : e.mentions()) {
            int t = ix.tokenAtOrAfter(m.start());
            if (t >= tokens.size() || ix.postpositionAfter(ix.tokenAtOrAfter(m.end() - 1))) {
                continue; // "президенти Иван Петров билан": the title may be the subject's, not the governed name's
            }
            int from = t;
            while (from > 0 && t - from < MAX_TITLE_WORDS && tokens.get(from - 1).isWord()
                    && sentenceOf[from - 1] == sentenceOf[t] && !ix.isPersonAt(from - 1)
                    && lex.matchLength(Kind.VERB, keys, from - 1) == 0) {
                from--;
            }
            for (int f = from; f < t; f++) {
                String english = titles.translate(lex.language(), keys.subList(f, t),
                        java.util.Arrays.asList(entityName).subList(f, t));
                if (english != null) {
                    return english;
                }
            }
        }
        return null;
    }

    /** The title phrase as the article writes it before one of the person's mentions, or null. */
    private String writtenRole(Entity e) {
        for (Mention m : e.mentions()) {
            int t = ix.tokenAtOrAfter(m.start());
            int from = t;
            boolean role = false;
            for (int i = t - 1; i >= Math.max(0, t - 6); i--) {
                if (!tokens.get(i).isWord() || sentenceOf[i] != sentenceOf[Math.min(t, tokens.size() - 1)]
                        || lex.matchLength(Kind.VERB, keys, i) > 0 || ix.isPersonAt(i)) {
                    break;
                }
                from = i;
                role |= lex.matchLength(Kind.ROLE, keys, i) > 0;
            }
            while (from < t && !tokens.get(from).isCapitalized() && lex.matchLength(Kind.ROLE, keys, from) == 0) {
                from++;
            }
            if (role && from < t) {
                return text.substring(tokens.get(from).start(), tokens.get(t - 1).end());
            }
        }
        return null;
    }

}
