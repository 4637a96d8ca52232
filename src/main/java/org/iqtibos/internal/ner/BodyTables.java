package org.iqtibos.internal.ner;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.iqtibos.Language;
import org.iqtibos.internal.kb.KbEntry;
import org.iqtibos.internal.kb.KnowledgeBase;
import org.iqtibos.internal.kb.NameKey;
import org.iqtibos.internal.text.Romanizer;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.internal.morph.NameStemmer;
import org.iqtibos.result.EntityType;
import org.iqtibos.internal.segment.Token;

/**
 * The word tables of one language for descriptive bodies ({@value DescriptiveBodyFinder#PATH}: heads, modifiers,
 * linking words, titles, blocking endings, genitive endings), with the frequent words, the knowledge base and the
 * stemmer, and the word-level look-ups every finder of bodies shares (heads, plain words, places).
 *
 * <p>Immutable and thread-safe.
 */
final class BodyTables {
    /** A modifier's English, and whether it follows the head after "of". */
    record Word(String english, boolean after) { }

    final Language lang;
    final KnowledgeBase kb;
    final NameStemmer stemmer;
    final Romanizer romanizer;
    final Map<String, String> heads;
    // the first three letters of every head: a word starting otherwise is no head and is not stemmed (most words)
    final Set<String> headStarts;
    final Map<String, Word> words;
    /**
     * Russian nouns that open a "по" complement, by stem, and the English of the complement: a {@code *} stands for
     * its other words ({@code дел} → {@code for * Affairs}).
     */
    final Map<String, String> by;
    /** Words between a body and the country that owns it ({@code Республики}). */
    final Set<String> owners;
    final Set<String> links;
    /** Capitalized words that end a name's tail (weekdays, months: "… Assembly on Tuesday"). */
    final Set<String> stops;
    final Set<String> titles;
    final List<String> blocks;
    final List<String> genitives;
    final Set<String> frequent;

    BodyTables(Language lang, KnowledgeBase kb, NameStemmer stemmer, Romanizer romanizer,
               Map<String, String> heads, Map<String, Word> words, Map<String, String> by, Set<String> owners, Set<String> links, Set<String> stops, Set<String> titles,
               List<String> blocks, List<String> genitives, Set<String> frequent) {
        this.lang = lang;
        this.kb = kb;
        this.stemmer = stemmer;
        this.romanizer = romanizer;
        this.heads = Map.copyOf(heads);
        Set<String> starts = new HashSet<>();
        for (String h : heads.keySet()) {
            starts.add(h.substring(0, Math.min(3, h.length())));
        }
        this.headStarts = Set.copyOf(starts);
        this.words = Map.copyOf(words);
        this.by = Map.copyOf(by);
        this.owners = Set.copyOf(owners);
        this.links = Set.copyOf(links);
        this.stops = Set.copyOf(stops);
        this.titles = Set.copyOf(titles);
        this.blocks = List.copyOf(blocks);
        this.genitives = List.copyOf(genitives);
        this.frequent = Set.copyOf(frequent);
    }

