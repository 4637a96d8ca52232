package org.iqtibos.internal.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.iqtibos.Language;
import org.iqtibos.internal.kb.KbEntry;
import org.iqtibos.internal.kb.KnowledgeBase;
import org.iqtibos.internal.morph.NameStemmer;
import org.iqtibos.internal.ner.MentionCandidate;
import org.iqtibos.result.EntityType;
import org.iqtibos.internal.text.Romanizer;

/**
 * Clusters an article's mentions into entities: mentions join one cluster when they link to the same knowledge-base
 * entry, when a person's surname and given names agree (across scripts and case endings), when an organization's
 * acronym is the initials of a spelled-out mention, or when their base forms agree. Also reduces overlapping
 * mentions to one.
 *
 * <p>Immutable and thread-safe.
 */
final class MentionClusters {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final KnowledgeBase kb;
    private final Romanizer romanizer;

    MentionClusters(KnowledgeBase kb, Romanizer romanizer) {
        this.kb = kb;
        this.romanizer = romanizer;
    }

    /** The clusters of {@code items} (in text order), in order of first mention. */
    List<Cluster> cluster(List<Item> items, Language lang, NameStemmer stemmer) {
        List<Cluster> clusters = new ArrayList<>();
        Map<String, Cluster> byKb = new HashMap<>();
        Article article = new Article(lang, stemmer);
        for (Item it : items) {
            Cluster c = null;
            if (it.kbId != null) {
                c = byKb.get(it.kbId);
                if (it.m.type() == EntityType.PERSON && it.words.size() == 1) {
                    Cluster n = namesake(it, article);
                    if (n != null && (c == null || n.position < c.position)) {
                        c = n;
                        it.kbId = n.kbId; // the alias named someone else of that surname
                    }
                }
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
        return clusters;
    }

    /**
     * Joins a person written only as given name + patronymic ({@code Илхом Абдуллаевич}, {@code Ерболат Асқарұлы}: how
     * an interviewer addresses the interviewee) to the one other person of the article with that given name; with
     * none or several such persons it stays apart.
     */
    static void joinAddresses(List<Cluster> clusters, List<String> patronymics, MentionClusters self, Language lang,
            NameStemmer stemmer, String text) {
        if (patronymics.isEmpty()) {
            return;
        }
        Article a = self.new Article(lang, stemmer);
        for (java.util.Iterator<Cluster> it = clusters.iterator(); it.hasNext(); ) {
            Cluster c = it.next();
            if (c.type != EntityType.PERSON || c.kbId != null || c.items.isEmpty()
                    || !c.items.stream().allMatch(i -> i.words.size() == 2 && patronymic(i.last(), patronymics))) {
                continue;
            }
            Set<String> given = a.keys(c.items.get(0).words.get(0));
            Cluster only = null;
            int found = 0;
            for (Cluster o : clusters) {
                // the given name written in the mention, or right before a surname-only mention ("Илхом Норкулов"
                // where the finder took the surname alone)
                if (o != c && o.type == EntityType.PERSON && o.items.stream().anyMatch(i -> (i.words.size() >= 2
                        ? !i.initial.get(0) ? i.words.get(0) : "" : wordBefore(text, i.m.start())).length() > 1
                        && a.keys(i.words.size() >= 2 ? i.words.get(0) : wordBefore(text, i.m.start()))
                                .stream().anyMatch(given::contains))) {
                    only = o;
                    found++;
                }
            }
            if (found == 1) {
                c.items.forEach(i -> i.address = true);
                only.items.addAll(c.items);
                only.items.sort(Comparator.comparingInt(i -> i.m.start()));
                it.remove();
            }
        }
    }

    /** The capitalized word right before {@code at} (one space apart), or "". */
    private static String wordBefore(String text, int at) {
        int end = at;
        if (end < 2 || text.charAt(end - 1) != ' ') {
            return "";
        }
        end--;
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < end && Character.isUpperCase(text.charAt(start)) ? text.substring(start, end) : "";
    }

    private static boolean patronymic(String word, List<String> endings) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String e : endings) {
            if (w.endsWith(e) && w.length() >= e.length() + 3) {
                return true;
            }
        }
        return false;
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

    /** Overlapping mentions of one type reduced to one; an organization may still contain a place (merged upstream). */
    static List<MentionCandidate> dedupe(List<MentionCandidate> mentions) {
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

    /**
     * For a surname alone that is a knowledge-base alias of one person: the first person of that surname the
     * article has named in full as someone else, or null. The person an article introduces first is the one its
     * bare surname means ({@code Акылбек Жапаров … Жапаров} is not the president Садыр Жапаров, whom the knowledge
     * base knows by the surname alone, even when the president is named in between).
     */
    private Cluster namesake(Item it, Article a) {
        Cluster first = null;
        for (Map.Entry<Cluster, List<Item>> candidate : a.candidates(it)) {
            Cluster c = candidate.getKey();
            if (c.type != EntityType.PERSON || it.kbId.equals(c.kbId) || first != null && first.position < c.position) {
                continue;
            }
            for (Item o : candidate.getValue()) {
                if (o.words.size() > 1 && samePerson(it, o, a)) {
                    first = c;
                    break;
                }
            }
        }
        return first;
    }

    /** The latest cluster {@code it} belongs to, or null. */
    private Cluster findCluster(Item it, Article a) {
        // a surname alone that several persons share is the one the article introduced first
        boolean bareSurname = it.m.type() == EntityType.PERSON && it.words.size() == 1;
        Cluster found = null;
        for (Map.Entry<Cluster, List<Item>> candidate : a.candidates(it)) {
            Cluster c = candidate.getKey();
            if (c.type != it.m.type() || (c.kbId != null && it.kbId != null)) {
                continue;
            }
            boolean same = false;
            for (Item o : candidate.getValue()) {
                if (it.m.type() == EntityType.PERSON ? samePerson(it, o, a) : sameThing(it, o, a)) {
                    same = true;
                    break;
                }
            }
            if (!same && c.kbId != null && bareSurname) {
                KbEntry e = kb.entry(c.kbId);
                same = e != null && surnameKeysOfEntry(e, a).stream().anyMatch(a.keys(it.last())::contains);
            }
            if (same && !bareSurname) {
                return c;
            }
            if (same && (found == null || c.position < found.position)) {
                found = c;
            }
        }
        return found;
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
}
