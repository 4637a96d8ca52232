package org.iqtibos.internal.ner;

import java.util.ArrayList;
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
import org.iqtibos.internal.segment.Sentence;
import org.iqtibos.internal.segment.SegmentedText;
import org.iqtibos.internal.segment.Token;

/**
 * Finds knowledge-base names in a text: the longest run of tokens whose words (each as written or as one of its
 * base forms) form an alias key. The cost per token is bounded by the longest alias and the few base forms of
 * each word: hash lookups of prefixes, never a scan of the knowledge base.
 *
 * <p>A match must look like a name: a non-acronym starts with a capital; an acronym ({@code КХШТ}) is written in
 * capitals; a one-word GeoNames alternate name is not taken at the start of a sentence, where any word is
 * capitalized. When the last word's base form is a prefix of it ({@code Астана} of {@code Астанада}) the span
 * ends there, so it covers the name part only.
 *
 * <p>Immutable and thread-safe.
 */
public final class GazetteerFinder {
    /** The file of words around names (name heads, sentence openers), relative to {@code models/}. */
    public static final String NAME_CONTEXT = "kb/name-context.tsv";
    /** The frequent lower-case words of each language (built by {@code train names}), relative to {@code models/}. */
    public static final String FREQUENT_WORDS = "ner/names/frequent-words.tsv";

    private final KnowledgeBase kb;
    private final NameStemmer stemmer;
    private final Set<String> nameHeads;
    private final Set<String> openers;
    private final Set<String> dateWords;

    private GazetteerFinder(KnowledgeBase kb, NameStemmer stemmer, Set<String> nameHeads, Set<String> openers,
                            Set<String> dateWords) {
        this.kb = kb;
        this.stemmer = stemmer;
        this.nameHeads = Set.copyOf(nameHeads);
        this.openers = Set.copyOf(openers);
        this.dateWords = Set.copyOf(dateWords);
    }

    /** A finder over {@code kb} that reads inflected words with {@code stemmer}. */
    public static GazetteerFinder create(KnowledgeBase kb, NameStemmer stemmer) {
        return create(kb, stemmer, Set.of(), Set.of());
    }

    /**
     * A finder over {@code kb} that reads inflected words with {@code stemmer}; it takes a city or region followed
     * by one of {@code nameHeads} ({@link NameKey} words: {@code international}, {@code университети}) for part of
     * a longer name, and one of {@code openers} ({@code shu}) at a sentence start for no name.
     */
    public static GazetteerFinder create(KnowledgeBase kb, NameStemmer stemmer, Set<String> nameHeads, Set<String> openers) {
        return new GazetteerFinder(Objects.requireNonNull(kb, "kb"), Objects.requireNonNull(stemmer, "stemmer"),
                Objects.requireNonNull(nameHeads, "nameHeads"), Objects.requireNonNull(openers, "openers"), Set.of());
    }

    /**
     * The finder for {@code lang}, with the name heads and sentence openers of {@value #NAME_CONTEXT} in {@code files}
     * and the frequent words of {@value #FREQUENT_WORDS} as further openers.
     */
    public static GazetteerFinder load(ModelFiles files, KnowledgeBase kb, NameStemmer stemmer, Language lang) {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(lang, "lang");
        Map<String, Set<String>> kinds = Map.of("head", new HashSet<>(), "opener", new HashSet<>(),
                "date", new HashSet<>());
        for (String line : files.linesIfPresent(NAME_CONTEXT)) {
            String[] f = line.split("\t");
            if (f.length != 3 || !kinds.containsKey(f[1])) {
                throw new IllegalStateException("models/" + NAME_CONTEXT + ": expected 'lang TAB head|opener|date TAB words' in '" + line + "'");
            }
            if (f[0].strip().equals(lang.code())) {
                for (String w : f[2].split("\\|")) {
                    w = w.strip();
                    // "=давлат": a modifier that heads a name only as written, never inflected (давлатлари: "states of")
                    kinds.get(f[1]).add(w.startsWith("=") ? "=" + NameKey.of(w.substring(1)) : NameKey.of(w));
                }
            }
        }
        // the language's frequent lower-case words are openers too: at a sentence start they are no name
        for (String w : frequentWords(files).getOrDefault(lang, Set.of())) {
            kinds.get("opener").add(NameKey.word(w));
        }
        return new GazetteerFinder(Objects.requireNonNull(kb, "kb"), Objects.requireNonNull(stemmer, "stemmer"),
                kinds.get("head"), kinds.get("opener"), kinds.get("date"));
    }

