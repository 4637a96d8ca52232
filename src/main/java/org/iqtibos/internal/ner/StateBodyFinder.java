package org.iqtibos.internal.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.iqtibos.Language;
import org.iqtibos.internal.kb.KbEntry;
import org.iqtibos.internal.kb.KnowledgeBase;
import org.iqtibos.internal.kb.NameKey;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.internal.morph.NameStemmer;
import org.iqtibos.result.EntityType;
import org.iqtibos.internal.segment.SegmentedText;
import org.iqtibos.internal.segment.Sentence;
import org.iqtibos.internal.segment.Token;

/**
 * Finds the state bodies news names after their country, whatever the country: {@code Ўзбекистон Ташқи ишлар
 * вазирлиги}, {@code Министерства иностранных дел России}, {@code Kazakhstan's Foreign Ministry}, {@code the Uzbek
 * Ministry of Defence}, {@code правительства России}. The body phrases, the side the country stands on, the words
 * that may come between and the adjectives naming countries are data ({@code models/kb/state-bodies.tsv}); the
 * countries are the knowledge base's.
 *
 * <p>A body with its country links to the knowledge base's organization named {@code "<Body> of <Country>"} when
 * there is one ({@code mfa-uz}), else to the composed id {@link KnowledgeBase#stateBodyId}. A body written without
 * a country ({@code Министерство иностранных дел}) is a mention only when capitalized and not marked as needing a
 * country, or when its form is marked as counting in lower case too (a press service named by its owner's title:
 * {@code давлат раҳбари матбуот хизмати}); it links to the generic id, which the linker attaches to the one such body of the article, if any.
 *
 * <p>Immutable and thread-safe.
 */
public final class StateBodyFinder {
    /**
     * A body phrase of one language: its English name, whether it needs a country next to it, and whether a city or
     * region may stand for the country ({@code Тошкент шаҳар прокуратураси}: a local body).
     */
    private record Body(String english, boolean needsCountry, boolean local, boolean anyCase) { }

    private final KnowledgeBase kb;
    private final NameStemmer stemmer;
    private final Map<String, Body> phrases;
    private final Set<String> prefixes;
    // the first three letters of every phrase's first word (fewer for a shorter word): the stemmers keep stems of
    // at least two letters and the body words are longer, so a token starting otherwise cannot start a phrase and
    // is not stemmed at all (nine tokens in ten)
    private final Set<String> starts;
    private final Set<String> fillers;
    private final Map<String, String> demonyms;
    private final boolean before;
    private final boolean after;
    private final int maxWords;
    /** Endings that make a country's name the host of a body abroad ({@code Монголиядагы}), as name keys. */
    private final Set<String> hostEndings;
    /** English names of the bodies a country keeps in another (Embassy, Consulate). */
    private final Set<String> abroad;

    private StateBodyFinder(KnowledgeBase kb, NameStemmer stemmer, Map<String, Body> phrases, Set<String> fillers,
                            Map<String, String> demonyms, boolean before, boolean after, Set<String> hostEndings,
                            Set<String> abroad) {
        this.kb = kb;
        this.hostEndings = Set.copyOf(hostEndings);
        this.abroad = Set.copyOf(abroad);
        this.stemmer = stemmer;
        this.phrases = Map.copyOf(phrases);
        Set<String> p = new HashSet<>();
        Set<String> st = new HashSet<>();
        int max = 1;
        for (String k : phrases.keySet()) {
            String[] w = k.split(" ");
            st.add(start(w[0]));
            max = Math.max(max, w.length);
            for (int i = 1; i < w.length; i++) {
                p.add(String.join(" ", Arrays.copyOf(w, i)));
            }
        }
        this.prefixes = Set.copyOf(p);
        this.starts = Set.copyOf(st);
        this.maxWords = max;
        this.fillers = Set.copyOf(fillers);
        this.demonyms = Map.copyOf(demonyms);
        this.before = before;
        this.after = after;
    }

    /** The path of the data file, relative to {@code models/}. */
    public static final String PATH = "kb/state-bodies.tsv";

