package org.iqtibos.link;

import org.iqtibos.text.Nation;

import org.iqtibos.text.Romanizer;

import org.iqtibos.kb.NameKey;

import org.iqtibos.kb.KbEntry;

import org.iqtibos.kb.KnowledgeBase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.iqtibos.Language;
import org.iqtibos.Script;
import org.iqtibos.model.ModelFiles;
import org.iqtibos.morph.NameStemmer;
import org.iqtibos.ner.MentionCandidate;
import org.iqtibos.result.Entity;
import org.iqtibos.result.EntityType;
import org.iqtibos.result.Mention;
import org.iqtibos.segment.SegmentedText;

/**
 * Turns an article's mentions into entities: one per real person, organization or place, named as
 * English-language press names it.
 *
 * <p>Mentions join one entity when they link to the same knowledge-base entry; when a person's surname agrees
 * (across scripts and case endings, by {@link Romanizer#looseKey}) and the given names, if both are written, agree
 * or one is an initial ({@code Д. Мантуров}); when an organization's acronym is the initials of a spelled-out
 * mention ({@code КХШТ} / {@code Коллектив хавфсизлик шартномаси ташкилоти}); or when their base forms agree.
 * Linked entities carry the knowledge base's name, id, aliases and role; the others a romanization of their base
 * form. Ids run P1.., O1.., L1.. in order of first mention.
 *
 * <p>Immutable and thread-safe.
 */
public final class EntityLinker {
    private static final Set<String> ALIAS_LANGUAGES = Set.of("en", "ru", "uz-Cyrl", "uz-Latn", "kk", "ky");
    private static final int MAX_ALIASES = 12;
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Signs around a word ({@code «Назарбаев»,}), which are no part of the name. */
    private static final Pattern EDGE_SIGNS = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    /** What may stand between an organization and the country it is about: a glued case ending, {@code по}, {@code for}. */
    private static final Pattern ORGANIZATION_TO_COUNTRY = Pattern.compile("[\\p{L}'’‘ʻ-]{0,6}\\s+(?:по\\s+|for\\s+)?");
    /** A base form written as such counts this much more than one reached by cutting an ending. */
    private static final double AS_WRITTEN_VOTE = 1.5;
    /** The country whose news an outlet language mostly is: where a bare ministry belongs when nothing else says. */
    private static final Map<Language, String> HOME_COUNTRY = Map.of(
            Language.UZ, "Uzbekistan", Language.KK, "Kazakhstan", Language.KY, "Kyrgyzstan");

    private final KnowledgeBase kb;
    private final Romanizer romanizer;
    private final Map<Language, NameStemmer> stemmers;

    private EntityLinker(KnowledgeBase kb, Romanizer romanizer, Map<Language, NameStemmer> stemmers) {
        this.kb = kb;
        this.romanizer = romanizer;
        this.stemmers = stemmers;
    }

    /** A linker over {@code kb}, reading names with {@code stemmers} (one per language; missing ones keep words as written). */
    public static EntityLinker create(KnowledgeBase kb, Romanizer romanizer, Map<Language, NameStemmer> stemmers) {
        Objects.requireNonNull(kb, "kb");
        Objects.requireNonNull(romanizer, "romanizer");
        Objects.requireNonNull(stemmers, "stemmers");
        return new EntityLinker(kb, romanizer, Map.copyOf(stemmers));
    }

