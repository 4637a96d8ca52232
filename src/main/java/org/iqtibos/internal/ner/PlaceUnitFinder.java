package org.iqtibos.internal.ner;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.iqtibos.Language;
import org.iqtibos.internal.kb.KnowledgeBase;
import org.iqtibos.internal.kb.NameKey;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.internal.segment.SegmentedText;
import org.iqtibos.internal.segment.Sentence;
import org.iqtibos.internal.segment.Token;
import org.iqtibos.internal.text.Romanizer;
import org.iqtibos.internal.text.TextFold;
import org.iqtibos.result.EntityType;

/**
 * Finds places that news names by a unit noun after their name ({@code Яшнобод тумани}, {@code Қарасай ауданы},
 * {@code Көк-Таш айылы}, {@code Istiqbol ko‘chasi}, {@code Leylek district}): districts, streets and villages too
 * small for the knowledge base. In Uzbek, Kazakh and Kyrgyz the noun's possessive ending says that the name before
 * it owns it, so the capitalized word right before such a noun is a place's name (one word: two would take the
 * surname of a person before it, {@code Алишер Каримов Истиқбол кўчасида}). The nouns and their English words are
 * data ({@value #PATH}).
 *
 * <p>A place found so is named in English by its romanized name and the unit's English word ({@code Yashnobod
 * District}); a unit the press leaves out (a village, a town) gives the name alone, and then the mention is the name
 * without the noun. Immutable and thread-safe.
 */
public final class PlaceUnitFinder {
    /** The path of the data file, relative to {@code models/}. */
    public static final String PATH = "ner/place-units.tsv";
    /** The longest case ending after a unit noun ({@code ауданының}: the noun and {@code ның}). */
    private static final int MAX_ENDING = 6;

    private final Language language;
    /** Unit nouns by their folded form: the English word, empty for none. */
    private final Map<String, String> units;
    /** The folded forms of plural unit nouns, which take a list of names. */
    private final Set<String> plurals;
    /** Words joining the names of a list ({@code ва}, {@code және}, {@code and}). */
    private final Set<String> joiners;
    /**
     * (ru) Endings of the adjective that names a place before its unit ({@code Алатауском районе}, {@code Медеуского
     * района}), longest first: the name is the adjective without it.
     */
    private final List<String> adjectiveEndings;
    /** The language's frequent lower-case words: a sentence's first word among them is no name. */
    private final Set<String> frequentWords;
    /** Nationality words ({@link NameKey#word} keys): {@code Central Asian region} names no place. */
    private final Set<String> demonyms;
    private final Romanizer romanizer;
    /** Places the knowledge base knows keep its English name ({@code Surxondaryo viloyati} → Surkhandarya Region). */
    private final KnowledgeBase kb;
    private final int shortest;

    private PlaceUnitFinder(Language language, Map<String, String> units, Set<String> plurals, Set<String> joiners,
                            List<String> adjectiveEndings, Set<String> frequentWords, Set<String> demonyms,
                            Romanizer romanizer, KnowledgeBase kb) {
        this.kb = kb;
        this.adjectiveEndings = adjectiveEndings.stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        this.plurals = Set.copyOf(plurals);
        this.joiners = Set.copyOf(joiners);
        this.demonyms = Set.copyOf(demonyms);
        this.language = language;
        this.units = Map.copyOf(units);
        this.frequentWords = Set.copyOf(frequentWords);
        this.romanizer = romanizer;
        this.shortest = units.keySet().stream().mapToInt(String::length).min().orElse(0);
    }

