package org.iqtibos.internal.link;

import org.iqtibos.internal.text.Romanizer;

import org.iqtibos.internal.kb.NameKey;

import org.iqtibos.internal.kb.KbEntry;

import org.iqtibos.internal.kb.KnowledgeBase;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.iqtibos.Language;
import org.iqtibos.Script;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.internal.morph.NameStemmer;
import org.iqtibos.internal.ner.MentionCandidate;
import org.iqtibos.result.Entity;
import org.iqtibos.result.EntityType;
import org.iqtibos.internal.segment.SegmentedText;

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
 * <p>This class links mentions to the knowledge base and wires the steps together; {@link MentionClusters} does the
 * clustering and {@link EntityNamer} the naming.
 *
 * <p>Immutable and thread-safe.
 */
public final class EntityLinker {
    /** The country whose news an outlet language mostly is: where a bare ministry belongs when nothing else says. */
    private static final Map<Language, String> HOME_COUNTRY = Map.of(
            Language.UZ, "Uzbekistan", Language.KK, "Kazakhstan", Language.KY, "Kyrgyzstan");

    private final KnowledgeBase kb;
    private final Map<Language, NameStemmer> stemmers;
    private final MentionClusters clustering;
    private final EntityNamer namer;
    /** Endings of a father's name ({@code ович}, {@code ұлы}): "given name + patronymic" addresses a person. */
    private final List<String> patronymics;

    private EntityLinker(KnowledgeBase kb, Romanizer romanizer, Map<Language, NameStemmer> stemmers,
            List<String> patronymics) {
        this.kb = kb;
        this.stemmers = stemmers;
        this.clustering = new MentionClusters(kb, romanizer);
        this.namer = new EntityNamer(kb, romanizer);
        this.patronymics = List.copyOf(patronymics);
    }

    /** A linker over {@code kb}, reading names with {@code stemmers} (one per language; missing ones keep words as written). */
    public static EntityLinker create(KnowledgeBase kb, Romanizer romanizer, Map<Language, NameStemmer> stemmers) {
        Objects.requireNonNull(kb, "kb");
        Objects.requireNonNull(romanizer, "romanizer");
        Objects.requireNonNull(stemmers, "stemmers");
        return new EntityLinker(kb, romanizer, Map.copyOf(stemmers), List.of());
    }