    /** A linker over {@code kb} with the stemmers and romanization rules of {@code files}. */
    public static EntityLinker load(ModelFiles files, KnowledgeBase kb) {
        Map<Language, NameStemmer> stemmers = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            stemmers.put(l, NameStemmer.load(files, l));
        }
        return create(kb, Romanizer.load(files), stemmers);
    }

    /** One mention while clustering. */
    private final class Item {
        final MentionCandidate m;
        final String surface;
        final List<String> words = new ArrayList<>();
        final List<Boolean> initial = new ArrayList<>();
        String kbId;
        /** What the comparisons of two items read of this one: items of one cluster with one signature compare alike. */
        String signature;

        Item(MentionCandidate m, String text) {
            this.m = m;
            this.surface = text.substring(m.start(), m.end());
            this.kbId = m.kbId();
            String[] parts = SPACES.split(surface);
            for (String p : parts) {
                String w = EDGE_SIGNS.matcher(p).replaceAll("");
                if (w.isEmpty()) {
                    continue;
                }
                words.add(w);
                initial.add(w.codePointCount(0, w.length()) == 1 && p.endsWith("."));
            }
            this.signature = words + "|" + initial;
        }

        String last() {
            return words.isEmpty() ? surface : words.get(words.size() - 1);
        }

        boolean acronym() {
            return words.size() == 1 && (KnowledgeBase.isAcronym(words.get(0)) || isAllUpper(words.get(0)));
        }
    }

    private static final class Cluster {
        final EntityType type;
        /** Position in the article's list of clusters: later clusters are tried first. */
        final int position;
        final List<Item> items = new ArrayList<>();
        String kbId;

        Cluster(EntityType type, int position) {
            this.type = type;
            this.position = position;
        }
    }

    /**
     * The loose keys of one article's words, each computed once, and the clusters indexed by them: two mentions
     * can only be one entity when they share a key, so a mention is compared with the few mentions sharing one of
     * its keys instead of every mention before it.
     */
    private final class Article {
        final Language lang;
        final NameStemmer stemmer;
        private final Map<String, String> loose = new HashMap<>();
        private final Map<String, Set<String>> keys = new HashMap<>();
        /** key → cluster → the cluster's items under that key, one per signature. */
        private final Map<String, Map<Cluster, Map<String, Item>>> items = new HashMap<>();
        /** surname key of a linked person's entry → the clusters of such persons. */
        private final Map<String, List<Cluster>> linkedSurnames = new HashMap<>();

        Article(Language lang, NameStemmer stemmer) {
            this.lang = lang;
            this.stemmer = stemmer;
        }

        String loose(String name) {
            String k = loose.get(name);
            if (k == null) {
                k = romanizer.looseKey(name, lang);
                loose.put(name, k);
            }
            return k;
        }

        /** Loose keys of a word's base forms. */
        Set<String> keys(String word) {
            Set<String> out = keys.get(word);
            if (out == null) {
                out = new LinkedHashSet<>();
                for (String f : stemmer == null ? List.of(word) : stemmer.baseForms(word)) {
                    if (f.codePointCount(0, f.length()) >= 2) {
                        out.add(loose(f));
                    }
                }
                out.remove("");
                keys.put(word, out);
            }
            return out;
        }

        void add(Cluster c, Item it) {
            c.items.add(it);
            for (String key : indexKeys(it, this, false)) {
                items.computeIfAbsent(key, x -> new HashMap<>()).computeIfAbsent(c, x -> new HashMap<>())
                        .putIfAbsent(it.signature, it);
            }
        }

        void linked(Cluster c) {
            if (c.type != EntityType.PERSON) {
                return;
            }
            KbEntry e = kb.entry(c.kbId);
            if (e != null) {
                for (String key : surnameKeysOfEntry(e, this)) {
                    linkedSurnames.computeIfAbsent(key, x -> new ArrayList<>()).add(c);
                }
            }
        }

        /** The clusters {@code it} may join, latest first, each with its items that share a key with {@code it}. */
        List<Map.Entry<Cluster, List<Item>>> candidates(Item it) {
            Map<Cluster, List<Item>> out = new HashMap<>();
            for (String key : indexKeys(it, this, true)) {
                for (Map.Entry<Cluster, Map<String, Item>> e : items.getOrDefault(key, Map.of()).entrySet()) {
                    out.computeIfAbsent(e.getKey(), x -> new ArrayList<>()).addAll(e.getValue().values());
                }
            }
            if (it.m.type() == EntityType.PERSON && it.words.size() == 1) {
                for (String key : keys(it.last())) {
                    for (Cluster c : linkedSurnames.getOrDefault(key, List.of())) {
                        out.computeIfAbsent(c, x -> new ArrayList<>());
                    }
                }
            }
            List<Map.Entry<Cluster, List<Item>>> sorted = new ArrayList<>(out.entrySet());
            sorted.sort(Comparator.comparingInt((Map.Entry<Cluster, List<Item>> e) -> e.getKey().position).reversed());
            return sorted;
        }
    }

    /**
     * Keys under which {@code it} is filed ({@code lookup} false) or looked for ({@code lookup} true): two items
     * for which {@link #samePerson} or {@link #sameThing} holds share a key, the one filed under it by the other's
     * lookup. An acronym is looked for under the initials of spelled-out names, and those under acronyms.
     */
    private Set<String> indexKeys(Item it, Article a, boolean lookup) {
        Set<String> out = new LinkedHashSet<>();
        if (it.m.type() == EntityType.PERSON) {
            if (!it.words.isEmpty()) {
                for (String k : a.keys(it.last())) {
                    out.add("s:" + k);
                    if (k.length() >= 5) {
                        out.add("v:" + k.substring(0, 2) + k.length()); // one letter apart (Lebedov, Lebedev)
                    }
                    boolean suffixed = k.length() >= 6 && (k.endsWith("ov") || k.endsWith("ev"));
                    out.add("w:" + (suffixed ? k.substring(0, k.length() - 2) : k)); // with -ov/-ev added or not
                }
            }
            return out;
        }
        if (it.acronym()) {
            for (String x : baseAcronyms(it.words.get(0).toUpperCase(Locale.ROOT), a.stemmer)) {
                out.add((lookup ? "f:" : "a:") + a.loose(x));
            }
        } else {
            String initials = initials(it.words);
            if (initials.length() >= 2) {
                out.add((lookup ? "a:" : "f:") + a.loose(initials));
            }
        }
        for (String k : phraseKeys(it, a)) {
            out.add("p" + it.words.size() + ":" + k);
        }
        return out;
    }

    /**
     * The entities of {@code text} from its {@code mentions} (spans into {@code text.text()}; overlapping ones are
     * reduced to one, preferring a linked, then a longer mention).
     */
    public List<Entity> link(SegmentedText text, Language lang, Script script, List<MentionCandidate> mentions) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(mentions, "mentions");
        String s = text.text();
        NameStemmer stemmer = stemmers.get(lang);
        List<Item> items = new ArrayList<>();
        for (MentionCandidate m : dedupe(mentions)) {
            if (m.end() > s.length()) {
                throw new IllegalArgumentException("mentions: span [" + m.start() + ", " + m.end() + ") outside the text");
            }
            Item it = new Item(m, s);
            if (it.kbId == null) {
                it.kbId = linkByName(it, stemmer);
            } else {
                it.kbId = ownLanguageEntry(it, lang, stemmer);
            }
            items.add(it);
        }
        List<Cluster> clusters = new ArrayList<>();
        Map<String, Cluster> byKb = new HashMap<>();
        Article article = new Article(lang, stemmer);
        for (Item it : items) {
            Cluster c = null;
            if (it.kbId != null) {
                c = byKb.get(it.kbId);
            }
            if (c == null) {
                c = findCluster(it, article);
            }
            if (c == null) {
                c = new Cluster(it.m.type(), clusters.size());
                clusters.add(c);
            }
            if (it.kbId != null && c.kbId == null) {
                c.kbId = it.kbId;
                byKb.put(it.kbId, c);
                article.linked(c);
            }
            article.add(c, it);
        }
        attachGenericBodies(clusters, lang);
        List<Entity> out = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            int n = 0;
            for (Cluster c : clusters) {
                if (c.type == type) {
                    out.add(entity(c, type.idPrefix() + (++n), s, lang, stemmer, items));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * A state body written without its country ({@code Министерство иностранных дел}) joins the one body of that
     * kind the article names with a country ({@code МИД России}); among several, the one of the outlet language's
     * home country ({@code СІМ} in Kazakh news beside Russia's ministry is Kazakhstan's); with none, it is the body
     * of the home country, as a last resort that Russian and English, written all over the region, do not have;
     * otherwise it stays on its own, since picking one would be a guess (the country the article names most often
     * was tried for Russian and English and named the wrong ministry as often as the right one).
     */
    private void attachGenericBodies(List<Cluster> clusters, Language lang) {
        KbEntry home = HOME_COUNTRY.containsKey(lang) ? country(HOME_COUNTRY.get(lang)) : null;
        for (Cluster g : new ArrayList<>(clusters)) {
            KnowledgeBase.StateBodyId body = KnowledgeBase.StateBodyId.parse(g.kbId);
            if (body == null || body.countryId() != null) {
                continue;
            }
            String prefix = body.english() + " of ";
            Cluster target = null;
            Cluster homeTarget = null;
            int n = 0;
            for (Cluster c : clusters) {
                KbEntry e = c == g || c.kbId == null ? null : kb.entry(c.kbId);
                if (e != null && e.type() == EntityType.ORGANIZATION && e.name().startsWith(prefix)) {
                    target = c;
                    n++;
                    if (home != null && e.name().equals(prefix + home.name())) {
                        homeTarget = c;
                    }
                }
            }
            if (n > 1 && homeTarget != null) {
                target = homeTarget;
                n = 1;
            }
            if (n == 1) {
                target.items.addAll(g.items);
                clusters.remove(g);
            } else if (n == 0 && home != null) {
                g.kbId = bodyOf(body.english(), home);
            }
        }
    }

    /** The knowledge base's country of this English name, or null. */
    private KbEntry country(String name) {
        for (KbEntry e : kb.lookup(name)) {
            if (e.isCountry()) {
                return e;
            }
        }
        return null;
    }

    /** The knowledge base's organization "<Body> of <Country>" when it has one, else the composed id. */
    private String bodyOf(String english, KbEntry country) {
        for (KbEntry e : kb.lookup(english + " of " + country.name())) {
            if (e.type() == EntityType.ORGANIZATION) {
                return e.id();
            }
        }
        return KnowledgeBase.stateBodyId(english, country);
    }

    /** Overlapping mentions of one type reduced to one; an organization may still contain a place (merged upstream). */
    private static List<MentionCandidate> dedupe(List<MentionCandidate> mentions) {
        List<MentionCandidate> out = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            out.addAll(dedupeOneType(mentions.stream().filter(m -> m.type() == type).toList()));
        }
        // at one start the longer name first: the body of a bloc before the bloc whose acronym opens it
        out.sort(Comparator.comparingInt(MentionCandidate::start).thenComparingInt(m -> -m.end()));
        return out;
    }

    private static List<MentionCandidate> dedupeOneType(List<MentionCandidate> mentions) {
        List<MentionCandidate> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(MentionCandidate::start).thenComparing(m -> -m.length()));
        List<MentionCandidate> out = new ArrayList<>();
        for (MentionCandidate m : sorted) {
            MentionCandidate prev = out.isEmpty() ? null : out.get(out.size() - 1);
            // an organization opening the name of another one (БМТ of БМТ Хавфсизлик Кенгаши) stays: the merger
            // kept both on purpose
            boolean opening = prev != null && m.kbId() != null && prev.kbId() != null && !m.kbId().equals(prev.kbId())
                    && m.start() == prev.start() && m.end() < prev.end();
            if (prev != null && prev.overlaps(m) && !opening) {
                boolean better = (m.kbId() != null && prev.kbId() == null)
                        || (m.kbId() == null) == (prev.kbId() == null) && m.length() > prev.length();
                if (better) {
                    out.set(out.size() - 1, m);
                }
                continue;
            }
            out.add(m);
        }
        return out;
    }

    /** The knowledge-base id of an unlinked mention of the same type, trying the last word's base forms. */
    /**
     * The entry of the article's language when the mention's words are an alias of several entries: {@code Сенат}
     * is the Senate of Kazakhstan in Kazakh news and of Uzbekistan in Uzbek news. Else the finder's entry.
     */
    private String ownLanguageEntry(Item it, Language lang, NameStemmer stemmer) {
        if (it.words.isEmpty() || it.m.type() == EntityType.PERSON) {
            return it.kbId;
        }
        String head = it.words.size() <= 1 ? "" : String.join(" ", it.words.subList(0, it.words.size() - 1)) + " ";
        for (String f : stemmer == null ? List.of(it.last()) : stemmer.baseForms(it.last())) {
            String key = NameKey.of(head + f);
            KnowledgeBase.Alias a = kb.alias(key);
            if (a == null || a.entries().size() < 2 || a.entries().stream().noneMatch(e -> e.id().equals(it.kbId))) {
                continue;
            }
            for (KbEntry e : a.entries()) {
                if (e.type() == it.m.type() && holdsAlias(e, key, lang)) {
                    return e.id();
                }
            }
            return it.kbId;
        }
        return it.kbId;
    }

    /** True when {@code e} lists an alias of key {@code key} among the forms of language {@code lang}. */
    private static boolean holdsAlias(KbEntry e, String key, Language lang) {
        List<String> columns = lang == Language.UZ ? List.of("uz-Cyrl", "uz-Latn") : List.of(lang.code());
        for (String c : columns) {
            for (String x : e.aliases().getOrDefault(c, List.of())) {
                if (NameKey.of(x).equals(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    private String linkByName(Item it, NameStemmer stemmer) {
        String head = it.words.size() <= 1 ? "" : String.join(" ", it.words.subList(0, it.words.size() - 1)) + " ";
        List<String> forms = stemmer == null ? List.of(it.last()) : stemmer.baseForms(it.last());
        for (String f : forms) {
            for (KbEntry e : kb.lookup(head + f)) {
                if (e.type() == it.m.type()) {
                    return e.id();
                }
            }
        }
        return null;
    }

    /** The latest cluster {@code it} belongs to, or null. */
    private Cluster findCluster(Item it, Article a) {
        for (Map.Entry<Cluster, List<Item>> candidate : a.candidates(it)) {
            Cluster c = candidate.getKey();
            if (c.type != it.m.type() || (c.kbId != null && it.kbId != null)) {
                continue;
            }
            for (Item o : candidate.getValue()) {
                if (it.m.type() == EntityType.PERSON ? samePerson(it, o, a) : sameThing(it, o, a)) {
                    return c;
                }
            }
            if (c.kbId != null && it.m.type() == EntityType.PERSON && it.words.size() == 1) {
                KbEntry e = kb.entry(c.kbId);
                if (e != null && surnameKeysOfEntry(e, a).stream().anyMatch(a.keys(it.last())::contains)) {
                    return c;
                }
            }
        }
        return null;
    }

    private boolean samePerson(Item a, Item b, Article art) {
        if (a.words.isEmpty() || b.words.isEmpty()) {
            return false;
        }
        Set<String> sa = art.keys(a.last());
        Set<String> sb = art.keys(b.last());
        boolean sameSurname = sa.stream().anyMatch(sb::contains);
        boolean variant = !sameSurname && sa.stream().anyMatch(x -> sb.stream().anyMatch(y -> oneLetterApart(x, y)));
        boolean bothFull = a.words.size() > 1 && b.words.size() > 1;
        if (!sameSurname && !variant && !(bothFull && sa.stream().anyMatch(x -> sb.stream().anyMatch(y -> withSuffix(x, y))))) {
            return false;
        }
        if (a.words.size() == 1 || b.words.size() == 1) {
            return true;
        }
        String ga = a.words.get(0);
        String gb = b.words.get(0);
        if (a.initial.get(0) || b.initial.get(0)) {
            String ka = art.loose(ga);
            String kbk = art.loose(gb);
            return !ka.isEmpty() && !kbk.isEmpty() && ka.charAt(0) == kbk.charAt(0);
        }
        return art.keys(ga).stream().anyMatch(art.keys(gb)::contains);
    }

    /**
     * True for two loose surname keys of one length, at least five letters, with the same first two letters, that
     * differ in one letter: a misspelling ({@code Lebedov}, {@code Lebedev}).
     */
    static boolean oneLetterApart(String x, String y) {
        if (x.length() != y.length() || x.length() < 5 || x.charAt(0) != y.charAt(0) || x.charAt(1) != y.charAt(1)) {
            return false;
        }
        int diff = 0;
        for (int i = 2; i < x.length() && diff < 2; i++) {
            if (x.charAt(i) != y.charAt(i)) {
                diff++;
            }
        }
        return diff == 1;
    }

    /**
     * True when one loose surname key is the other with the Russian-style suffix {@code -ov}/{@code -ev} added
     * ({@code Qudratxo'ja}, {@code Qudratxo'jayev}): the region writes one surname both ways.
     */
    static boolean withSuffix(String x, String y) {
        String longer = x.length() > y.length() ? x : y;
        String shorter = longer == x ? y : x;
        return shorter.length() >= 4 && longer.length() == shorter.length() + 2 && longer.startsWith(shorter)
                && (longer.endsWith("ov") || longer.endsWith("ev"));
    }

    private boolean sameThing(Item a, Item b, Article art) {
        NameStemmer stemmer = art.stemmer;
        if (a.acronym() != b.acronym()) {
            Item acr = a.acronym() ? a : b;
            Item full = a.acronym() ? b : a;
            String initials = initials(full.words);
            String ac = acr.words.get(0).toUpperCase(Locale.ROOT);
            return initials.length() >= 2 && (baseAcronyms(ac, stemmer).contains(initials)
                    || baseAcronyms(ac, stemmer).stream().anyMatch(x -> art.loose(x).equals(art.loose(initials))));
        }
        if (a.words.size() != b.words.size()) {
            return false;
        }
        return phraseKeys(a, art).stream().anyMatch(phraseKeys(b, art)::contains);
    }

    private Set<String> baseAcronyms(String acronym, NameStemmer stemmer) {
        Set<String> out = new LinkedHashSet<>();
        for (String f : stemmer == null ? List.of(acronym) : stemmer.baseForms(acronym)) {
            out.add(f.toUpperCase(Locale.ROOT));
        }
        return out;
    }

    private static String initials(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            for (String part : w.split("-")) {
                if (!part.isEmpty() && Character.isLetter(part.codePointAt(0))) {
                    sb.appendCodePoint(Character.toUpperCase(part.codePointAt(0)));
                }
            }
        }
        return sb.toString();
    }

    private Set<String> phraseKeys(Item it, Article a) {
        Set<String> out = new LinkedHashSet<>();
        String head = it.words.size() <= 1 ? "" : a.loose(String.join(" ", it.words.subList(0, it.words.size() - 1))) + " ";
        for (String k : a.keys(it.last())) {
            out.add(head + k);
        }
        return out;
    }

    private Set<String> surnameKeysOfEntry(KbEntry e, Article art) {
        Set<String> out = new LinkedHashSet<>();
        for (String a : e.allAliases()) {
            String[] w = WHITESPACE.split(a);
            out.add(art.loose(w[w.length - 1]));
        }
        return out;
    }

    private Entity entity(Cluster c, String id, String text, Language lang, NameStemmer stemmer, List<Item> items) {
        List<Mention> mentions = new ArrayList<>();
        for (Item it : c.items) {
            mentions.add(Mention.of(text, it.m.start(), it.m.end()));
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        KbEntry e = c.kbId == null ? null : kb.entry(c.kbId);
        if (e != null) {
            List<String> aliases = new ArrayList<>();
            for (Map.Entry<String, List<String>> a : e.aliases().entrySet()) {
                if (ALIAS_LANGUAGES.contains(a.getKey())) {
                    for (String x : a.getValue()) {
                        if (!x.equals(e.name()) && !aliases.contains(x) && aliases.size() < MAX_ALIASES) {
                            aliases.add(x);
                        }
                    }
                }
            }
            // a composed state body is no record of the knowledge base: it has a name but no id
            String kbId = KnowledgeBase.StateBodyId.parse(e.id()) != null || e.id().startsWith(KnowledgeBase.DESCRIBED_BODY)
                    ? null : e.id();
            // a person's role is an office; an organization's is its kind ("state body", "news outlet")
            String role = c.type == EntityType.PLACE ? null : e.role();
            return new Entity(id, c.type, e.name(), kbId, aliases, role, mentions);
        }
        Nation nation = c.type == EntityType.PERSON ? nation(c, text, items) : null;
        String name = romanizedName(c, lang, nation, stemmer);
        if (c.type == EntityType.PERSON && lang == Language.UZ) {
            // Uzbek Latin names as the press prints them: without the apostrophes of o‘, g‘ and the tutuq belgisi
            name = UZBEK_APOSTROPHE.matcher(name).replaceAll("");
        }
        return new Entity(id, c.type, name, null, List.of(), null, mentions);
    }

    /**
     * The nation of a person: Chinese when a mention reads as a Chinese name ({@link Romanizer#looksChinese});
     * else the nation of the country every mention's role names just before it in its sentence ({@code Қозоғистон
     * Мудофаа вазирининг ўринбосари Шайх-Ҳасан Жазиқбаев}); else null.
     */
    private Nation nation(Cluster c, String text, List<Item> items) {
        Nation found = null;
        for (Item it : c.items) {
            if (it.words.size() >= 2 && romanizer.looksChinese(String.join(" ", it.words))) {
                return Nation.CHINESE;
            }
        }
        for (Item it : c.items) {
            Nation n = Nation.ofCountry(roleCountry(it, text, items));
            if (n != null) {
                if (found != null && found != n) {
                    return null;
                }
                found = n;
            }
        }
        return found;
    }

    /** How far before a name its role's country may stand, in characters ({@code Қозоғистон Мудофаа вазирининг ўринбосари}). */
    private static final int ROLE_REACH = 60;

    /**
     * The English name of the country named, as a country or in a state body's name, nearest before {@code it} in
     * its sentence and within {@link #ROLE_REACH} characters, with no other name between; or null. {@code items}
     * are all mentions of the article in text order.
     */
    private String roleCountry(Item it, String text, List<Item> items) {
        String found = null;
        Item previous = null;
        for (Item o : items) {
            if (o == it || o.m.end() > it.m.start()) {
                continue;
            }
            if (it.m.start() - o.m.end() <= ROLE_REACH && !breaks(text.substring(o.m.end(), it.m.start()))) {
                KbEntry e = o.kbId == null ? null : kb.entry(o.kbId);
                String country = null;
                if (e != null && e.isCountry()) {
                    country = e.name();
                } else if (e != null && e.isStateBody() && e.name().contains(" of ")) {
                    country = e.name().substring(e.name().lastIndexOf(" of ") + " of ".length());
                }
                // an organization just before the country owns the role ("the UN's coordinator for Afghanistan")
                found = country != null && ownedBy(previous, o, text) ? null : country;
            }
            previous = o;
        }
        return found;
    }

    /** True when {@code org} is an organization other than a state body written right before {@code country}. */
    private boolean ownedBy(Item org, Item country, String text) {
        // between them at most a glued case ending and a space ("Tashkilotining Afg‘oniston", "ООН по Афганистану")
        if (org == null || org.m.type() != EntityType.ORGANIZATION || country.m.start() < org.m.end()
                || !ORGANIZATION_TO_COUNTRY.matcher(text.substring(org.m.end(), country.m.start())).matches()) {
            return false;
        }
        KbEntry e = org.kbId == null ? null : kb.entry(org.kbId);
        return e == null || !e.isStateBody();
    }

    /** True when {@code between} ends a sentence or a quotation: what stands before it names no role after it. */
    private static boolean breaks(String between) {
        for (int i = 0; i < between.length(); i++) {
            if (".!?;:\n\u201C\u201D\u00AB\u00BB\"".indexOf(between.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The nominative of given name {@code i} of {@code best}: the first that a rule reaches from the same word of a
     * mention as full ({@code Пьеру Дюбуа} is nominative in none, {@code Пьером Дюбуа} shows the case), else the
     * word of {@code best} as written.
     */
    private static String givenBase(Cluster c, Item best, int i, boolean feminine, boolean oblique, NameStemmer stemmer) {
        List<Item> full = new ArrayList<>(List.of(best));
        c.items.stream().filter(it -> it != best && it.words.size() == best.words.size() && !it.initial.get(i)).forEach(full::add);
        for (Item it : full) {
            String w = it.words.get(i);
            String base = stemmer.givenBase(w, feminine, oblique || it != best && !it.last().equalsIgnoreCase(best.last()));
            if (!base.equals(w)) {
                return base;
            }
        }
        return best.words.get(i);
    }

    /** An apostrophe of Uzbek Latin spelling inside a word ({@code Qo‘chqorov}, {@code Ne’matov}). */
    private static final Pattern UZBEK_APOSTROPHE =
            Pattern.compile("(?<=\\p{L})[\u02BB\u02BC\u2018\u2019'`](?=\\p{L})");

    /** The endings of feminine surnames of the declining languages (Захарова, Матвиенко is none). */
    private static final Pattern FEMININE_SURNAME =
            Pattern.compile("(?iu)(?:ова|ева|ёва|ина|ына|ая|ova|eva|ina|aya)$");

    /** The English-press romanization of the cluster's fullest mention, its last word in its likeliest base form. */
    private String romanizedName(Cluster c, Language lang, Nation nation, NameStemmer stemmer) {
        Item best = null;
        for (Item it : c.items) {
            boolean better = best == null
                    || (best.acronym() && !it.acronym())
                    || (best.acronym() == it.acronym() && it.words.size() > best.words.size());
            if (better) {
                best = it;
            }
        }
        if (best.words.isEmpty()) {
            return romanizer.romanize(best.surface, lang, nation);
        }
        String last = lastWordBase(c, best, stemmer);
        // in a language that declines names, given names stand in the surname's case: back to the nominative too
        boolean declined = c.type == EntityType.PERSON && stemmer != null && !stemmer.glued();
        boolean feminine = FEMININE_SURNAME.matcher(last).find();
        boolean oblique = !last.equalsIgnoreCase(best.last());
        List<String> words = new ArrayList<>();
        for (int i = 0; i < best.words.size() - 1; i++) {
            String w = best.words.get(i);
            words.add(best.initial.get(i) ? w + "." : declined ? givenBase(c, best, i, feminine, oblique, stemmer) : w);
        }
        words.add(last);
        return romanizer.romanize(String.join(" ", words), lang, nation);
    }

    /**
     * Votes among the base forms of every mention's last word: the form most mentions can reach wins, a form
     * written as such counts extra; ties go to the shortest form of at least three letters, unless the names look
     * feminine (a given name in -а/-я before a surname in -а), where the form in -а wins.
     */
    private String lastWordBase(Cluster c, Item best, NameStemmer stemmer) {
        if (stemmer == null || best.acronym()) {
            return best.last();
        }
        Map<String, Double> score = new HashMap<>();
        Map<String, String> form = new HashMap<>();
        boolean feminine = false;
        for (Item it : c.items) {
            if (it.words.isEmpty()) {
                continue;
            }
            String last = it.last();
            if (c.type == EntityType.PERSON && it.words.size() >= 2 && endsWithA(it.words.get(0)) && endsWithA(last)) {
                feminine = true;
            }
            Set<String> seen = new LinkedHashSet<>();
            for (String f : stemmer.baseForms(last)) {
                String k = f.toLowerCase(Locale.ROOT);
                if (seen.add(k)) {
                    score.merge(k, f.equals(last) ? AS_WRITTEN_VOTE : 1.0, Double::sum);
                    form.putIfAbsent(k, f);
                }
            }
        }
        String lastKey = null;
        for (String f : stemmer.baseForms(best.last())) {
            String k = f.toLowerCase(Locale.ROOT);
            // in a language whose endings glue on, a one-letter cut is no better than none: names end in -у, -а too
            boolean oneLetterCut = stemmer.glued() && lastKey != null && lastKey.length() - k.length() == 1
                    && lastKey.startsWith(k);
            if (lastKey == null || !oneLetterCut && better(k, lastKey, score, feminine)
                    || oneLetterCut && Math.floor(score.getOrDefault(k, 0.0)) > Math.floor(score.getOrDefault(lastKey, 0.0))) {
                lastKey = k;
            }
        }
        String f = form.get(lastKey);
        // keep the capitals of the word as written
        return f == null ? best.last() : f;
    }

    private static boolean better(String k, String current, Map<String, Double> score, boolean feminine) {
        double a = score.getOrDefault(k, 0.0);
        double b = score.getOrDefault(current, 0.0);
        if (Math.floor(a) != Math.floor(b)) {
            return a > b;
        }
        if (k.codePointCount(0, k.length()) < 3) {
            return false;
        }
        if (feminine && endsWithA(k) != endsWithA(current)) {
            return endsWithA(k);
        }
        return k.length() < current.length();
    }

    private static boolean endsWithA(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.endsWith("а") || l.endsWith("я") || l.endsWith("a");
    }

    private static boolean isAllUpper(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isLowerCase(ch)) {
                return false;
            }
            if (Character.isLetter(ch)) {
                letters++;
            }
        }
        return letters >= 2;
    }
}
