package org.iqtibos.internal.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.iqtibos.Language;
import org.iqtibos.Script;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.result.EntityType;
import org.iqtibos.internal.segment.SegmentedText;
import org.iqtibos.internal.segment.Sentence;
import org.iqtibos.internal.segment.Token;

/**
 * Finds person names by the shape the region's names have: a capitalized word with a surname ending
 * ({@code -ов}, {@code -ева}, {@code -bayev}, {@code ұлы} ...), with the given names before it, an initial
 * ({@code Д. Мантуров}), a patronymic or a Turkic patronymic particle after it. The patterns are data
 * ({@code models/ner/rules/person-patterns.txt}). A word that opens a name (a given name of the lexicon, a given-name
 * ending or start such as {@code -ulloh} or {@code Abdu-}, a Chinese family name) before one capitalized word is a
 * person whatever the surname ({@code Nurullo Amin}, {@code Лю Сзянчао}). A case ending glued to the surname
 * ({@code Мантуровнинг}) is left out of the span through the base forms the caller supplies.
 *
 * <p>Immutable and thread-safe.
 */
public final class PersonPatternFinder implements MentionFinder {
    private static final int MAX_GIVEN_NAMES = 2;
    /** The confidence of a name found by pattern, below the knowledge base's 1.0; carried along, no stage decides by it. */
    private static final double CONFIDENCE = 0.6;

    private final List<String> surnameEndings;
    private final Set<String> needGivenName;
    private final List<String> patronymicEndings;
    private final Set<String> particles;
    /** Particles that stay in the person's English name (Kyrgyz уулу, кызы: Esengul uulu). */
    private final Set<String> namedParticles;
    private final Set<String> titles;
    private final Function<String, List<String>> baseForms;
    private final GivenNames givenNames;
    private final List<String> givenEndings;
    private final List<String> givenPrefixes;
    private final Set<String> familyFirst;
    /** Last words of titles after which two capitalized words are a name ({@code орун басары Болд Батбаяр}). */
    private final Set<String> nameAfter;
    /** True for a word that names a place or a body (the knowledge base's), never a person's given name or surname. */
    private final java.util.function.Predicate<String> placeOrBody;
    /** The nominatives a given name in a case may stand for ({@code Сергеем} → {@code Сергей}); none by default. */
    private final Function<String, List<String>> givenNominatives;

    private PersonPatternFinder(List<String> surnameEndings, Set<String> needGivenName, List<String> patronymicEndings,
                                Set<String> particles, Set<String> titles, Function<String, List<String>> baseForms,
                                GivenNames givenNames, List<String> givenEndings, List<String> givenPrefixes,
                                Set<String> familyFirst, Set<String> namedParticles,
                                Function<String, List<String>> givenNominatives, Set<String> nameAfter,
                                java.util.function.Predicate<String> placeOrBody) {
        this.placeOrBody = placeOrBody;
        this.givenNominatives = givenNominatives;
        this.nameAfter = Set.copyOf(nameAfter);
        this.namedParticles = Set.copyOf(namedParticles);
        this.surnameEndings = List.copyOf(surnameEndings);
        this.needGivenName = Set.copyOf(needGivenName);
        this.patronymicEndings = List.copyOf(patronymicEndings);
        this.particles = Set.copyOf(particles);
        this.titles = Set.copyOf(titles);
        this.baseForms = baseForms;
        this.givenNames = givenNames;
        this.givenEndings = List.copyOf(givenEndings);
        this.givenPrefixes = List.copyOf(givenPrefixes);
        this.familyFirst = Set.copyOf(familyFirst);
    }

    /**
     * Loads the patterns.
     *
     * @param baseForms a word's candidate base forms that are prefixes of it (the word itself included), so that
     *                  {@code Мантуровнинг} can be cut to {@code Мантуров}
     */
    public static PersonPatternFinder load(ModelFiles files, Function<String, List<String>> baseForms) {
        return load(files, baseForms, null);
    }

    /**
     * Loads the patterns; with {@code givenNames} a known given name followed by a capitalized word is a person
     * whatever the surname's ending ({@code Nurullo Amin}).
     */
    public static PersonPatternFinder load(ModelFiles files, Function<String, List<String>> baseForms,
                                           GivenNames givenNames) {
        return load(files, baseForms, givenNames, w -> List.of(), w -> false);
    }