    /** The word tables of every language, read from {@value DescriptiveBodyFinder#PATH} of {@code files}. */
    static Map<Language, BodyTables> load(ModelFiles files, KnowledgeBase kb,
                                          Map<Language, NameStemmer> stemmers, Romanizer romanizer) {
        Map<Language, Map<String, String>> heads = new EnumMap<>(Language.class);
        Map<Language, Map<String, Word>> words = new EnumMap<>(Language.class);
        Map<Language, Map<String, String>> by = new EnumMap<>(Language.class);
        Map<Language, Set<String>> owners = new EnumMap<>(Language.class);
        Map<Language, Set<String>> links = new EnumMap<>(Language.class);
        Map<Language, Set<String>> stops = new EnumMap<>(Language.class);
        Map<Language, Set<String>> titles = new EnumMap<>(Language.class);
        Map<Language, List<String>> blocks = new EnumMap<>(Language.class);
        Map<Language, List<String>> genitives = new EnumMap<>(Language.class);
        Map<Language, Set<String>> frequent = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            heads.put(l, new HashMap<>());
            words.put(l, new HashMap<>());
            by.put(l, new HashMap<>());
            owners.put(l, new HashSet<>());
            links.put(l, new HashSet<>());
            stops.put(l, new HashSet<>());
            titles.put(l, new HashSet<>());
            blocks.put(l, new ArrayList<>());
            genitives.put(l, new ArrayList<>());
            frequent.put(l, new HashSet<>());
        }
        for (ModelFiles.Line line : files.numberedLines(GazetteerFinder.FREQUENT_WORDS)) {
            String[] f = line.text().split("\t");
            if (f.length == 2) {
                try {
                    frequent.get(Language.fromCode(f[0])).add(NameKey.word(f[1]));
                } catch (IllegalArgumentException e) {
                    throw line.error(e.getMessage());
                }
            }
        }
        for (ModelFiles.Line line : files.numberedLines(DescriptiveBodyFinder.PATH)) {
            String[] f = line.text().split("\\s+", 3);
            if (f.length < 3 || !f[0].startsWith("@")) {
                throw line.error("expected '@head|@word|@of|@by|@owner|@link|@stop|@title|@block|@genitive LANG forms'");
            }
            Language l;
            try {
                l = Language.fromCode(f[1]);
            } catch (IllegalArgumentException e) {
                throw line.error(e.getMessage());
            }
            String forms = f[2];
            String english = "";
            if (f[0].equals("@head") || f[0].equals("@word") || f[0].equals("@of") || f[0].equals("@by")) {
                int eq = forms.lastIndexOf('=');
                if (eq < 0) {
                    throw line.error("expected 'forms=English'");
                }
                english = forms.substring(eq + 1).strip();
                forms = forms.substring(0, eq);
            }
            for (String form : forms.split("\\|")) {
                String key = NameKey.of(form.strip());
                if (key.isEmpty()) {
                    throw line.error("empty form");
                }
                switch (f[0]) {
                    case "@head" -> heads.get(l).put(key, english.isEmpty() ? form.strip() : english);
                    case "@word" -> words.get(l).put(key, new Word(english, false));
                    case "@of" -> words.get(l).put(key, new Word(english, true));
                    case "@by" -> by.get(l).put(key, english);
                    case "@owner" -> owners.get(l).add(key);
                    case "@link" -> links.get(l).add(key);
                    case "@stop" -> stops.get(l).add(key);
                    case "@title" -> titles.get(l).add(key);
                    case "@block" -> blocks.get(l).add(key);
                    case "@genitive" -> genitives.get(l).add(key);
                    default -> throw line.error("unknown setting " + f[0]);
                }
            }
        }
        Map<Language, BodyTables> out = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            NameStemmer stemmer = Objects.requireNonNull(stemmers.get(l), "stemmers: none for " + l);
            out.put(l, new BodyTables(l, kb, stemmer, romanizer, heads.get(l), words.get(l), by.get(l), owners.get(l), links.get(l), stops.get(l), titles.get(l),
                    blocks.get(l), genitives.get(l), frequent.get(l)));
        }
        return out;
    }

    /** The English of the head that token {@code t} is, or null when it is none. */
    String head(Token t) {
        if (!t.isWord()) {
            return null;
        }
        String key = NameKey.word(t.text());
        String h = heads.get(key);
        if (h != null || lang == Language.EN || !headStarts.contains(key.substring(0, Math.min(3, key.length())))) {
            return h;
        }
        for (String f : stemmer.baseForms(t.text())) {
            h = heads.get(NameKey.word(f));
            if (h != null) {
                return h;
            }
        }
        return null;
    }

    /** True when token {@code k} opens its sentence or follows punctuation (a quote mark, a dash). */
    static boolean opensClause(List<Token> tokens, int k) {
        return k == 0 || !tokens.get(k - 1).isWord();
    }

    /** A word that may stand inside a name: no digits alone, no sentence punctuation. */
    static boolean isPlainWord(Token t) {
        return t.isWord() && Character.isLetter(t.text().codePointAt(0));
    }

    /** The most words of a place's name that open a body ({@code Марказий Осиё}, {@code Түрік Республикасы}). */
    private static final int MAX_PLACE_WORDS = 3;

    /** The knowledge base's place that token {@code k} opens (a capitalized word), or null. */
    KbEntry place(List<Token> tokens, int k) {
        return place(tokens, k, k + 1, new int[1]);
    }

    /**
     * The knowledge base's place named by the longest run of capitalized words from token {@code k}, ending before
     * token {@code limit}; {@code end[0]} is set to the token after it. Null when none.
     */
    KbEntry place(List<Token> tokens, int k, int limit, int[] end) {
        List<String> keys = List.of("");
        KbEntry found = null;
        for (int m = k; m < limit && m < k + MAX_PLACE_WORDS && isPlainWord(tokens.get(m))
                && tokens.get(m).isCapitalized(); m++) {
            List<String> next = new ArrayList<>();
            boolean here = false; // the first base form that names a place wins: the word as written before a cut one
            for (String prefix : keys) {
                for (String f : stemmer.baseForms(tokens.get(m).text())) {
                    String key = prefix.isEmpty() ? NameKey.word(f) : prefix + " " + NameKey.word(f);
                    next.add(key);
                    KnowledgeBase.Alias a = kb.alias(key);
                    if (!here && a != null && a.first().type() == EntityType.PLACE) {
                        found = a.first();
                        end[0] = m + 1;
                        here = true;
                    }
                }
            }
            keys = next;
        }
        return found;
    }
}