    /** The finders of every language (one without units finds nothing), reading {@value #PATH} of {@code files}. */
    public static Map<Language, PlaceUnitFinder> load(ModelFiles files, Romanizer romanizer, Set<String> demonyms,
                                                      KnowledgeBase kb) {
        Objects.requireNonNull(kb, "kb");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(demonyms, "demonyms");
        Objects.requireNonNull(romanizer, "romanizer");
        Map<Language, Map<String, String>> units = new EnumMap<>(Language.class);
        Map<Language, Set<String>> plurals = new EnumMap<>(Language.class);
        Map<Language, Set<String>> joiners = new EnumMap<>(Language.class);
        Map<Language, List<String>> adjectives = new EnumMap<>(Language.class);
        for (ModelFiles.Line line : files.numberedLines(PATH)) {
            String[] f = line.text().split("\t", -1);
            if (f[0].equals("@adjective") && f.length == 3) {
                for (String w : f[2].split("\\|")) {
                    adjectives.computeIfAbsent(language(f[1], line), l -> new ArrayList<>()).add(fold(w.strip()));
                }
                continue;
            }
            if (f[0].equals("@and") && f.length == 3) {
                for (String w : f[2].split("\\|")) {
                    joiners.computeIfAbsent(language(f[1], line), l -> new HashSet<>()).add(fold(w.strip()));
                }
                continue;
            }
            boolean plural = f.length == 4 && f[3].strip().equals("plural");
            if (f.length != 3 && !plural || f[1].isBlank()) {
                throw line.error("expected LANG TAB forms TAB English [TAB plural]");
            }
            Language lang = language(f[0], line);
            for (String form : f[1].split("\\|")) {
                String english = f[2].strip();
                units.computeIfAbsent(lang, l -> new HashMap<>())
                        .put(fold(form.strip()), english.equals("-") ? "" : english);
                if (plural) {
                    plurals.computeIfAbsent(lang, l -> new HashSet<>()).add(fold(form.strip()));
                }
            }
        }
        Map<Language, Set<String>> frequent = GazetteerFinder.frequentWords(files);
        Map<Language, PlaceUnitFinder> out = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            out.put(l, new PlaceUnitFinder(l, units.getOrDefault(l, Map.of()), plurals.getOrDefault(l, Set.of()),
                    joiners.getOrDefault(l, Set.of()), adjectives.getOrDefault(l, List.of()),
                    frequent.getOrDefault(l, Set.of()), demonyms, romanizer, kb));
        }
        return out;
    }

    private static Language language(String code, ModelFiles.Line line) {
        try {
            return Language.fromCode(code.strip());
        } catch (IllegalArgumentException e) {
            throw line.error("unknown language '" + code + "'");
        }
    }

    private static String fold(String word) {
        return TextFold.withoutApostrophes(word.toLowerCase(Locale.ROOT));
    }

    /** The places of {@code text}, in text order. */
    public List<MentionCandidate> find(SegmentedText text) {
        Objects.requireNonNull(text, "text");
        if (units.isEmpty()) {
            return List.of();
        }
        List<MentionCandidate> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Token> tokens = s.tokens();
            for (int i = 1; i < tokens.size(); i++) {
                String unit = unit(tokens.get(i));
                if (unit == null || !isPlace(tokens, i - 1)) {
                    continue;
                }
                String english = units.get(unit);
                boolean plural = plurals.contains(unit);
                int end = english.isEmpty() || plural ? tokens.get(i - 1).end()
                        : tokens.get(i).start() + unitLength(tokens.get(i));
                if (!adjectiveEndings.isEmpty()) {
                    // Russian names the place by an adjective: "Алатауском районе" is Alatau District
                    String stem = adjectiveStem(tokens.get(i - 1).text());
                    if (stem != null && !english.isEmpty() && !plural) {
                        out.add(place(stem, tokens.get(i - 1).start(), end, english));
                    }
                    continue;
                }
                int first = nameStart(text.text(), tokens, i - 1, english);
                out.add(place(text.text().substring(tokens.get(first).start(), tokens.get(i - 1).end()),
                        tokens.get(first).start(), end, english));
                // "Ерасыл, Бектемір ауылдары", "Чилонзор ва Яшнобод туманлари", "Абай, Батыс Қазақстан облыстары":
                // each name of the list is a place
                for (int k = first; plural && k >= 2 && isJoiner(tokens.get(k - 1)) && isPlace(tokens, k - 2); ) {
                    int from = nameStart(text.text(), tokens, k - 2, english);
                    out.add(place(text.text().substring(tokens.get(from).start(), tokens.get(k - 2).end()),
                            tokens.get(from).start(), tokens.get(k - 2).end(), english));
                    k = from;
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * The first token of the place's name that ends at token {@code k}: the capitalized word before it too when the
     * knowledge base knows the two words as a place of this unit ({@code Батыс Қазақстан облысы}, {@code Солтүстік
     * Қазақстан}), else {@code k} (two capitalized words are often a person before a street's name).
     */
    private int nameStart(String text, List<Token> tokens, int k, String english) {
        if (k < 1 || english.isEmpty() || !isNameWord(tokens.get(k - 1))
                || tokens.get(k - 1).end() + 1 != tokens.get(k).start()) {
            return k;
        }
        String two = text.substring(tokens.get(k - 1).start(), tokens.get(k).end());
        for (Map.Entry<String, String> unit : units.entrySet()) {
            if (unit.getValue().equals(english) && !plurals.contains(unit.getKey())) {
                for (org.iqtibos.internal.kb.KbEntry e : kb.lookup(two + " " + unit.getKey())) {
                    if (e.type() == EntityType.PLACE && e.name().endsWith(" " + english)) {
                        return k - 1;
                    }
                }
            }
        }
        return k;
    }

    /** True when token {@code k} of a sentence may be a place's name: a capitalized word, no nationality, no opener. */
    private boolean isPlace(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return isNameWord(t) && !demonyms.contains(NameKey.word(t.text()))
                && !(k == 0 && frequentWords.contains(t.text().toLowerCase(Locale.ROOT)));
    }

    private boolean isJoiner(Token t) {
        return t.text().equals(",") || joiners.contains(fold(t.text()));
    }

    private MentionCandidate place(String text, Token name, int end, String english) {
        return place(name.text(), name.start(), end, english);
    }

    /** The place named {@code name} (its base form) with unit {@code english}, mentioned at [{@code start}, {@code end}). */
    private MentionCandidate place(String name, int start, int end, String english) {
        String romanized = knownPlace(name, english);
        if (romanized == null) {
            romanized = TextFold.withoutApostrophes(romanizer.romanize(name, language));
        }
        String full = english.isEmpty() ? romanized : romanized + " " + english;
        return new MentionCandidate(start, end, EntityType.PLACE, KnowledgeBase.describedPlaceId(full), 1.0,
                MentionCandidate.Source.RULE);
    }

    /** The name in an adjective before a unit ({@code Катон-Карагайском} → {@code Катон-Карагай}), or null when none. */
    private String adjectiveStem(String word) {
        String w = fold(word);
        for (String e : adjectiveEndings) {
            if (w.length() > e.length() + 2 && w.endsWith(e)) {
                return word.substring(0, word.length() - e.length());
            }
        }
        return null;
    }

    /**
     * The English name of a place the knowledge base knows by {@code word} ({@code Surxondaryo} → Surkhandarya), its
     * unit word left off ({@code Surkhandarya Region} → Surkhandarya), one of the unit {@code english} first; null
     * when it knows none.
     */
    private String knownPlace(String word, String english) {
        List<org.iqtibos.internal.kb.KbEntry> known = new ArrayList<>(kb.lookup(word));
        if (!english.isEmpty()) {
            // "Ақмола" of "Ақмола, Қостанай облыстары": the knowledge base may know the region by its singular unit only
            units.forEach((form, unitEnglish) -> {
                if (unitEnglish.equals(english) && !plurals.contains(form)) {
                    known.addAll(0, kb.lookup(word + " " + form));
                }
            });
        }
        for (org.iqtibos.internal.kb.KbEntry e : known) {
            // the place of this unit first: "Ақмола" before облысы is Akmola Region, not the city once so named
            if (e.type() == EntityType.PLACE && !english.isEmpty() && e.name().endsWith(" " + english)) {
                return e.name().substring(0, e.name().length() - english.length() - 1);
            }
        }
        for (org.iqtibos.internal.kb.KbEntry e : known) {
            if (e.type() == EntityType.PLACE && !e.isCountry()) {
                String n = e.name();
                for (String unit : units.values()) {
                    if (!unit.isEmpty() && n.endsWith(" " + unit)) {
                        return n.substring(0, n.length() - unit.length() - 1);
                    }
                }
                return n;
            }
        }
        return null;
    }

    private static boolean isNameWord(Token t) {
        String w = t.text();
        return t.isWord() && t.isCapitalized() && w.length() > 1 && !w.equals(w.toUpperCase(Locale.ROOT))
                && Character.isLetter(w.codePointAt(0));
    }

    /** The folded unit noun that {@code t} is (with any case ending), or null when it is none. */
    private String unit(Token t) {
        if (!t.isWord() || t.text().length() < shortest) {
            return null;
        }
        String w = fold(t.text());
        for (int cut = w.length(); cut >= Math.max(shortest, w.length() - MAX_ENDING); cut--) {
            if (units.containsKey(w.substring(0, cut))) {
                return w.substring(0, cut);
            }
        }
        return null;
    }

    /** The length in {@code t}'s own characters of its unit noun, its case ending left out. */
    private int unitLength(Token t) {
        String raw = t.text();
        for (int cut = raw.length(); cut > 0; cut--) {
            if (units.containsKey(fold(raw.substring(0, cut)))) {
                return cut;
            }
        }
        return raw.length();
    }
}