    private static PersonPatternFinder load(ModelFiles files, Function<String, List<String>> baseForms,
                                            GivenNames givenNames, Function<String, List<String>> givenNominatives,
                                            java.util.function.Predicate<String> placeOrBody) {
        List<String> surnames = new ArrayList<>();
        Set<String> needGivenName = new HashSet<>();
        List<String> patronymics = new ArrayList<>();
        Set<String> particles = new HashSet<>();
        Set<String> namedParticles = new HashSet<>();
        Set<String> titles = new HashSet<>();
        List<String> givenEndings = new ArrayList<>();
        List<String> givenPrefixes = new ArrayList<>();
        Set<String> familyFirst = new HashSet<>();
        Set<String> nameAfter = new HashSet<>();
        Set<String> bodyHeads = new HashSet<>();
        for (String line : files.lines("ner/rules/person-patterns.txt")) {
            String[] f = line.split("\\s+", 2);
            if (f.length != 2) {
                throw new IllegalStateException("bad line in models/ner/rules/person-patterns.txt: '" + line + "'");
            }
            String w = f[1].toLowerCase(Locale.ROOT);
            switch (f[0]) {
                case "surname" -> surnames.add(w);
                case "surname-with-given" -> {
                    surnames.add(w);
                    needGivenName.add(w);
                }
                case "patronymic" -> patronymics.add(w);
                case "particle" -> particles.add(w);
                case "particle-named" -> {
                    particles.add(w);
                    namedParticles.add(w);
                }
                case "title" -> titles.add(w);
                case "given-ending" -> givenEndings.add(w);
                case "given-prefix" -> givenPrefixes.add(w);
                case "family-first" -> familyFirst.add(w);
                case "name-after" -> nameAfter.add(org.iqtibos.internal.text.TextFold.withoutApostrophes(w));
                case "body-head" -> bodyHeads.add(w);
                default -> throw new IllegalStateException("unknown kind '" + f[0] + "' in person-patterns.txt");
            }
        }
        PersonPatternFinder finder = new PersonPatternFinder(surnames, needGivenName, patronymics, particles, titles,
                baseForms, givenNames, givenEndings, givenPrefixes, familyFirst, namedParticles, givenNominatives,
                nameAfter, placeOrBody);
        GazetteerFinder.frequentWords(files).forEach((l, words) -> finder.commonWords.put(l, Set.copyOf(words)));
        finder.bodyHeads.addAll(bodyHeads);
        return finder;
    }

    /**
     * Head nouns of bodies with their possessive ending ({@code қўмитаси}, {@code министрлігі}): a surname-shaped word
     * right before one, with no given name, names the body ({@code Тергов қўмитаси}: the Investigative Committee).
     */
    private final Set<String> bodyHeads = new HashSet<>();

    /** Each language's frequent lower-case words: a sentence's first word among them opens no name (Despite). */
    private final java.util.Map<Language, Set<String>> commonWords = new java.util.EnumMap<>(Language.class);

    /**
     * Loads the patterns with {@code stemmer}'s base forms, and its given-name rules to read a listed given name in
     * a case ({@code Сергеем Лавровым}: {@code Сергей}).
     */
    public static PersonPatternFinder load(ModelFiles files, org.iqtibos.internal.morph.NameStemmer stemmer,
                                           GivenNames givenNames, java.util.function.Predicate<String> placeOrBody) {
        return load(files, stemmer::baseForms, givenNames,
                w -> List.of(stemmer.givenBase(w, false, true), stemmer.givenBase(w, true, false)), placeOrBody);
    }