    private static final Map<Language, List<String>> COLUMNS = Map.of(
            Language.EN, List.of("en"), Language.RU, List.of("ru"), Language.UZ, List.of("uz-Cyrl", "uz-Latn"),
            Language.KK, List.of("kk"), Language.KY, List.of("ky"));
    private static final List<String> ROW_COLUMNS = List.of("en", "ru", "uz-Cyrl", "uz-Latn", "kk", "ky");

    /** The finders of every language, reading {@value #PATH} of {@code files}. */
    public static Map<Language, StateBodyFinder> load(ModelFiles files, KnowledgeBase kb, Map<Language, NameStemmer> stemmers) {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(kb, "kb");
        Objects.requireNonNull(stemmers, "stemmers");
        Map<Language, Map<String, Body>> phrases = new EnumMap<>(Language.class);
        Map<Language, Set<String>> fillers = new EnumMap<>(Language.class);
        Map<Language, Map<String, String>> demonyms = new EnumMap<>(Language.class);
        Set<Language> before = new HashSet<>();
        Set<Language> after = new HashSet<>();
        Map<Language, Set<String>> hosts = new EnumMap<>(Language.class);
        Set<String> abroad = new HashSet<>();
        for (Language l : Language.values()) {
            hosts.put(l, new HashSet<>());
            phrases.put(l, new HashMap<>());
            fillers.put(l, new HashSet<>());
            demonyms.put(l, new HashMap<>());
        }
        for (String line : files.lines(PATH)) {
            if (line.startsWith("@")) {
                String[] f = line.substring(1).split("\\s+", 3);
                switch (f[0]) {
                    case "before", "after" -> {
                        for (String code : line.substring(1).split("\\s+")) {
                            if (!code.equals(f[0])) {
                                (f[0].equals("before") ? before : after).add(language(code, line));
                            }
                        }
                    }
                    case "filler" -> {
                        Language l = language(f[1], line);
                        for (String w : f[2].split("\\|")) {
                            fillers.get(l).add(NameKey.word(w.strip()));
                        }
                    }
                    case "demonym" -> {
                        Language l = language(f[1], line);
                        for (String pair : f[2].split("\\|")) {
                            int eq = pair.indexOf('=');
                            if (eq <= 0) {
                                throw new IllegalStateException("models/" + PATH + ": bad demonym '" + pair + "'");
                            }
                            demonyms.get(l).put(NameKey.of(pair.substring(0, eq).strip()), pair.substring(eq + 1).strip());
                        }
                    }
                    case "host" -> {
                        Language l = language(f[1], line);
                        for (String w : f[2].split("\\|")) {
                            hosts.get(l).add(NameKey.word(w.strip()));
                        }
                    }
                    case "abroad" -> {
                        for (String w : line.substring(1).split("\\s+", 2)[1].split("\\|")) {
                            abroad.add(w.strip());
                        }
                    }
                    default -> throw new IllegalStateException("models/" + PATH + ": unknown setting '" + line + "'");
                }
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 1 + ROW_COLUMNS.size()) {
                throw new IllegalStateException("models/" + PATH + ": expected " + (1 + ROW_COLUMNS.size())
                        + " tab-separated columns in '" + line + "'");
            }
            String english = f[0].strip();
            boolean local = english.startsWith("~");
            english = local ? english.substring(1).strip() : english;
            for (Map.Entry<Language, List<String>> c : COLUMNS.entrySet()) {
                NameStemmer stemmer = stemmers.get(c.getKey());
                for (String col : c.getValue()) {
                    for (String form : f[1 + ROW_COLUMNS.indexOf(col)].split("\\|")) {
                        addPhrase(phrases.get(c.getKey()), form.strip(), english, local, stemmer);
                    }
                }
            }
        }
        Map<Language, StateBodyFinder> out = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            NameStemmer stemmer = Objects.requireNonNull(stemmers.get(l), "stemmers: none for " + l);
            out.put(l, new StateBodyFinder(kb, stemmer, phrases.get(l), fillers.get(l), demonyms.get(l),
                    before.contains(l), after.contains(l), hosts.get(l), abroad));
        }
        return out;
    }

    private static Language language(String code, String line) {
        for (Language l : Language.values()) {
            if (l.code().equals(code)) {
                return l;
            }
        }
        throw new IllegalStateException("models/" + PATH + ": unknown language '" + code + "' in '" + line + "'");
    }

    /**
     * Indexes a phrase, and the phrase with its last word in each base form that is not a prefix of it: an Uzbek
     * or Kazakh possessive alternates its consonant ({@code вазирлиги} of {@code вазирлик}), and text forms such as
     * {@code вазирликлари} reach only the unalternated stem.
     */
    private static void addPhrase(Map<String, Body> index, String form, String english, boolean local,
                                  NameStemmer stemmer) {
        if (form.isEmpty() || form.equals("-")) {
            return;
        }
        boolean needsCountry = form.startsWith("+");
        boolean anyCase = form.startsWith("*");
        String f = needsCountry || anyCase ? form.substring(1).strip() : form;
        String key = NameKey.of(f);
        Body b = new Body(english, needsCountry, local, anyCase);
        index.merge(key, b, (old, neu) -> old.needsCountry && !neu.needsCountry ? neu
                : !old.anyCase && neu.anyCase && old.english.equals(neu.english) ? neu : old);
        int sp = key.lastIndexOf(' ');
        String head = sp < 0 ? "" : key.substring(0, sp + 1);
        String last = key.substring(sp + 1);
        for (String base : stemmer.baseForms(last)) {
            String k = NameKey.word(base);
            if (!last.startsWith(k)) {
                index.putIfAbsent(head + k, b);
            }
        }
    }

    private record Span(int from, int to, Body body) { }

    private record Country(int from, int to, KbEntry entry) { }

    /** The state-body mentions of {@code text}, in text order. */
    public List<MentionCandidate> find(SegmentedText text) {
        Objects.requireNonNull(text, "text");
        List<MentionCandidate> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Token> tokens = s.tokens();
            int i = 0;
            while (i < tokens.size()) {
                Span b = tokens.get(i).isWord() ? body(tokens, i) : null;
                if (b == null) {
                    i++;
                    continue;
                }
                Country c = before ? countryBefore(tokens, b.from, b.body.local) : adjectiveBefore(tokens, b.from);
                if (c == null && before) {
                    c = adjectiveBefore(tokens, b.from); // "Кыргыз парламенти", "Қазақ үкіметі": the people's name
                }
                if (c == null && after) {
                    c = countryAfter(tokens, b.to, b.body.local);
                }
                MentionCandidate held = before && abroad.contains(b.body.english) ? abroad(tokens, b) : null;
                if (held != null) {
                    out.add(held);
                    i = b.to + 1;
                    continue;
                }
                if (c != null) {
                    int start = Math.min(c.from, b.from);
                    int end = Math.max(c.to, b.to);
                    String id = stateBodyId(b.body.english, c.entry);
                    out.add(new MentionCandidate(tokens.get(start).start(), tokens.get(end).end(), EntityType.ORGANIZATION,
                            id, 1.0, MentionCandidate.Source.KNOWLEDGE_BASE));
                    i = end + 1;
                    continue;
                }
                Token first = tokens.get(b.from);
                if (!b.body.needsCountry && (first.isCapitalized() || b.body.anyCase)) {
                    out.add(new MentionCandidate(first.start(), tokens.get(b.to).end(), EntityType.ORGANIZATION,
                            KnowledgeBase.stateBodyId(b.body.english, null), 1.0, MentionCandidate.Source.KNOWLEDGE_BASE));
                }
                i = b.to + 1;
            }
        }
        return List.copyOf(out);
    }

    /** The knowledge base's organization "<Body> of <Country>" when it has one, else the composed id. */
    private String stateBodyId(String english, KbEntry country) {
        for (KbEntry e : kb.lookup(english + " of " + country.name())) {
            if (e.type() == EntityType.ORGANIZATION) {
                return e.id();
            }
        }
        return KnowledgeBase.stateBodyId(english, country);
    }

    /**
     * A body one country keeps in another, written with both ({@code Кыргызстандын Монголиядагы консулдугу},
     * {@code Тошкентдаги Франция элчихонаси}): "{@code <Body> of <Owner> in <Host>}", the host being the country or
     * city with a locative ending ({@code @host}); null unless both stand before the body.
     */
    private MentionCandidate abroad(List<Token> tokens, Span b) {
        Country c = countryBefore(tokens, b.from, true);
        if (c == null) {
            return null;
        }
        Country host;
        Country owner;
        if (isHost(tokens.get(c.to))) {
            host = c;
            owner = countryBefore(tokens, c.from, false);
        } else {
            owner = c.entry.isCountry() ? c : null;
            host = owner == null ? null : countryBefore(tokens, c.from, true);
            if (host != null && !isHost(tokens.get(host.to))) {
                host = null;
            }
        }
        if (host == null || owner == null || host.entry.id().equals(owner.entry.id()) || isHost(tokens.get(owner.to))) {
            return null;
        }
        String english = b.body.english + " of " + withArticle(owner.entry.name()) + " in " + withArticle(host.entry.name());
        return new MentionCandidate(tokens.get(Math.min(owner.from, host.from)).start(), tokens.get(b.to).end(),
                EntityType.ORGANIZATION, KnowledgeBase.describedBodyId(english), 1.0, MentionCandidate.Source.KNOWLEDGE_BASE);
    }

    private boolean isHost(Token t) {
        String w = NameKey.word(t.text());
        for (String e : hostEndings) {
            if (w.length() > e.length() + 2 && w.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** A country's English name as it stands after "of" or "in": the United States, the Netherlands. */
    private static String withArticle(String name) {
        return name.startsWith("United ") || name.equals("Netherlands") || name.equals("Philippines") ? "the " + name : name;
    }

    /** The longest body phrase starting at token {@code from}, case-insensitively and reading case endings. */
    private Span body(List<Token> tokens, int from) {
        String firstKey = NameKey.word(tokens.get(from).text());
        if (!starts.contains(start(firstKey)) && !starts.contains(firstKey.length() <= 2 ? firstKey : firstKey.substring(0, 2))) {
            return null;
        }
        Span best = null;
        List<String> keys = List.of("");
        for (int j = from; j < tokens.size() && j < from + maxWords && !keys.isEmpty(); j++) {
            List<String> next = new ArrayList<>();
            for (String prefix : keys) {
                for (String form : stemmer.baseForms(tokens.get(j).text())) {
                    String key = prefix.isEmpty() ? NameKey.word(form) : prefix + " " + NameKey.word(form);
                    Body b = phrases.get(key);
                    if (b != null && (best == null || best.to < j)) {
                        best = new Span(from, j, b);
                    }
                    if (prefixes.contains(key) && !next.contains(key)) {
                        next.add(key);
                    }
                }
            }
            keys = next;
        }
        return best;
    }

    /** The country written just before token {@code bodyStart}, past filler words ({@code Республикаси}). */
    private Country countryBefore(List<Token> tokens, int bodyStart, boolean local) {
        int end = bodyStart - 1;
        for (int skipped = 0; end >= 0 && skipped <= 3; skipped++) {
            for (int from = Math.max(0, end - 2); from <= end; from++) {
                KbEntry e = country(tokens, from, end, local);
                if (e != null) {
                    return new Country(from, end, e);
                }
            }
            if (!isFiller(tokens.get(end))) {
                return null;
            }
            end--;
        }
        return null;
    }

    /**
     * The country an adjective just before token {@code bodyStart} names: in a language that writes countries after
     * the body but their adjectives before it ({@code российский МИД}), or a people's name before a Turkic body
     * ({@code Кыргыз парламенти}).
     */
    private Country adjectiveBefore(List<Token> tokens, int bodyStart) {
        if (bodyStart == 0 || demonyms.isEmpty() || !tokens.get(bodyStart - 1).isWord()) {
            return null;
        }
        for (String f : stemmer.baseForms(tokens.get(bodyStart - 1).text())) {
            String named = demonyms.get(NameKey.word(f));
            if (named != null) {
                for (KbEntry e : kb.lookup(named)) {
                    if (e.isCountry()) {
                        return new Country(bodyStart - 1, bodyStart - 1, e);
                    }
                }
            }
        }
        return null;
    }

    /** The country written just after token {@code bodyEnd}, past filler words ({@code of the Republic of}). */
    private Country countryAfter(List<Token> tokens, int bodyEnd, boolean local) {
        int from = bodyEnd + 1;
        for (int skipped = 0; from < tokens.size() && skipped <= 4; skipped++) {
            for (int to = Math.min(tokens.size() - 1, from + 2); to >= from; to--) {
                KbEntry e = country(tokens, from, to, local);
                if (e != null) {
                    return new Country(from, to, e);
                }
            }
            if (!isFiller(tokens.get(from))) {
                return null;
            }
            from++;
        }
        return null;
    }

    private boolean isFiller(Token t) {
        if (!t.isWord()) {
            return false;
        }
        for (String f : stemmer.baseForms(t.text())) {
            if (fillers.contains(NameKey.word(f))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Among the countries (or, for a local body, places) an acronym names, the one that writes it with exactly these
     * letters ({@code КР}: Kyrgyzstan; {@code ҚР}: Kazakhstan, though both share a key), else the likeliest entry.
     */
    private static KbEntry spelledAs(KnowledgeBase.Alias a, String written, boolean local) {
        String w = written.toUpperCase(Locale.ROOT);
        for (KbEntry e : a.entries()) {
            if (!(e.isCountry() || local && e.type() == EntityType.PLACE)) {
                continue; // "МИД РТ": the country, not the channel RT spelled alike
            }
            for (List<String> forms : e.aliases().values()) {
                for (String f : forms) {
                    if (f.toUpperCase(Locale.ROOT).equals(w)) {
                        return e;
                    }
                }
            }
        }
        return a.first();
    }

    /**
     * The country that tokens {@code from..to} name (a knowledge-base country or an adjective), or, for a local body,
     * any place of the knowledge base (a city, a region); null when none.
     */
    private KbEntry country(List<Token> tokens, int from, int to, boolean local) {
        if (!tokens.get(from).isWord() || !tokens.get(to).isWord()) {
            return null;
        }
        List<String> keys = List.of("");
        for (int j = from; j <= to; j++) {
            List<String> next = new ArrayList<>();
            for (String prefix : keys) {
                for (String form : stemmer.baseForms(tokens.get(j).text())) {
                    String key = prefix.isEmpty() ? NameKey.word(form) : prefix + " " + NameKey.word(form);
                    if (!next.contains(key)) {
                        next.add(key);
                    }
                }
            }
            keys = next;
            if (keys.size() > 256) {
                return null;
            }
        }
        Token first = tokens.get(from);
        for (String key : keys) {
            String named = demonyms.get(key);
            if (named != null) {
                for (KbEntry e : kb.lookup(named)) {
                    if (e.isCountry()) {
                        return e;
                    }
                }
            }
            KnowledgeBase.Alias a = kb.alias(key);
            KbEntry place = a == null ? null : a.acronym() ? spelledAs(a, first.text(), local) : a.first();
            if (place == null || !(place.isCountry() || local && place.type() == EntityType.PLACE)) {
                continue;
            }
            boolean written = a.acronym() ? isUpper(first.text()) || leadingCapitals(first.text()) >= 2 && !NameKey.word(first.text()).equals(key)
                    : first.isCapitalized();
            if (written) {
                return place;
            }
        }
        return null;
    }

    private static String start(String key) {
        return key.length() <= 3 ? key : key.substring(0, 3);
    }

    /** The capital letters an acronym with a case ending opens its word with ({@code АКШнын}: 3). */
    private static int leadingCapitals(String s) {
        int n = 0;
        while (n < s.length() && Character.isUpperCase(s.charAt(n))) {
            n++;
        }
        return n;
    }

    private static boolean isUpper(String s) {
        return !s.isEmpty() && s.equals(s.toUpperCase(Locale.ROOT)) && s.chars().filter(Character::isLetter).count() >= 2;
    }
}
