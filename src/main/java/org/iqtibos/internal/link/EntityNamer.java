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
import org.iqtibos.result.Entity;
import org.iqtibos.result.EntityType;
import org.iqtibos.result.Mention;
import org.iqtibos.internal.text.Nation;
import org.iqtibos.internal.text.Romanizer;

/**
 * Names a cluster of mentions in English: a linked one by its knowledge-base entry (name, id, aliases, role), the
 * others by the English-press romanization of their fullest mention, the last word in its likeliest base form and
 * given names back in the nominative, as the nation of the person's role country spells them.
 *
 * <p>Immutable and thread-safe.
 */
final class EntityNamer {
    private static final Set<String> ALIAS_LANGUAGES = Set.of("en", "ru", "uz-Cyrl", "uz-Latn", "kk", "ky");
    private static final int MAX_ALIASES = 12;
    /** What may stand between an organization and the country it is about: a glued case ending, {@code по}, {@code for}. */
    private static final Pattern ORGANIZATION_TO_COUNTRY = Pattern.compile("[\\p{L}'’‘ʻ-]{0,6}\\s+(?:по\\s+|for\\s+)?");
    /** A base form written as such counts this much more than one reached by cutting an ending. */
    private static final double AS_WRITTEN_VOTE = 1.5;

    private final KnowledgeBase kb;
    private final Romanizer romanizer;

    EntityNamer(KnowledgeBase kb, Romanizer romanizer) {
        this.kb = kb;
        this.romanizer = romanizer;
    }

    Entity entity(Cluster c, String id, String text, Language lang, NameStemmer stemmer, ItemsByEnd items) {
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
            String kbId = KnowledgeBase.StateBodyId.parse(e.id()) != null || KnowledgeBase.isDescribed(e.id())
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
    private Nation nation(Cluster c, String text, ItemsByEnd items) {
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
    private String roleCountry(Item it, String text, ItemsByEnd items) {
        // the last item (in list order) that ends before the name, near enough, with no break between
        int last = -1;
        for (int k = items.firstEndingFrom(it.m.start() - ROLE_REACH); k < items.size(); k++) {
            int p = items.position(k);
            Item o = items.list.get(p);
            if (o.m.end() > it.m.start()) {
                break;
            }
            if (o != it && p > last && !breaks(text.substring(o.m.end(), it.m.start()))) {
                last = p;
            }
        }
        if (last < 0) {
            return null;
        }
        Item o = items.list.get(last);
        // the item before it in the list, of those that end before the name
        Item previous = null;
        for (int p = last - 1; p >= 0 && previous == null; p--) {
            Item q = items.list.get(p);
            if (q != it && q.m.end() <= it.m.start()) {
                previous = q;
            }
        }
        KbEntry e = o.kbId == null ? null : kb.entry(o.kbId);
        String country = null;
        if (e != null && e.isCountry()) {
            country = e.name();
        } else if (e != null && e.isStateBody() && e.name().contains(" of ")) {
            country = e.name().substring(e.name().lastIndexOf(" of ") + " of ".length());
        }
        // an organization just before the country owns the role ("the UN's coordinator for Afghanistan")
        return country != null && ownedBy(previous, o, text) ? null : country;
    }

    /** The items of an article in their order, indexed by where they end (so a name's neighbours are found at once). */
    static final class ItemsByEnd {
        final List<Item> list;
        /** Positions in {@link #list}, by end. */
        private final int[] byEnd;
        private final int[] ends;

        ItemsByEnd(List<Item> list) {
            this.list = list;
            this.byEnd = java.util.stream.IntStream.range(0, list.size()).boxed()
                    .sorted(Comparator.comparingInt(p -> list.get(p).m.end()))
                    .mapToInt(Integer::intValue).toArray();
            this.ends = new int[byEnd.length];
            for (int k = 0; k < byEnd.length; k++) {
                ends[k] = list.get(byEnd[k]).m.end();
            }
        }

        int size() {
            return byEnd.length;
        }

        int position(int k) {
            return byEnd[k];
        }

        /** The first index (by end) of an item ending at or after {@code end}. */
        int firstEndingFrom(int end) {
            int lo = 0;
            int hi = ends.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (ends[mid] < end) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
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
     * mention as full ({@code Пьеру Дюбуа} is nominative in none, {@code Пьером Дюбуа} shows the case), unless
     * {@code best}'s surname is in a case and another mention's is the nominative {@code lastBase} (its given name is
     * then as written), else the word of {@code best} as written.
     */
    private static String givenBase(Cluster c, Item best, int i, boolean feminine, boolean oblique, NameStemmer stemmer,
                                    String lastBase) {
        List<Item> full = new ArrayList<>(List.of(best));
        c.items.stream().filter(it -> it != best && it.words.size() == best.words.size() && !it.initial.get(i)).forEach(full::add);
        for (Item it : full) {
            if (!best.last().equalsIgnoreCase(lastBase) && it.last().equalsIgnoreCase(lastBase)) {
                // best is in a case; a mention whose surname is in the nominative shows the given name as it is
                // (Мустафой Кылычем … Мустафа Кылыч); an indeclinable surname (Пьером Дюбуа) shows nothing
                return it.words.get(i);
            }
        }
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
            boolean better = best == null || best.address && !it.address
                    || best.address == it.address && ((best.acronym() && !it.acronym())
                    || (best.acronym() == it.acronym() && it.words.size() > best.words.size()));
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
            words.add(best.initial.get(i) ? w + "." : declined ? givenBase(c, best, i, feminine, oblique, stemmer, last) : w);
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
            if (c.type == EntityType.PERSON && it.words.size() >= 2 && endsWithA(it.words.get(0))
                    && !stemmer.maleGenitiveGiven(it.words.get(0)) && FEMININE_SURNAME.matcher(last).find()) {
                feminine = true; // Анна Петрова; not Тенгиза Болтурука, whose surname has no feminine ending
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
}