    @Override
    public List<MentionCandidate> find(SegmentedText text, Language language, Script script) {
        List<MentionCandidate> out = new ArrayList<>();
        Set<String> lowerCaseWords = text.lowerCaseWords();
        Set<String> words = new HashSet<>();
        for (Sentence s : text.sentences()) {
            for (Token t : s.tokens()) {
                words.add(t.text());
            }
        }
        for (Sentence s : text.sentences()) {
            List<Token> tokens = s.tokens();
            int i = 0;
            while (i < tokens.size()) {
                int nameEnd = surnameEnd(tokens.get(i), lowerCaseWords);
                if (nameEnd >= 0 && isListedGivenName(tokens.get(i), language)) {
                    // "Галина Ким": a listed given name that ends like a surname (-ина) opens the name before another
                    int last = givenNameFirst(tokens, i, language, lowerCaseWords);
                    if (last > i) {
                        out.add(new MentionCandidate(tokens.get(i).start(), namePartEnd(tokens.get(last), words),
                                EntityType.PERSON, null, CONFIDENCE, MentionCandidate.Source.RULE));
                        i = last + 1;
                        continue;
                    }
                }
                if (nameEnd < 0) {
                    int last = givenNameFirst(tokens, i, language, lowerCaseWords);
                    if (last == i) {
                        last = afterTitle(tokens, i, lowerCaseWords);
                    }
                    if (last > i) {
                        out.add(new MentionCandidate(tokens.get(i).start(), namePartEnd(tokens.get(last), words),
                                EntityType.PERSON, null, CONFIDENCE, MentionCandidate.Source.RULE));
                        i = last + 1;
                    } else {
                        i++;
                    }
                    continue;
                }
                int first = i;
                while (first > 0 && i - first < MAX_GIVEN_NAMES
                        && (isGivenName(tokens.get(first - 1)) || isListedGivenName(tokens.get(first - 1), language))
                        // a second word before the name that is a known place or body is not a given name:
                        // "Глава Минэнерго Магзум Мирзагалиев"
                        && !(first < i && placeOrBody.test(tokens.get(first - 1).text()))
                        && (first - 1 > 0 || first == i && !commonWords.getOrDefault(language, Set.of())
                                .contains(tokens.get(0).text().toLowerCase(Locale.ROOT)))) {
                    // a sentence's first word is capitalized anyway: take it only right before the surname
                    first--;
                }
                if (first == i && givenNameAfterTitle(tokens, i, lowerCaseWords)) {
                    first--; // "Вице-премьер Ералы Тоғжанов": after a title, the capitalized word before a surname
                }
                if (first >= 2 && tokens.get(first - 1).text().equals(".") && isInitial(tokens.get(first - 2))) {
                    first -= 2;
                }
                if (first == i && (isShortSurname(tokens.get(i), nameEnd) || needsGivenName(tokens.get(i).text()))) {
                    // a short word with a short ending is a surname only next to a given name or an initial
                    i++;
                    continue;
                }
                if ((first == i || placeOrBody.test(tokens.get(first).text())) && i + 1 < tokens.size()
                        && bodyHeads.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT))) {
                    i++;
                    continue; // "(Россия) Тергов қўмитаси": a word of the body's name after its country, no surname
                }
                int last = i;
                int end = nameEnd;
                if (nameEnd == tokens.get(i).end()) {
                    int j = i + 1;
                    if (j < tokens.size() && isPatronymic(tokens.get(j))) {
                        last = j;
                        end = tokens.get(j).end();
                    } else if (j + 1 < tokens.size() && isGivenName(tokens.get(j)) && isPatronymic(tokens.get(j + 1))) {
                        last = j + 1;
                        end = tokens.get(j + 1).end();
                    }
                }
                out.add(new MentionCandidate(tokens.get(first).start(), end, EntityType.PERSON, null, CONFIDENCE,
                        MentionCandidate.Source.RULE));
                i = last + 1;
            }
        }
        return out;
    }


    /**
     * The last token of a name that opens with a known given name at {@code i}: the given name, a second known given
     * name if one follows, then one capitalized word that the text never writes in lower case
     * ({@code Nurullo Amin}, {@code Abdulg'affor Tiroviy}) and a patronymic particle after it ({@code уулу}); or
     * {@code i} when there is none, or when more capitalized
     * words follow. A surname with a known ending after the given name is left to the surname rule, which takes the
     * given names before it.
     */
    private int givenNameFirst(List<Token> tokens, int i, Language language, Set<String> lowerCaseWords) {
        if (!isKnownGivenName(tokens.get(i), language, lowerCaseWords)) {
            return i;
        }
        int j = i + 1;
        if (j + 1 < tokens.size() && adjacent(tokens, j) && adjacent(tokens, j + 1)
                && isKnownGivenName(tokens.get(j), language, lowerCaseWords) && isNameWord(tokens.get(j + 1), lowerCaseWords)) {
            j++;
        }
        if (j >= tokens.size() || !adjacent(tokens, j) || !isNameWord(tokens.get(j), lowerCaseWords)
                || surnameEnd(tokens.get(j), lowerCaseWords) >= 0) {
            return i;
        }
        if (j + 1 < tokens.size() && adjacent(tokens, j + 1) && isNameWord(tokens.get(j + 1), lowerCaseWords)) {
            return i; // a longer run of capitalized words: where the name ends is not clear
        }
        if (j + 1 < tokens.size() && adjacent(tokens, j + 1)
                && namedParticles.contains(tokens.get(j + 1).text().toLowerCase(Locale.ROOT))) {
            return j + 1; // a patronymic particle the English name keeps joins it (Чыңгыз Эсенгул уулу)
        }
        return j;
    }

    /**
     * A word that opens a person's name: a given name of the lexicon or with a given-name ending or start, or a Chinese
     * family name; never a word the text also writes in lower case.
     */
    private boolean isKnownGivenName(Token t, Language language, Set<String> lowerCaseWords) {
        String lower = t.text().toLowerCase(Locale.ROOT);
        if (!t.isCapitalized() || !isLetters(t.text()) || t.text().equals(t.text().toUpperCase(Locale.ROOT))
                || titles.contains(lower) || lowerCaseWords.contains(lower)) {
            return false;
        }
        if (familyFirst.contains(lower)) {
            return true;
        }
        for (String e : givenEndings) {
            if (lower.endsWith(e) && lower.length() >= e.length() + 2) {
                return true;
            }
        }
        for (String p : givenPrefixes) {
            if (lower.startsWith(p) && lower.length() >= p.length() + 2) {
                return true;
            }
        }
        // a listed given name as written is one even where it could be read with a case ending (Галина, not Галин+а)
        return givenNames != null && givenNames.contains(t.text(), language);
    }

    /**
     * The surname's token when a title's last word stands right before {@code i} and two capitalized name words
     * follow it, no third ({@code … орун басары Болд Батбаяр менен}); else {@code i}.
     */
    private int afterTitle(List<Token> tokens, int i, Set<String> lowerCaseWords) {
        int j = i + 1;
        if (i == 0 || nameAfter.isEmpty() || j >= tokens.size() || !adjacent(tokens, i) || !adjacent(tokens, j)
                || !nameAfter.contains(org.iqtibos.internal.text.TextFold.withoutApostrophes(tokens.get(i - 1).text().toLowerCase(Locale.ROOT)))
                || !isNameWord(tokens.get(i), lowerCaseWords) || !isNameWord(tokens.get(j), lowerCaseWords)
                || placeOrBody.test(tokens.get(i).text()) || placeOrBody.test(tokens.get(j).text())) {
            return i; // "елшісі Ресей Сыртқы істер министрлігінің": a country opens a body's name
        }
        if (j + 1 < tokens.size() && adjacent(tokens, j + 1) && tokens.get(j + 1).isCapitalized()) {
            return i; // a longer run of capitalized words: a body's or a place's name as likely as a person's
        }
        return j;
    }

    /**
     * True when the token before the surname at {@code i} is a capitalized name word right after a title ({@code
     * Вице-премьер Ералы Тоғжанов}, {@code вазири Азиз Каримов}): a given name the lexicon does not list.
     */
    private boolean givenNameAfterTitle(List<Token> tokens, int i, Set<String> lowerCaseWords) {
        if (i < 2 || !adjacent(tokens, i) || !adjacent(tokens, i - 1)) {
            return false;
        }
        Token given = tokens.get(i - 1);
        String title = org.iqtibos.internal.text.TextFold.withoutApostrophes(tokens.get(i - 2).text().toLowerCase(Locale.ROOT));
        return (nameAfter.contains(title) || titles.contains(title)) && isNameWord(given, lowerCaseWords)
                && surnameEnd(given, lowerCaseWords) < 0 && !placeOrBody.test(given.text());
    }

    /** True when token {@code j} follows token {@code j - 1} after one space. */
    private static boolean adjacent(List<Token> tokens, int j) {
        return tokens.get(j).start() - tokens.get(j - 1).end() == 1;
    }

    /** A capitalized word (not in capitals) that is no title and that the text never writes in lower case. */
    private boolean isNameWord(Token t, Set<String> lowerCaseWords) {
        if (!t.isCapitalized() || !isLetters(t.text()) || t.text().length() < 2
                || t.text().equals(t.text().toUpperCase(Locale.ROOT))) {
            return false;
        }
        for (String base : baseForms.apply(t.text())) {
            String lower = base.toLowerCase(Locale.ROOT);
            if (lowerCaseWords.contains(lower) || titles.contains(lower)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The end of the name part of {@code t}: before a case ending glued to it when the text also writes the bare
     * form as a word of its own ({@code Aminning} beside {@code Amin}) or the ending is long ({@code -ning}), else
     * the whole token: a short ending may be part of an unknown name.
     */
    private int namePartEnd(Token t, Set<String> words) {
        for (String base : baseForms.apply(t.text())) {
            int ending = t.text().length() - base.length();
            if (ending > 0 && base.length() >= 3 && t.text().startsWith(base) && (ending >= 3 || words.contains(base))) {
                return t.start() + base.length();
            }
        }
        return t.end();
    }

    /** True when {@code word} (a trailing full stop aside) is a title or honorific ({@code Mr.}, {@code президент}): alone it names no one. */
    public boolean isTitle(String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return titles.contains(w.toLowerCase(Locale.ROOT));
    }

    private boolean needsGivenName(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String e : needGivenName) {
            if (lower.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isShortSurname(Token t, int nameEnd) {
        return nameEnd - t.start() <= 5;
    }

    /** The end of the surname part of {@code t}, or -1 when {@code t} is not a surname. */
    private int surnameEnd(Token t, Set<String> lowerCaseWords) {
        if (!t.isCapitalized() || !isLetters(t.text())) {
            return -1;
        }
        List<String> forms = baseForms.apply(t.text());
        for (String base : forms) {
            if (lowerCaseWords.contains(base.toLowerCase(Locale.ROOT))) {
                return -1;
            }
        }
        for (String base : forms) {
            String lower = base.toLowerCase(Locale.ROOT);
            if (titles.contains(lower)) {
                return -1;
            }
            for (String ending : surnameEndings) {
                if (lower.endsWith(ending) && lower.length() >= ending.length() + 3 && t.text().startsWith(base)
                        && !inCaseEnding(base.length() - ending.length(), forms)) {
                    return t.start() + base.length();
                }
            }
        }
        return -1;
    }

    /**
     * True when chars from {@code from} on lie in a case ending some shorter base form strips: the Kyrgyz genitive
     * of {@code Министрликтин} ends like a Russian surname in -ин, its base {@code Министрлик} does not.
     */
    private static boolean inCaseEnding(int from, List<String> forms) {
        for (String f : forms) {
            if (f.length() <= from) {
                return true;
            }
        }
        return false;
    }

    /**
     * A given name of the lexicon, in any of its listed forms: {@code Сергей} and {@code Андрей} end like a Russian
     * case form, {@code Сергея} is one, and the surname after them tells the case.
     */
    private boolean isListedGivenName(Token t, Language language) {
        String lower = t.text().toLowerCase(Locale.ROOT);
        return givenNames != null && t.isCapitalized() && isLetters(t.text()) && !titles.contains(lower)
                && !t.text().equals(t.text().toUpperCase(Locale.ROOT)) && (givenNames.contains(t.text(), language)
                || givenNominatives.apply(t.text()).stream().anyMatch(n -> !n.equals(t.text()) && givenNames.contains(n, language)));
    }

    private boolean isGivenName(Token t) {
        String lower = t.text().toLowerCase(Locale.ROOT);
        // given names stand before the surname uninflected: a word with a case ending is not one
        return t.isCapitalized() && isLetters(t.text()) && t.text().length() >= 2 && !titles.contains(lower)
                && !t.text().equals(t.text().toUpperCase(Locale.ROOT)) && baseForms.apply(t.text()).size() == 1;
    }

    private boolean isPatronymic(Token t) {
        String lower = t.text().toLowerCase(Locale.ROOT);
        if (particles.contains(lower)) {
            return true;
        }
        if (!t.isCapitalized()) {
            return false;
        }
        for (String e : patronymicEndings) {
            if (lower.endsWith(e) && lower.length() >= e.length() + 3) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInitial(Token t) {
        return t.text().codePointCount(0, t.text().length()) == 1 && t.isCapitalized();
    }

    private static boolean isLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c) && c != '-' && c != '\'' && c != 'ʻ' && c != 'ʼ' && c != '’' && c != '‘') {
                return false;
            }
        }
        return true;
    }
}
