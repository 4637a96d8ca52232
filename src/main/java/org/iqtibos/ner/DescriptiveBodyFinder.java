package org.iqtibos.ner;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.iqtibos.Language;
import org.iqtibos.kb.KbEntry;
import org.iqtibos.kb.KnowledgeBase;
import org.iqtibos.kb.NameKey;
import org.iqtibos.text.Romanizer;
import org.iqtibos.model.ModelFiles;
import org.iqtibos.morph.NameStemmer;
import org.iqtibos.result.EntityType;
import org.iqtibos.segment.SegmentedText;
import org.iqtibos.segment.Sentence;
import org.iqtibos.segment.Token;

/**
 * Finds organizations that news names by what they are rather than by a name of their own: a head noun and its
 * modifiers ({@code Тошкент давлат иқтисодиёт университети}, {@code Ўзбекистон Миллий матбуот маркази},
 * {@code Түркітілдес журналистер қоры}, {@code State Committee for National Security}), and names them in English
 * through word tables ({@code National Press Center of Uzbekistan}); proper parts stay romanized.
 *
 * <p>In Uzbek, Kazakh and Kyrgyz the head carries a possessive ending (университет<b>и</b>): what stands before it
 * owns it, so a body is the head, the lower-case modifiers just before it and the run of capitalized words that
 * opens them, all inside one clause. In English a body is a run of capitalized words, with linking words
 * ({@code of}, {@code for}, {@code and}) between them, that holds a head noun. The heads, modifiers and linking words
 * are data ({@value #PATH}).
 *
 * <p>A body whose every word the tables or the knowledge base translate gets an id naming its English name
 * ({@link KnowledgeBase#describedBodyId}); the others are left to the linker's romanization. Immutable and
 * thread-safe.
 */
public final class DescriptiveBodyFinder {
    /** The path of the data file, relative to {@code models/}. */
    public static final String PATH = "ner/bodies.tsv";
    /** How many modifiers may stand between the head and the capitalized word that opens a Turkic body. */
    private static final int MAX_MODIFIERS = 5;
    /** How many capitalized words may open a body. */
    private static final int MAX_OPENING = 5;
    /** Longest modifier phrase of the word tables, in words. */
    private static final int MAX_PHRASE = 2;

    /** A modifier's English, and whether it follows the head after "of". */
    private record Word(String english, boolean after) { }

    private final Language lang;
    private final KnowledgeBase kb;
    private final NameStemmer stemmer;
    private final Romanizer romanizer;
    private final Map<String, String> heads;
    // the first three letters of every head: a word starting otherwise is no head and is not stemmed (most words)
    private final Set<String> headStarts;
    private final Map<String, Word> words;
    private final Set<String> links;
    private final Set<String> titles;
    private final List<String> blocks;
    private final List<String> genitives;
    private final Set<String> frequent;

    private DescriptiveBodyFinder(Language lang, KnowledgeBase kb, NameStemmer stemmer, Romanizer romanizer,
                                  Map<String, String> heads, Map<String, Word> words, Set<String> links, Set<String> titles,
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
        this.links = Set.copyOf(links);
        this.titles = Set.copyOf(titles);
        this.blocks = List.copyOf(blocks);
        this.genitives = List.copyOf(genitives);
        this.frequent = Set.copyOf(frequent);
    }