    /** A linker over {@code kb} with the stemmers and romanization rules of {@code files}. */
    public static EntityLinker load(ModelFiles files, KnowledgeBase kb) {
        Map<Language, NameStemmer> stemmers = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            stemmers.put(l, NameStemmer.load(files, l));
        }
        return create(kb, Romanizer.load(files), stemmers, patronymicEndings(files));
    }

    /** A linker that also joins "given name + patronymic" addresses ending in one of {@code patronymics}. */
    public static EntityLinker create(KnowledgeBase kb, Romanizer romanizer, Map<Language, NameStemmer> stemmers,
            List<String> patronymics) {
        Objects.requireNonNull(kb, "kb");
        Objects.requireNonNull(romanizer, "romanizer");
        return new EntityLinker(kb, romanizer, Map.copyOf(stemmers), patronymics);
    }

    /** The patronymic endings and particles of {@code ner/rules/person-patterns.txt} (a particle may be glued: Асқарұлы). */
    public static List<String> patronymicEndings(ModelFiles files) {
        List<String> out = new ArrayList<>();
        for (String line : files.lines("ner/rules/person-patterns.txt")) {
            String[] f = line.split("\\s+", 2);
            if (f.length == 2 && (f[0].equals("patronymic") || f[0].equals("particle"))) {
                out.add(f[1].strip().toLowerCase(java.util.Locale.ROOT));
            }
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
        for (MentionCandidate m : MentionClusters.dedupe(mentions)) {
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
        List<Cluster> clusters = clustering.cluster(items, lang, stemmer);
        MentionClusters.joinAddresses(clusters, patronymics, clustering, lang, stemmer, s);
        attachGenericBodies(clusters, lang);
        joinNationalBranches(clusters, lang);
        joinShortDescriptions(clusters);
        List<Entity> out = new ArrayList<>();
        EntityNamer.ItemsByEnd byEnd = new EntityNamer.ItemsByEnd(items);
        for (EntityType type : EntityType.values()) {
            int n = 0;
            for (Cluster c : clusters) {
                if (c.type == type) {
                    out.add(namer.entity(c, type.idPrefix() + (++n), s, lang, stemmer, byEnd));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * A state body written without its country ({@code Министерство иностранных дел}) joins the one body of that
     * kind the article names with a country ({@code МИД России}); among several, the one of the outlet language's
     * home country ({@code СІМ} in Kazakh news beside Russia's ministry is Kazakhstan's), else the one named last
     * before it ({@code МИД РК … добавили в МИД}); with none, it is the body
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
            } else if (n > 1) {
                // "МИД РК … добавили в МИД": the body of that kind named last before it, as a definite noun refers
                target = namedLastBefore(g, clusters, prefix);
                n = target == null ? n : 1;
            }
            if (n == 1) {
                target.items.addAll(g.items);
                clusters.remove(g);
            } else if (n == 0 && home != null) {
                g.kbId = bodyOf(body.english(), home);
            } else if (n == 0) {
                // Russian and English: the country of the article's one official of that body ("Ruslan Kazakbaev",
                // Minister of Foreign Affairs of Kyrgyzstan, beside "the Foreign Ministry")
                KbEntry country = countryOfOfficials(body.english(), clusters);
                if (country != null) {
                    g.kbId = bodyOf(body.english(), country);
                }
            }
        }
    }

    /**
     * A body named by its description without its first modifiers ({@code Комитета по статистике}, Committee on
     * Statistics) after the one body whose description ends so ({@code Государственного комитета по статистике}, State
     * Committee on Statistics) is that body, referred to by its shorter name; with several such bodies it stays apart.
     */
    private static void joinShortDescriptions(List<Cluster> clusters) {
        for (Cluster shortC : new ArrayList<>(clusters)) {
            if (shortC.kbId == null || !shortC.kbId.startsWith(KnowledgeBase.DESCRIBED_BODY)) {
                continue;
            }
            String suffix = " " + shortC.kbId.substring(KnowledgeBase.DESCRIBED_BODY.length());
            int first = firstStart(shortC);
            Cluster target = null;
            int n = 0;
            for (Cluster c : clusters) {
                if (c != shortC && c.kbId != null && c.kbId.startsWith(KnowledgeBase.DESCRIBED_BODY)
                        && c.kbId.endsWith(suffix) && firstStart(c) < first) {
                    target = c;
                    n++;
                }
            }
            if (n == 1) {
                target.items.addAll(shortC.items);
                clusters.remove(shortC);
            }
        }
    }

    private static int firstStart(Cluster c) {
        return c.items.stream().mapToInt(it -> it.m.start()).min().orElse(Integer.MAX_VALUE);
    }

    /**
     * An organization whose national branch the article also names ({@code Sputnik} beside {@code Sputnik Ўзбекистон}:
     * Sputnik Uzbekistan) is that branch: the short name stands for the one the article names in full. Only when the
     * article names one branch of it, and in Uzbek, Kazakh and Kyrgyz news only the home country's.
     */
    private void joinNationalBranches(List<Cluster> clusters, Language lang) {
        KbEntry home = HOME_COUNTRY.containsKey(lang) ? country(HOME_COUNTRY.get(lang)) : null;
        Map<Cluster, KbEntry> orgs = new java.util.LinkedHashMap<>();
        for (Cluster c : clusters) {
            KbEntry e = c.type != EntityType.ORGANIZATION || c.kbId == null ? null : kb.entry(c.kbId);
            if (e != null) {
                orgs.put(c, e);
            }
        }
        for (Map.Entry<Cluster, KbEntry> shortC : orgs.entrySet()) {
            String prefix = shortC.getValue().name() + " ";
            Cluster branch = null;
            int branches = 0;
            for (Map.Entry<Cluster, KbEntry> c : orgs.entrySet()) {
                String name = c.getValue().name();
                KbEntry of = c != shortC && name.startsWith(prefix) ? country(name.substring(prefix.length())) : null;
                // in Uzbek, Kazakh and Kyrgyz news the short name is the home country's branch only
                if (of != null && (home == null || of.equals(home)) && clusters.contains(c.getKey())) {
                    branch = c.getKey();
                    branches++;
                }
            }
            if (branches == 1) {
                branch.items.addAll(shortC.getKey().items);
                clusters.remove(shortC.getKey());
            }
        }
    }

    /**
     * The one country whose {@code body} the article's persons serve in, by the knowledge base's roles ("Minister of
     * Foreign Affairs of Kyrgyzstan" serves in the Ministry of Foreign Affairs); null when none or several.
     */
    private KbEntry countryOfOfficials(String body, List<Cluster> clusters) {
        if (!body.startsWith("Ministry of ")) {
            return null;
        }
        String field = " of " + body.substring("Ministry of ".length()) + " of ";
        KbEntry found = null;
        for (Cluster c : clusters) {
            KbEntry p = c.type != EntityType.PERSON || c.kbId == null ? null : kb.entry(c.kbId);
            String role = p == null ? null : p.role();
            int at = role == null ? -1 : role.indexOf(field);
            if (at < 0) {
                continue;
            }
            KbEntry country = country(role.substring(at + field.length()));
            if (country == null || found != null && !found.equals(country)) {
                return null;
            }
            found = country;
        }
        return found;
    }

    /** The cluster of a body "{@code prefix}Country" with the last mention before {@code g}'s first, or null. */
    private Cluster namedLastBefore(Cluster g, List<Cluster> clusters, String prefix) {
        int first = g.items.stream().mapToInt(it -> it.m.start()).min().orElse(Integer.MAX_VALUE);
        Cluster best = null;
        int bestAt = -1;
        for (Cluster c : clusters) {
            KbEntry e = c == g || c.kbId == null ? null : kb.entry(c.kbId);
            if (e == null || e.type() != EntityType.ORGANIZATION || !e.name().startsWith(prefix)) {
                continue;
            }
            for (Item it : c.items) {
                if (it.m.start() < first && it.m.start() > bestAt) {
                    best = c;
                    bestAt = it.m.start();
                }
            }
        }
        return best;
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

}