    /** The frequent lower-case words of {@value #FREQUENT_WORDS} by language (none when the file is absent). */
    public static Map<Language, Set<String>> frequentWords(ModelFiles files) {
        Map<Language, Set<String>> out = new java.util.EnumMap<>(Language.class);
        for (String line : files.linesIfPresent(FREQUENT_WORDS)) {
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new IllegalStateException("models/" + FREQUENT_WORDS + ": expected 'lang TAB word' in '" + line + "'");
            }
            out.computeIfAbsent(Language.fromCode(f[0]), l -> new HashSet<>()).add(f[1].toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private record Match(int endToken, String lastForm, KnowledgeBase.Alias alias) { }

    /** The knowledge-base mentions of {@code text}, in text order; only places inside organizations overlap. */
    public List<MentionCandidate> find(SegmentedText text) {
        Objects.requireNonNull(text, "text");
        List<MentionCandidate> out = new ArrayList<>();
        Set<String> lowerWords = text.lowerCaseWords();
        for (Sentence s : text.sentences()) {
            List<Token> tokens = s.tokens();
            int i = 0;
            while (i < tokens.size()) {
                // a name starts with a capital (acronyms are in capitals): a lower-case word starts nothing
                Token t = tokens.get(i);
                Match m = t.isWord() && !Character.isLowerCase(t.text().codePointAt(0)) ? longest(tokens, i) : null;
                if (m == null) {
                    out.addAll(hyphenedPlaces(t));
                    i++;
                    continue;
                }
                Token last = tokens.get(m.endToken);
                int end = last.end();
                if (!m.lastForm.equals(last.text()) && last.text().regionMatches(true, 0, m.lastForm, 0, m.lastForm.length())) {
                    end = last.start() + m.lastForm.length();
                }
                KbEntry e = m.alias.first();
                if (!standsAlone(tokens, i, m, e, lowerWords, text.text(), end)) {
                    i = m.endToken + 1;
                    continue;
                }
                out.add(new MentionCandidate(tokens.get(i).start(), end, e.type(), e.id(), 1.0,
                        MentionCandidate.Source.KNOWLEDGE_BASE));
                if (e.type() == EntityType.ORGANIZATION && m.endToken > i) {
                    addParentAcronym(tokens.get(i), e, out);
                }
                if (e.isStateBody()) {
                    addPlacesInside(tokens, i, m.endToken, out);
                }
                i = m.endToken + 1;
            }
        }
        return List.copyOf(out);
    }

    /**
     * The places of a word that joins two or more with hyphens ({@code Ўзбекистон-Хитой муносабатлари},
     * {@code Қазақстан-Ресей шекарасында}, {@code the Russia-Tajikistan commission}): one mention per part when every
     * part is a place of the knowledge base (the last read with its case ending); none otherwise.
     */
    private List<MentionCandidate> hyphenedPlaces(Token t) {
        String w = t.text();
        if (w.indexOf('-') < 0) {
            return List.of();
        }
        List<MentionCandidate> out = new ArrayList<>();
        int from = 0;
        while (from <= w.length()) {
            int dash = w.indexOf('-', from);
            int to = dash < 0 ? w.length() : dash;
            String part = w.substring(from, to);
            if (part.length() < 2 || !Character.isUpperCase(part.codePointAt(0))) {
                return List.of();
            }
            KbEntry place = null;
            String form = part;
            for (String f : dash < 0 ? stemmer.baseForms(part) : List.of(part)) {
                KnowledgeBase.Alias a = kb.alias(NameKey.word(f));
                if (a != null && !a.acronym() && a.first().type() == EntityType.PLACE) {
                    place = a.first();
                    form = f;
                    break;
                }
            }
            if (place == null) {
                return List.of();
            }
            int len = part.regionMatches(true, 0, form, 0, form.length()) ? form.length() : part.length();
            out.add(new MentionCandidate(t.start() + from, t.start() + from + len, EntityType.PLACE, place.id(), 1.0,
                    MentionCandidate.Source.KNOWLEDGE_BASE));
            if (dash < 0) {
                break;
            }
            from = dash + 1;
        }
        return out.size() >= 2 ? out : List.of();
    }

    /**
     * True when {@code text[start, end)} is a month's name or abbreviation followed by a number ({@code Nov 20}): a date,
     * whatever a finder took it for.
     */
    public boolean isDate(String text, int start, int end) {
        if (!dateWords.contains(NameKey.word(text.substring(start, end)))) {
            return false;
        }
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        return i > end && i < text.length() && Character.isDigit(text.charAt(i));
    }

    /**
     * False for a match that is no mention of its own: a capitalized sentence-opening word that the text also writes
     * in lower case, or a listed opener with or without an ending ({@code Shu yerda}, {@code Shuningdek}: "shu" is a
     * common word); a country code glued to a currency sign
     * ({@code US$}); a month's abbreviation before a number ({@code Nov 20}); a city or region followed by a word that
     * heads a longer name ({@code Astana International Forum}).
     */
    private boolean standsAlone(List<Token> tokens, int from, Match m, KbEntry e, Set<String> lowerWords, String text, int end) {
        Token first = tokens.get(from);
        if (from == m.endToken && !m.alias.acronym() && (from == 0 || isOpening(tokens.get(from - 1).text()))
                && (lowerWords.contains(first.text().toLowerCase(Locale.ROOT)) || openers.contains(NameKey.word(first.text()))
                    || openers.contains(NameKey.word(m.lastForm)))) {
            // the opener may carry an ending: Shuningdek, Shuning uchun
            return false;
        }
        if (from == m.endToken && !m.alias.acronym() && !e.isCountry() && m.lastForm.equals(first.text())
                && lowerWords.contains(first.text().toLowerCase(Locale.ROOT))) {
            // "Suv xo‘jaligi vazirligi … suv omborlari": a word the text also writes in lower case is a common word
            // opening another name (Suv is no town of Suva), wherever it stands
            return false;
        }
        int after = tokens.get(m.endToken).end();
        if (end == after && after < text.length() && Character.getType(text.charAt(after)) == Character.CURRENCY_SYMBOL) {
            return false;
        }
        if (from == m.endToken && dateWords.contains(NameKey.word(first.text())) && m.endToken + 1 < tokens.size()
                && Character.isDigit(tokens.get(m.endToken + 1).text().charAt(0))) {
            return false; // "Nov 20" is a date, not the town of Nov
        }
        // a city inside a longer name stands uninflected before the name's head: "Samarqandda xalqaro forum" is a place
        if (e.type() == EntityType.PLACE && !e.isCountry() && end == after && m.endToken + 1 < tokens.size() && !nameHeads.isEmpty()) {
            Token next = tokens.get(m.endToken + 1);
            if (next.isWord() && next.start() - after <= 1) {
                if (nameHeads.contains("=" + NameKey.word(next.text()))) {
                    return false;
                }
                for (String f : stemmer.baseForms(next.text())) {
                    if (nameHeads.contains(NameKey.word(f))) {
                        return false;
                    }
                }
                if (m.endToken + 2 < tokens.size()) {
                    String two = NameKey.word(next.text()) + " " + NameKey.word(tokens.get(m.endToken + 2).text());
                    if (nameHeads.contains(two)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }


    /**
     * The organization whose acronym opens another's name ({@code БМТ} of {@code БМТ Хавфсизлик Кенгаши}): the body
     * of a bloc names the bloc too.
     */
    private void addParentAcronym(Token first, KbEntry body, List<MentionCandidate> out) {
        KnowledgeBase.Alias a = kb.alias(NameKey.word(first.text()));
        if (a != null && a.acronym() && upperCount(first.text()) >= 2) {
            KbEntry parent = a.first();
            if (parent.type() == EntityType.ORGANIZATION && !parent.id().equals(body.id())) {
                out.add(new MentionCandidate(first.start(), first.end(), parent.type(), parent.id(), 1.0,
                        MentionCandidate.Source.KNOWLEDGE_BASE));
            }
        }
    }

    /**
     * The countries a state body's name holds ({@code Россия Федерацияси} in {@code Россия Федерацияси Ҳукумати}):
     * a state body names its country, while another organization named after a place ({@code Шанхай ҳамкорлик
     * ташкилоти}, {@code Development Bank of Kazakhstan}) does not name it. The country's words are
     * whole tokens, read in their base forms ({@code России} of {@code Правительство России}).
     */
    private void addPlacesInside(List<Token> tokens, int from, int last, List<MentionCandidate> out) {
        int i = from;
        while (i <= last) {
            // from the organization's first word, stop before its last: the whole name is the organization
            Match m = tokens.get(i).isWord() ? longest(tokens, i, i == from ? last : last + 1) : null;
            if (m != null && m.alias.first().isCountry()) {
                KbEntry e = m.alias.first();
                out.add(new MentionCandidate(tokens.get(i).start(), tokens.get(m.endToken).end(), e.type(), e.id(), 1.0,
                        MentionCandidate.Source.KNOWLEDGE_BASE));
                i = m.endToken + 1;
            } else {
                i++;
            }
        }
    }

    /** The longest acceptable match starting at token {@code from}, or null. */
    private Match longest(List<Token> tokens, int from) {
        return longest(tokens, from, tokens.size());
    }

    /** The longest acceptable match starting at token {@code from} and ending before token {@code to}, or null. */
    private Match longest(List<Token> tokens, int from, int to) {
        Match best = null;
        List<String> prefixes = List.of("");
        int limit = Math.min(to, from + kb.maxTokens());
        for (int j = from; j < limit && !prefixes.isEmpty(); j++) {
            Token t = tokens.get(j);
            List<String> forms = stemmer.baseForms(t.text());
            List<String> nextPrefixes = new ArrayList<>();
            for (String prefix : prefixes) {
                for (String form : forms) {
                    String key = prefix.isEmpty() ? NameKey.word(form) : prefix + " " + NameKey.word(form);
                    KnowledgeBase.Alias a = kb.alias(key);
                    if (a != null && (best == null || best.endToken < j) && acceptable(tokens, from, j, form, a)) {
                        best = new Match(j, form, a);
                    }
                    if (kb.isPrefix(key) && !nextPrefixes.contains(key)) {
                        nextPrefixes.add(key);
                    }
                }
            }
            prefixes = nextPrefixes;
        }
        return best;
    }

    private static boolean acceptable(List<Token> tokens, int from, int to, String lastForm, KnowledgeBase.Alias a) {
        Token first = tokens.get(from);
        String firstText = from == to ? lastForm : first.text();
        if (a.acronym()) {
            return upperCount(firstText) >= 2 || upperCount(firstText) == firstText.codePointCount(0, firstText.length());
        }
        if (!first.isCapitalized()) {
            return false;
        }
        if (from == to && a.weak() && (from == 0 || isOpening(tokens.get(from - 1).text()))) {
            return false;
        }
        // GeoNames' untagged alternates are reached only by stripping endings: a replaced ending (Совета -> Совето)
        // would find towns in common words
        Token last = tokens.get(to);
        if (a.weak() && !last.text().regionMatches(true, 0, lastForm, 0, lastForm.length())) {
            return false;
        }
        return from != to || lastForm.codePointCount(0, lastForm.length()) >= 2;
    }

    private static boolean isOpening(String t) {
        return t.length() == 1 && "«\"“„(—–-".indexOf(t.charAt(0)) >= 0;
    }

    private static int upperCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