    /** The finders of every language, reading {@value #PATH} of {@code files}. */
    public static Map<Language, DescriptiveBodyFinder> load(ModelFiles files, KnowledgeBase kb,
                                                           Map<Language, NameStemmer> stemmers, Romanizer romanizer) {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(kb, "kb");
        Objects.requireNonNull(stemmers, "stemmers");
        Objects.requireNonNull(romanizer, "romanizer");
        Map<Language, Map<String, String>> heads = new EnumMap<>(Language.class);
        Map<Language, Map<String, Word>> words = new EnumMap<>(Language.class);
        Map<Language, Set<String>> links = new EnumMap<>(Language.class);
        Map<Language, Set<String>> titles = new EnumMap<>(Language.class);
        Map<Language, List<String>> blocks = new EnumMap<>(Language.class);
        Map<Language, List<String>> genitives = new EnumMap<>(Language.class);
        Map<Language, Set<String>> frequent = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            heads.put(l, new HashMap<>());
            words.put(l, new HashMap<>());
            links.put(l, new HashSet<>());
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
        for (ModelFiles.Line line : files.numberedLines(PATH)) {
            String[] f = line.text().split("\\s+", 3);
            if (f.length < 3 || !f[0].startsWith("@")) {
                throw line.error("expected '@head|@word|@of|@link LANG forms'");
            }
            Language l;
            try {
                l = Language.fromCode(f[1]);
            } catch (IllegalArgumentException e) {
                throw line.error(e.getMessage());
            }
            String forms = f[2];
            String english = "";
            if (f[0].equals("@head") || f[0].equals("@word") || f[0].equals("@of")) {
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
                    case "@link" -> links.get(l).add(key);
                    case "@title" -> titles.get(l).add(key);
                    case "@block" -> blocks.get(l).add(key);
                    case "@genitive" -> genitives.get(l).add(key);
                    default -> throw line.error("unknown setting " + f[0]);
                }
            }
        }
        Map<Language, DescriptiveBodyFinder> out = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            NameStemmer stemmer = Objects.requireNonNull(stemmers.get(l), "stemmers: none for " + l);
            out.put(l, new DescriptiveBodyFinder(l, kb, stemmer, romanizer, heads.get(l), words.get(l), links.get(l), titles.get(l),
                    blocks.get(l), genitives.get(l), frequent.get(l)));
        }
        return out;
    }

    /** The bodies of {@code text}, in text order. */
    public List<MentionCandidate> find(SegmentedText text) {
        Objects.requireNonNull(text, "text");
        if (heads.isEmpty()) {
            return List.of();
        }
        List<MentionCandidate> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Token> tokens = s.tokens();
            int i = 0;
            while (i < tokens.size()) {
                int[] span = lang == Language.EN ? englishBody(tokens, i)
                        : lang == Language.RU ? russianBody(tokens, i) : turkicBody(tokens, i);
                if (span == null) {
                    i++;
                    continue;
                }
                List<int[]> parts = new ArrayList<>(List.of(span));
                for (int[] next = nextPart(tokens, span[1]); next != null; next = nextPart(tokens, next[1])) {
                    parts.add(next);
                }
                int last = parts.get(parts.size() - 1)[1];
                Token lastToken = tokens.get(last);
                int end = lang == Language.EN || lang == Language.RU ? lastToken.end()
                        : lastToken.start() + namePart(lastToken);
                String english = english(tokens, parts);
                out.add(new MentionCandidate(tokens.get(span[0]).start(), end, EntityType.ORGANIZATION,
                        english == null ? null : KnowledgeBase.describedBodyId(english), 1.0,
                        MentionCandidate.Source.DESCRIPTION));
                i = last + 1;
            }
        }
        return List.copyOf(out);
    }

    /**
     * The body that names a part of the body ending at token {@code head} ({@code Ресейдің Федералдық жиналысы
     * Федерация кеңесі}: the Federation Council of Russia's Federal Assembly): one whose capitalized opening follows
     * the head at once; or null.
     */
    private int[] nextPart(List<Token> tokens, int head) {
        if (lang == Language.EN || lang == Language.RU || head + 1 >= tokens.size()
                || !tokens.get(head + 1).isCapitalized()) {
            return null;
        }
        for (int h = head + 1; h < tokens.size() && h <= head + 1 + MAX_MODIFIERS && isPlainWord(tokens.get(h)); h++) {
            if (head(tokens.get(h)) != null) {
                int[] span = turkicBody(tokens, h);
                return span != null && span[0] == head + 1 ? span : null;
            }
        }
        return null;
    }

    /** The length of the name part of a head token: the head without the case ending glued after it. */
    private int namePart(Token t) {
        String key = NameKey.word(t.text());
        if (heads.containsKey(key)) {
            return t.text().length();
        }
        for (String f : stemmer.baseForms(t.text())) {
            if (heads.containsKey(NameKey.word(f)) && f.length() <= t.text().length()
                    && t.text().regionMatches(true, 0, f, 0, f.length())) {
                return f.length();
            }
        }
        return t.text().length();
    }

    /** The English of the head that token {@code t} is, or null when it is none. */
    private String head(Token t) {
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

    /**
     * The tokens {@code [from, head]} of a Turkic body whose head is token {@code head}: the lower-case modifiers
     * before it back to a run of capitalized words, or null when no capitalized word opens them in reach or a
     * modifier stands in a case that ends the phrase.
     */
    private int[] turkicBody(List<Token> tokens, int head) {
        if (head(tokens.get(head)) == null) {
            return null;
        }
        int j = head - 1;
        int modifiers = 0;
        while (j >= 0 && isPlainWord(tokens.get(j)) && !tokens.get(j).isCapitalized()) {
            if (++modifiers > MAX_MODIFIERS || closesPhrase(tokens.get(j))) {
                return null;
            }
            j--;
        }
        if (j < 0 || !isPlainWord(tokens.get(j)) || !tokens.get(j).isCapitalized()) {
            return null;
        }
        int from = j;
        while (from > 0 && j - from + 1 < MAX_OPENING && isPlainWord(tokens.get(from - 1))
                && tokens.get(from - 1).isCapitalized()) {
            from--;
        }
        // the opening run may have caught a surname before it or a common word capitalized at the sentence start;
        // a country inside it opens the body
        for (int k = j; k > from; k--) {
            if (SURNAME.matcher(tokens.get(k - 1).text()).find()) {
                from = k;
                break;
            }
        }
        // a title or a word in a case other than the nominative ends the phrase before it (Мажлисда, "at the
        // meeting"); a place written as such does not (Қырғызстан ends like an ablative)
        for (int k = j; k >= from; k--) {
            Token t = tokens.get(k);
            if (titles.contains(NameKey.word(t.text()))
                    || closesByEnding(t) && !isPlaceAsWritten(t) && !(isGenitive(t) && place(tokens, k) != null)) {
                from = k + 1;
                break;
            }
        }
        // a common word capitalized because it opens the sentence, or, before another capitalized word, any word
        // there that is neither a place nor a modifier the tables know (Talabalar Samarqand …, "students of …")
        if (from <= j && opensClause(tokens, from) && (isCommonWord(tokens.get(from))
                || from < j && place(tokens, from) == null && !words.containsKey(NameKey.word(tokens.get(from).text())))) {
            from++;
        }
        for (int k = from + 1; k <= j; k++) {
            KbEntry p = place(tokens, k);
            if (p != null && p.isCountry() && place(tokens, from) == null) {
                from = k;
                break;
            }
        }
        if (from > j || openedByKnownOrganization(tokens, from, j) || ownedByTheWordBefore(tokens, from)) {
            return null;
        }
        // an organization of the knowledge base that opens the run owns the body (КХШТ Давлатлараро комиссияси, the
        // CSTO's commission): the body is what follows it
        for (int k = j - 1; k >= from; k--) {
            if (openedByKnownOrganization(tokens, from, k)) {
                from = k + 1;
                break;
            }
        }
        // a genitive inside the opening names the owner of a part ("Парламенті Сенатының баспасөз қызметі"), which is
        // left to the owner's mention; only the country that opens a body may stand in the genitive
        for (int k = place(tokens, from) != null ? from + 1 : from; k <= j; k++) {
            if (isGenitive(tokens.get(k))) {
                return null;
            }
        }
        return new int[] {from, head};
    }

    /** A surname ending of the region's names: such a word before a body is a person's, not the body's. */
    private static final java.util.regex.Pattern SURNAME = java.util.regex.Pattern.compile(
            "(?iu)(?:ов|ев|ёв|ова|ева|ёва|ов[аа]?|ov|ev|ova|eva|yev|yeva|ин|ина|zoda|зода)$");

    /** True when token {@code k} opens its sentence or follows punctuation (a quote mark, a dash). */
    private static boolean opensClause(List<Token> tokens, int k) {
        return k == 0 || !tokens.get(k - 1).isWord();
    }

    /** True when the word before token {@code from} is in the genitive: the body is that word's part. */
    private boolean ownedByTheWordBefore(List<Token> tokens, int from) {
        return from > 0 && isPlainWord(tokens.get(from - 1)) && isGenitive(tokens.get(from - 1));
    }

    /** True for a word with a genitive ending. */
    private boolean isGenitive(Token t) {
        String k = NameKey.word(t.text());
        for (String g : genitives) {
            if (k.length() > g.length() + 2 && k.endsWith(g)) {
                return true;
            }
        }
        return false;
    }

    /** A frequent lower-case word of the language that the word tables do not know as a modifier. */
    private boolean isCommonWord(Token t) {
        String k = NameKey.word(t.text());
        return frequent.contains(k) && !words.containsKey(k);
    }

    /** True for a modifier in a case other than the nominative, or a frequent word no table knows. */
    private boolean closesPhrase(Token t) {
        String k = NameKey.word(t.text());
        if (words.containsKey(k) || links.contains(k)) {
            return false;
        }
        return frequent.contains(k) || titles.contains(k) || closesByEnding(t);
    }

    /** True when the word, or its last part after a hyphen ({@code Түркия-Қазақстан}), is a place as written. */
    private boolean isPlaceAsWritten(Token t) {
        String k = NameKey.word(lastPart(t.text()));
        KnowledgeBase.Alias a = kb.alias(k);
        return a != null && a.first().type() == EntityType.PLACE;
    }

    private static String lastPart(String word) {
        return word.substring(word.lastIndexOf('-') + 1);
    }

    /** True for a word with a case ending that ends a name's phrase ({@code @block}), not a modifier of the tables. */
    private boolean closesByEnding(Token t) {
        String k = NameKey.word(lastPart(t.text()));
        if (words.containsKey(k) || heads.containsKey(k)) {
            return false;
        }
        for (String b : blocks) {
            if (k.length() > b.length() + 2 && k.endsWith(b)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the capitalized words {@code [from, to]} name an organization of the knowledge base: the head then
     * describes it ({@code Sputnik агентлиги}, {@code Сенат матбуот хизмати}) or names its part, left to the others.
     */
    private boolean openedByKnownOrganization(List<Token> tokens, int from, int to) {
        List<String> keys = List.of("");
        for (int k = from; k <= to; k++) {
            List<String> next = new ArrayList<>();
            for (String prefix : keys) {
                for (String f : stemmer.baseForms(tokens.get(k).text())) {
                    next.add(prefix.isEmpty() ? NameKey.word(f) : prefix + " " + NameKey.word(f));
                }
            }
            keys = next;
        }
        for (String key : keys) {
            KnowledgeBase.Alias a = kb.alias(key);
            if (a != null && a.first().type() == EntityType.ORGANIZATION) {
                return true;
            }
        }
        return false;
    }

    /** A word that may stand inside a name: no digits alone, no sentence punctuation. */
    private static boolean isPlainWord(Token t) {
        return t.isWord() && Character.isLetter(t.text().codePointAt(0));
    }

    /**
     * The tokens of an English body whose (first) head is token {@code head}: the capitalized words before it (and
     * "and" between them), the head, and a tail of linking and capitalized words after it that starts with a linking
     * word and holds at most {@value #MAX_TAIL} capitalized words; null when that is the head alone. "and the" ends
     * a body on either side ({@code Human Rights Watch and the …}).
     */
    private int[] englishBody(List<Token> tokens, int head) {
        Token h = tokens.get(head);
        if (!isPlainWord(h) || !h.isCapitalized() || head(h) == null) {
            return null;
        }
        int from = head;
        while (from > 0) {
            Token t = tokens.get(from - 1);
            if (isPlainWord(t) && t.isCapitalized() && !isCommonWordAt(tokens, from - 1)
                    && !DESCRIPTIVE_COMPOUND.matcher(t.text()).matches()) {
                from--;
            } else if (from >= 2 && t.text().equals("and") && isPlainWord(tokens.get(from - 2))
                    && tokens.get(from - 2).isCapitalized() && !tokens.get(from).text().equals("the")) {
                from -= 2;
            } else {
                break;
            }
        }
        int to = head;
        int caps = 0;
        boolean linked = false;
        int j = head + 1;
        while (j < tokens.size() && caps < MAX_TAIL) {
            Token t = tokens.get(j);
            if (isPlainWord(t) && links.contains(NameKey.word(t.text())) && !t.isCapitalized()) {
                if (t.text().equals("and") && j + 1 < tokens.size() && tokens.get(j + 1).text().equals("the")) {
                    break;
                }
                linked = true;
                j++;
                continue;
            }
            if (isPlainWord(t) && t.isCapitalized() && linked) {
                to = j;
                caps++;
                j++;
                continue;
            }
            break;
        }
        if (from == to) {
            return null;
        }
        return new int[] {from, to};
    }

    /** A capitalized word that describes rather than names ({@code Vienna-based}, {@code Kyiv-born}). */
    private static final java.util.regex.Pattern DESCRIPTIVE_COMPOUND =
            java.util.regex.Pattern.compile("\\p{Lu}\\p{L}*-\\p{Ll}+");

    /** The fewest words of a Russian body. */
    private static final int MIN_RUSSIAN_WORDS = 3;

    /** The most letters of a Russian case ending after a stem of the tables. */
    private static final int MAX_ENDING = 3;

    /** A Russian word of the tables: its English, and whether it is the head, a modifier, or a noun of the tail. */
    private record RussianWord(String english, boolean head, boolean noun) { }

    /** The table entry whose stem opens {@code t} with at most {@value #MAX_ENDING} letters after it, or null. */
    private RussianWord russianWord(Token t) {
        if (!isPlainWord(t)) {
            return null;
        }
        String w = NameKey.word(t.text());
        for (int n = w.length(); n >= Math.max(3, w.length() - MAX_ENDING); n--) {
            String stem = w.substring(0, n);
            String h = heads.get(stem);
            if (h != null) {
                return new RussianWord(h, true, false);
            }
            Word x = words.get(stem);
            if (x != null) {
                return new RussianWord(x.english, false, x.after);
            }
        }
        return null;
    }

    /**
     * The tokens of a Russian body starting at capitalized token {@code from}: adjectives, the head, and a genitive
     * tail of adjectives and nouns ending on a noun, every word in the tables (and {@code и} between two), three
     * words at least; else null.
     */
    private int[] russianBody(List<Token> tokens, int from) {
        Token first = tokens.get(from);
        RussianWord w = first.isCapitalized() ? russianWord(first) : null;
        if (w == null || w.noun) {
            return null;
        }
        int head = w.head ? from : -1;
        int end = w.head ? from : -1;
        for (int j = from + 1; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (t.isCapitalized()) {
                break;
            }
            if (links.contains(NameKey.word(t.text())) && j + 1 < tokens.size()) {
                continue;
            }
            RussianWord x = russianWord(t);
            if (x == null || head >= 0 && x.head || head < 0 && x.noun) {
                break;
            }
            if (x.head) {
                head = j;
                end = j;
            } else if (head >= 0 && x.noun) {
                end = j;
            }
        }
        // two words (Народный совет, "a people's council") name a kind of body as often as one body
        return head < 0 || end - from + 1 < MIN_RUSSIAN_WORDS ? null : new int[] {from, end};
    }

    /** The English of the Russian body of tokens {@code [from, to]}: "{@code <adjectives> <Head> of <tail>}". */
    private String russianEnglish(List<Token> tokens, int from, int to) {
        List<String> before = new ArrayList<>();
        String head = null;
        List<String> tail = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            RussianWord w = russianWord(tokens.get(k));
            if (w == null) {
                (head == null ? before : tail).add("and");
            } else if (w.head && head == null) {
                head = w.english;
            } else {
                (head == null ? before : tail).add(w.english);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String b : before) {
            sb.append(b).append(' ');
        }
        sb.append(head);
        if (!tail.isEmpty()) {
            sb.append(" of ").append(String.join(" ", tail));
        }
        return sb.toString();
    }

    /** The most capitalized words of an English body's tail ({@code for National Security}). */
    private static final int MAX_TAIL = 2;

    /** A frequent lower-case word capitalized only because it opens the sentence ({@code The}, {@code Yesterday}). */
    private boolean isCommonWordAt(List<Token> tokens, int k) {
        return opensClause(tokens, k) && (frequent.contains(NameKey.word(tokens.get(k).text())) || links.contains(NameKey.word(tokens.get(k).text())));
    }

    /**
     * The English name of a body made of {@code parts} (each tokens {@code [from, head]}): in English the words as
     * written; in a Turkic language "{@code <modifiers> <Head> of <modifiers> of <Country>}" for each part, a later
     * part first ({@code Central Committee of the Communist Party of China}); null when a word does not translate.
     */
    private String english(List<Token> tokens, List<int[]> parts) {
        if (lang == Language.RU) {
            return russianEnglish(tokens, parts.get(0)[0], parts.get(0)[1]);
        }
        if (lang == Language.EN) {
            int[] p = parts.get(0);
            StringBuilder sb = new StringBuilder();
            for (int k = p[0]; k <= p[1]; k++) {
                if (k > p[0] && tokens.get(k).start() > tokens.get(k - 1).end()) {
                    sb.append(' ');
                }
                sb.append(tokens.get(k).text());
            }
            return sb.toString();
        }
        StringBuilder out = new StringBuilder();
        for (int n = parts.size() - 1; n >= 0; n--) {
            String part = englishPart(tokens, parts.get(n)[0], parts.get(n)[1]);
            if (part == null) {
                return null;
            }
            out.append(n < parts.size() - 1 ? " of the " : "").append(part);
        }
        return out.toString();
    }

    /** The English of one Turkic body, tokens {@code [from, to]} with its head at {@code to}; null when unknown. */
    private String englishPart(List<Token> tokens, int from, int to) {
        String head = head(tokens.get(to));
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        String country = null;
        int k = from;
        int[] placeEnd = new int[1];
        KbEntry place = place(tokens, k, to, placeEnd);
        if (place != null) {
            if (place.isCountry()) {
                country = place.name();
            } else {
                before.add(place.name());
            }
            k = placeEnd[0];
        }
        while (k < to) {
            Word w = null;
            int n = 0;
            for (int len = Math.min(MAX_PHRASE, to - k); len >= 1 && w == null; len--) {
                StringBuilder key = new StringBuilder();
                for (int m = k; m < k + len; m++) {
                    key.append(m > k ? " " : "").append(NameKey.word(tokens.get(m).text()));
                }
                w = words.get(key.toString());
                n = len;
            }
            if (w == null && links.contains(NameKey.word(tokens.get(k).text()))) {
                w = new Word("and", !after.isEmpty());
                n = 1;
            }
            if (w == null) {
                if (!tokens.get(k).isCapitalized()) {
                    return null;
                }
                w = new Word(properName(tokens.get(k).text()), false);
                n = 1;
            }
            (w.after ? after : before).add(w.english);
            k += n;
        }
        StringBuilder name = new StringBuilder();
        for (String b : before) {
            name.append(b).append(' ');
        }
        name.append(head);
        if (!after.isEmpty()) {
            name.append(" of ").append(String.join(" ", after));
        }
        if (country != null) {
            name.append(" of ").append(country);
        }
        return name.toString();
    }

    /**
     * A capitalized word no table knows, romanized; a compound of places keeps their English names
     * ({@code Түркия-Қазақстан} → {@code Turkey-Kazakhstan}).
     */
    private String properName(String word) {
        String[] parts = word.split("-");
        List<String> english = new ArrayList<>();
        for (String p : parts) {
            KnowledgeBase.Alias a = p.isEmpty() ? null : kb.alias(NameKey.word(p));
            if (a == null || a.first().type() != EntityType.PLACE) {
                return romanizer.romanize(word, lang);
            }
            english.add(a.first().name());
        }
        return String.join("-", english);
    }

    /** The most words of a place's name that open a body ({@code Марказий Осиё}, {@code Түрік Республикасы}). */
    private static final int MAX_PLACE_WORDS = 3;

    /** The knowledge base's place that token {@code k} opens (a capitalized word), or null. */
    private KbEntry place(List<Token> tokens, int k) {
        return place(tokens, k, k + 1, new int[1]);
    }

    /**
     * The knowledge base's place named by the longest run of capitalized words from token {@code k}, ending before
     * token {@code limit}; {@code end[0]} is set to the token after it. Null when none.
     */
    private KbEntry place(List<Token> tokens, int k, int limit, int[] end) {
        List<String> keys = List.of("");
        KbEntry found = null;
        for (int m = k; m < limit && m < k + MAX_PLACE_WORDS && isPlainWord(tokens.get(m))
                && tokens.get(m).isCapitalized(); m++) {
            List<String> next = new ArrayList<>();
            for (String prefix : keys) {
                for (String f : stemmer.baseForms(tokens.get(m).text())) {
                    String key = prefix.isEmpty() ? NameKey.word(f) : prefix + " " + NameKey.word(f);
                    next.add(key);
                    KnowledgeBase.Alias a = kb.alias(key);
                    if (a != null && a.first().type() == EntityType.PLACE) {
                        found = a.first();
                        end[0] = m + 1;
                    }
                }
            }
            keys = next;
        }
        return found;
    }
}
