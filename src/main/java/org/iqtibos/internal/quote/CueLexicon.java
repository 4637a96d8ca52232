package org.iqtibos.internal.quote;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iqtibos.Language;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.internal.segment.Segmenter;
import org.iqtibos.internal.segment.Token;
import org.iqtibos.internal.text.TextFold;

/**
 * The speech cues of one language, read from {@code models/quote/<code>.txt}: speech verbs, quotative particles,
 * endings of reported content, "according to" phrases, complementizers, pronouns with their gender, role nouns,
 * organization nouns, prepositions and gender endings of names and verbs.
 *
 * <p>File format: one {@code KIND ENTRY [| ATTRIBUTE]} a line; {@code {a,b}} in an entry expands to alternatives;
 * a trailing {@code *} on a word matches every word that starts with it. Uzbek entries are written in Cyrillic
 * and their Latin forms are added at load time with ICU's {@code uz_Cyrl-uz_Latn} transform. Words are compared
 * by {@link TextFold#cueKey(String)}: lower case with every apostrophe variant folded to {@code '}.
 *
 * <p>Immutable and thread-safe.
 */
public final class CueLexicon {
    /** What a lexicon entry is used for. */
    enum Kind {
        VERB("verb"), QUOTATIVE("quotative"), OBJECT_SUFFIX("object-suffix"), ACCORDING_AFTER("according-after"),
        ACCORDING_BEFORE("according-before"), COMPLEMENTIZER("complementizer"), PRONOUN("pronoun"), ROLE("role"),
        ORG_NOUN("org-noun"), PREPOSITION("preposition"), NOT_CONTENT("not-content"), CONTENT_END("content-end"),
        ANAPHOR("anaphor"), CATAPHOR("cataphor"), NAME_PARTICLE("name-particle"), CLAUSE_SUFFIX("clause-suffix"),
        POSTPOSITION("postposition"), GROUP("group"), ADDRESSEE("addressee"), FINITE("finite"), FINITE_SUFFIX("finite-suffix"),
        FEMALE_SUFFIX("female-suffix"), MALE_SUFFIX("male-suffix"),
        VERB_FEMALE_SUFFIX("verb-female-suffix"), VERB_MALE_SUFFIX("verb-male-suffix"),
        /** A speech verb's stem (its last word takes every {@link #ENDING}); each form becomes a {@link #VERB}. */
        STEM("stem"),
        /** A conjunction joining two clauses of one subject ({@code … айтди ва … қўшимча қилди}). */
        COORDINATOR("coordinator"),
        /** A particle or adverb that may stand between reported content and its verb ({@code ҳам}, {@code алоҳида}). */
        PARTICLE("particle"),
        /**
         * (uz, ky) a postposition of manner: with the noun before it, an adverbial between reported content and its
         * verb ({@code … мамнуният билан қайд этди}, "noted with satisfaction").
         */
        MANNER_POSTPOSITION("manner-postposition"),
        /**
         * (uz, kk, ky) the postposition of a passive's agent ({@code X томонидан … таъкидланди}, "it was stressed by
         * X"): the person or body before it is the speaker, and the words start after it.
         */
        AGENT("agent"),
        /**
         * (uz, kk, ky) an auxiliary converb of the subject's own action ({@code … қорытындылай отырып, …}, "while
         * summing up"): with the comma after it, the words start after that comma.
         */
        CONVERB("converb"),
        /**
         * (uz, kk, ky) a noun of words or opinions that a participle of a speech verb modifies ({@code айткан
         * сөздөрү}, the words he said): the verb ends no clause of reported speech.
         */
        SPEECH_NOUN("speech-noun"),
        /** (en) an article or demonstrative: it opens no name ({@code the ministry} is no body's name). */
        DETERMINER("determiner"),
        /** (uz, kk, ky) the document words stand in, before verb-final content ({@code унда}, {@code баёнотда}). */
        SOURCE("source"),
        /** (uz, kk, ky) dative and locative endings: a name glued to one is where or to whom, never who. */
        LOCATIVE_SUFFIX("locative-suffix"),
        /** (uz, kk, ky) genitive endings: a body named with one qualifies the noun after it ({@code ұйымының}). */
        GENITIVE_SUFFIX("genitive-suffix"),
        /** (en, ru) a noun whose object is what was said: "stressed the importance of …", "отметил необходимость …". */
        CONTENT_NOUN("content-noun"),
        /** A connective opening a sentence, never its subject ({@code ал эми}, {@code сондай-ақ}). */
        OPENER("opener"),
        /** The country whose press writes this language, in English ({@code Kazakhstan} for kk). */
        HOME_COUNTRY("home-country"),
        /** (uz, kk, ky) objects that make no quote of a speech verb: thanks, wishes, condolences. */
        NOT_SAID("not-said"),
        /** (en, ru) a relative pronoun after a comma: its clause's subject is the name just before the comma. */
        RELATIVE("relative"),
        /** (uz, kk, ky) accusative endings: a noun with one is the object of a verb flagged {@code object}. */
        ACCUSATIVE_SUFFIX("accusative-suffix"),
        /** (ru) endings of a name in the instrumental or dative ({@code Мишустиным}, {@code Пьером}): no subject. */
        OBLIQUE_SUFFIX("oblique-suffix"),
        /** (kk, ky) participle endings: a role noun after one heads a relative clause ({@code … жауап берген төраға}). */
        PARTICIPLE_SUFFIX("participle-suffix"),
        /**
         * (uz, kk, ky) the ending that makes a noun an attribute of the next ({@code ўртасидаги}, {@code ортасындағы}): a
         * role noun before one is part of a longer phrase, not a subject of its own.
         */
        ATTRIBUTIVE_SUFFIX("attributive-suffix"),
        /**
         * (uz, kk, ky) the endings of a converb ({@code учрашиб}, {@code кездесіп}, {@code куттуктап}): a clause closed
         * by one and a comma right after the subject is the subject's own act ({@code … билан учрашиб, … айтди}).
         */
        CONVERB_SUFFIX("converb-suffix"),
        /** (uz, kk, ky) words that end like a converb and are none ({@code жавоб}, {@code жооп}, {@code көп}). */
        NOT_CONVERB("not-converb"),
        /**
         * (uz, kk, ky) endings of a passive converb ({@code каралып}: being examined): its clause has a subject of its
         * own, unsaid, so it is part of the words, not the speaker's act.
         */
        PASSIVE_CONVERB_SUFFIX("passive-converb-suffix"),
        /** (uz) personal pronouns in the dative, the source of an according-to phrase ({@code Унга кўра}). */
        DATIVE_PRONOUN("dative-pronoun"),
        /**
         * (en) an object after a speech verb that points back to the sentence before ({@code X announced this}, {@code
         * he told about it}): that sentence is X's words.
         */
        ANAPHOR_OBJECT("anaphor-object"),
        /**
         * (ru, en) a speech verb whose noun object is what was said ({@code отметил высокий уровень …}, {@code noted the
         * growth of …}, {@code указал на положительную динамику …}), with the preposition it governs.
         */
        NOUN_OBJECT_VERB("noun-object-verb"),
        /** A question ({@code савол}, {@code вопрос}): words in marks called one were asked, not said. */
        QUESTION_NOUN("question-noun"),
        /** (en) a word opening a question after a verb of asking ({@code asked whether …}): no words were reported. */
        QUESTION_WORD("question-word"),
        /**
         * (en) the mark of an infinitive ({@code to}): after a verb of asking it opens a request ({@code asked them to
         * say why …}), so a question word after it opens no question.
         */
        INFINITIVE_MARK("infinitive-mark"),
        /**
         * A word joining two names into one subject ({@code ва}, {@code мен}, {@code жана}, {@code и}, {@code and}):
         * two people who speak together, whom the convention gives no single speaker.
         */
        NAME_JOINER("name-joiner"),
        /** An ending of speech-verb stems, with any auxiliary after it ({@code ган эди}, {@code ген болатын}). */
        ENDING("ending"),
        /**
         * (uz, kk, ky) a word or ending that closes an adverbial clause before the main clause's subject
         * ({@code … javob berar ekan, Qodirov …}, {@code … e'lon qilingach, …}): the words start after its comma.
         */
        CIRCUMSTANCE("circumstance"), CIRCUMSTANCE_SUFFIX("circumstance-suffix"),
        /**
         * An ending that makes "according to what X said" of every speech-verb {@link #STEM} ({@code айт} +
         * {@code ишича} → {@code айтишича}); each form becomes an {@link #ACCORDING_AFTER} with the stem's flag.
         */
        ACCORDING_ENDING("according-ending"),
        /**
         * (uz, kk, ky) an occasion of speech ({@code брифинг}, {@code интервью}, {@code мурожаатнома}): in the
         * locative right after the subject it says where the words were said, no part of them.
         */
        VENUE("venue"),
        /** (uz, kk, ky) the locative endings a {@link #VENUE} takes ({@code брифингда}; a dative is where to, not where). */
        VENUE_SUFFIX("venue-suffix"),
        /** A document of several parties ({@code қўшма баёнот}, {@code joint statement}): what it says is no one's. */
        JOINT("joint"),
        /**
         * (uz) endings of a finite verb: before a {@link #COORDINATOR} they close a clause of the subject's own
         * ({@code … muhokama qildi va … vazminlikka chaqirdi}), so the words of a later speech verb start after it.
         */
        FINITE_END("finite-end"),
        /**
         * (en) a time phrase right after a speech verb ({@code on Friday}, {@code yesterday}): a bare clause of words
         * may follow it ({@code said on Friday the talks had failed}).
         */
        TIME_ADJUNCT("time-adjunct"),
        /**
         * (en) a word opening an adverbial clause after a speech verb ({@code said as he met …}, {@code said while
         * visiting …}): the speaker's clause ends before it, so the verb after it is not the verb of more words.
         */
        SUBORDINATOR("subordinator"),
        /**
         * A news outlet's reporter ({@code мухбири}, {@code корреспондент}): "…, деб хабар бермоқда «Дарё» мухбири X"
         * is the outlet reporting, the named reporter no source it cites.
         */
        CORRESPONDENT("correspondent"),
        /**
         * Endings that open the plural of a role noun after its stem ({@code вазир}+{@code лари}, {@code министр}+{@code
         * ы}): several office holders speak together, none of them alone.
         */
        PLURAL_SUFFIX("plural-suffix"),
        /**
         * (en) a word opening a sentence before its source and speech verb ({@code As the minister noted, …}): the
         * words are the clause after the comma.
         */
        AS_OPENER("as-opener"),
        /**
         * The media in general ({@code БАҚ}, {@code ОАВ}, {@code СМИ}, {@code media}): as the source of an
         * "according to" it reports an event, as a named outlet does.
         */
        MEDIA("media");

        final String label;

        Kind(String label) {
            this.label = label;
        }

        static Kind of(String label, String path) {
            for (Kind k : values()) {
                if (k.label.equals(label)) {
                    return k;
                }
            }
            throw new IllegalStateException("models/" + path + ": unknown cue kind '" + label + "'");
        }
    }

    /**
     * What an entry's attribute (after {@code |}) says of it; a lexicon naming any other attribute fails to load.
     */
    enum Flag {
        /** A verb that is its own quotative ({@code деди}, {@code деді}). */
        SAYS("says"),
        /** An impersonal passive ({@code айтилди}, {@code it was reported}): no speaker of its own. */
        PASSIVE("passive"),
        /**
         * A verb that takes a noun object: in English no bare clause after it ({@code announced}); in verb-final
         * languages a noun in the accusative before it is what was said ({@code … дабдабабозликни қоралади}).
         */
        OBJECT("object"),
        /** A verb whose object is what was said: "called on X to …", "vowed to …", "призвал …". */
        OBJECT_CONTENT("object-content"),
        /** A quotative that needs a nominalized clause before it ({@code ҳақида}). */
        CLAUSE("clause"),
        /**
         * An according-to phrase that needs a source before it ({@code кўра}): a person's name, a body, a role noun or
         * a pronoun in the dative ({@code Унга кўра}), not a plain noun ({@code маълумотларга кўра}: according to data).
         */
        NAME("name"),
        /** An organization noun that names a document, never a new body ({@code баёнот}). */
        DOCUMENT("doc"),
        /** An organization noun any body goes by ({@code идора}): the organization in focus. */
        GENERIC("generic"),
        /**
         * A preposition that puts the whole noun phrase after it, up to the first name, in its case (Russian:
         * {@code на встрече с председателем правительства Михаилом Мишустиным}): that name is no subject.
         */
        GOVERNS("governs"),
        /** (en, ru) a participle or gerund ({@code saying}, {@code отметив}): its speaker is the clause's subject. */
        PARTICIPLE("participle"),
        /** A pronoun's gender. */
        MALE("m"), FEMALE("f"), ANY_GENDER("-"),
        /** A plural pronoun ({@code they}, {@code олар}): many people or a body speak, never one person. */
        PLURAL("pl"),
        /**
         * A role that is a trade, not an office ({@code advokat}, {@code адвокат}, {@code the lawyer}): when no
         * person of the article holds it, its speaker is an unnamed person, not the one in focus.
         */
        TRADE("trade"),
        /** An organization noun that names a state body ({@code the ministry}): never a company or an outlet. */
        STATE("state"),
        /**
         * (en) the verb news outlets report with ({@code Trend reports}): when no one who speaks is named, what it
         * reports is an event, no quote.
         */
        REPORT("report");

        final String label;

        Flag(String label) {
            this.label = label;
        }

        static Flag of(String label, String path, String line) {
            for (Flag f : values()) {
                if (f.label.equals(label)) {
                    return f;
                }
            }
            throw new IllegalStateException("models/" + path + ": unknown attribute '" + label + "' in '" + line + "'");
        }
    }

    /** Grammatical gender where a word shows it. */
    enum Gender { MALE, FEMALE, UNKNOWN }

    /** One word of a phrase: an exact key or, with {@code prefix}, the start of a key. */
    record Word(String key, boolean prefix) {
        boolean matches(String tokenKey) {
            return prefix ? tokenKey.startsWith(key) : tokenKey.equals(key);
        }
    }

    /** An entry: its words and the flag after {@code |} (a pronoun's gender, a verb's kind), or null. */
    record Phrase(List<Word> words, Flag flag) {
        Phrase {
            words = List.copyOf(words);
        }

        boolean is(Flag f) {
            return flag == f;
        }
    }

    private final Language language;
    private final Map<Kind, List<Phrase>> phrases;

    /** The phrases of each kind whose first word is exact, by that word: a token is tried against few phrases. */
    private final Map<Kind, Map<String, List<Phrase>>> byFirstWord;
    /** The phrases of each kind whose first word is a prefix ({@code вазирлиг*}), by its first char. */
    private final Map<Kind, Map<Character, List<Phrase>>> byFirstChar;

    private static Map<Kind, Map<String, List<Phrase>>> indexByFirstWord(Map<Kind, List<Phrase>> phrases) {
        Map<Kind, Map<String, List<Phrase>>> out = new EnumMap<>(Kind.class);
        for (Map.Entry<Kind, List<Phrase>> e : phrases.entrySet()) {
            Map<String, List<Phrase>> m = new HashMap<>();
            for (Phrase p : e.getValue()) {
                Word first = p.words().get(0);
                if (!first.prefix()) {
                    m.computeIfAbsent(first.key(), k -> new ArrayList<>()).add(p);
                }
            }
            out.put(e.getKey(), m);
        }
        return out;
    }

    private static Map<Kind, Map<Character, List<Phrase>>> indexByFirstChar(Map<Kind, List<Phrase>> phrases) {
        Map<Kind, Map<Character, List<Phrase>>> out = new EnumMap<>(Kind.class);
        for (Map.Entry<Kind, List<Phrase>> e : phrases.entrySet()) {
            Map<Character, List<Phrase>> m = new HashMap<>();
            for (Phrase p : e.getValue()) {
                Word first = p.words().get(0);
                if (first.prefix()) {
                    m.computeIfAbsent(first.key().isEmpty() ? ANY : first.key().charAt(0), c -> new ArrayList<>()).add(p);
                }
            }
            out.put(e.getKey(), m);
        }
        return out;
    }

    private static final char ANY = '\uFFFF';

    /** The phrases of {@code kind} whose first word can match {@code tokenKey}. */
    private List<Phrase> candidates(Kind kind, String tokenKey) {
        List<Phrase> exact = byFirstWord.get(kind).getOrDefault(tokenKey, List.of());
        Map<Character, List<Phrase>> m = byFirstChar.get(kind);
        List<Phrase> any = m.getOrDefault(ANY, List.of());
        List<Phrase> some = tokenKey.isEmpty() ? List.of() : m.getOrDefault(tokenKey.charAt(0), List.of());
        if (any.isEmpty() && some.isEmpty()) {
            return exact;
        }
        if (exact.isEmpty() && any.isEmpty()) {
            return some;
        }
        List<Phrase> all = new ArrayList<>(exact);
        all.addAll(some);
        all.addAll(any);
        return all;
    }

    private CueLexicon(Language language, Map<Kind, List<Phrase>> phrases) {
        this.language = language;
        this.phrases = phrases;
        this.byFirstWord = indexByFirstWord(phrases);
        this.byFirstChar = indexByFirstChar(phrases);
    }

    /** Loads {@code models/quote/<code>.txt} for {@code language}. */
    public static CueLexicon load(ModelFiles files, Language language) {
        return load(files, language, language == Language.UZ ? UzbekLatin.load(files)
                : language == Language.KK ? KazakhLatin.load(files) : null);
    }

    /** Like {@link #load(ModelFiles, Language)}, with the Latin forms of Uzbek entries from {@code toLatin}. */
    static CueLexicon load(ModelFiles files, Language language, java.util.function.UnaryOperator<String> toLatin) {
        if (files == null) {
            throw new NullPointerException("files");
        }
        if (language == null) {
            throw new NullPointerException("language");
        }
        String path = "quote/" + language.code() + ".txt";
        // Uzbek and Kazakh are published in both scripts; the lexicon is kept in Cyrillic only and given its Latin forms
        // here
        if (language != Language.UZ && language != Language.KK) {
            toLatin = null;
        }
        // insertion-ordered sets: stems times endings make thousands of forms, each kept once
        Map<Kind, java.util.Set<Phrase>> map = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            map.put(k, new java.util.LinkedHashSet<>());
        }
        List<String[]> stems = new ArrayList<>();
        List<String> endings = new ArrayList<>();
        List<String> accordingEndings = new ArrayList<>();
        for (String line : files.lines(path)) {
            int space = line.indexOf(' ');
            if (space < 0) {
                throw new IllegalStateException("models/" + path + ": line without entry: '" + line + "'");
            }
            Kind kind = Kind.of(line.substring(0, space), path);
            String rest = line.substring(space + 1);
            Flag flag = null;
            int bar = rest.indexOf('|');
            if (bar >= 0) {
                flag = Flag.of(rest.substring(bar + 1).strip(), path, line);
                rest = rest.substring(0, bar);
            }
            for (String entry : expand(rest.strip())) {
                if (kind == Kind.STEM) {
                    stems.add(new String[] {entry, flag == null ? null : flag.name()});
                } else if (kind == Kind.ENDING) {
                    endings.add(entry.strip());
                } else if (kind == Kind.ACCORDING_ENDING) {
                    accordingEndings.add(entry.strip());
                } else {
                    addBothScripts(map.get(kind), entry, flag, toLatin);
                }
            }
        }
        if (!stems.isEmpty() && endings.isEmpty()) {
            throw new IllegalStateException("models/" + path + ": 'stem' entries but no 'ending' to inflect them");
        }
        // every stem with every ending: "таъкидла" + "ган эди" -> "таъкидлаган эди"
        for (String[] stem : stems) {
            Flag flag = stem[1] == null ? null : Flag.valueOf(stem[1]);
            for (String ending : endings) {
                addBothScripts(map.get(Kind.VERB), stem[0].strip() + ending, flag, toLatin);
            }
            for (String ending : accordingEndings) {
                addBothScripts(map.get(Kind.ACCORDING_AFTER), stem[0].strip() + ending, flag, toLatin);
            }
        }
        Map<Kind, List<Phrase>> frozen = new EnumMap<>(Kind.class);
        map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new CueLexicon(language, frozen);
    }

    private static void addBothScripts(java.util.Set<Phrase> list, String entry, Flag flag,
                                       java.util.function.UnaryOperator<String> toLatin) {
        add(list, entry, flag);
        if (toLatin != null) {
            add(list, toLatin.apply(entry), flag);
        }
    }

    private static void add(java.util.Set<Phrase> list, String entry, Flag flag) {
        List<Word> words = new ArrayList<>(2);
        // words split at white space by hand: thousands of generated forms, no regular expression per form
        int i = 0;
        int n = entry.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(entry.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(entry.charAt(i))) {
                i++;
            }
            if (i > start) {
                String w = entry.substring(start, i);
                boolean prefix = w.endsWith("*") && w.length() > 1;
                words.add(new Word(TextFold.cueKey(prefix ? w.substring(0, w.length() - 1) : w), prefix));
            }
        }
        if (!words.isEmpty()) {
            list.add(new Phrase(words, flag));
        }
    }

    /** Expands {@code {a,b}} groups (several groups multiply out). */
    static List<String> expand(String entry) {
        int open = entry.indexOf('{');
        if (open < 0) {
            return List.of(entry);
        }
        int close = entry.indexOf('}', open);
        if (close < 0) {
            throw new IllegalStateException("unclosed '{' in cue entry '" + entry + "'");
        }
        List<String> out = new ArrayList<>();
        for (String alt : entry.substring(open + 1, close).split(",", -1)) {
            out.addAll(expand(entry.substring(0, open) + alt + entry.substring(close + 1)));
        }
        return out;
    }

    /** The language of this lexicon. */
    public Language language() {
        return language;
    }

    List<Phrase> phrases(Kind kind) {
        return phrases.get(kind);
    }

    boolean isEmpty(Kind kind) {
        return phrases.get(kind).isEmpty();
    }

    /**
     * The length in tokens of the longest phrase of {@code kind} that starts at {@code keys[i]}, or 0.
     * The attribute of the match is not returned; see {@link #matchAt(Kind, List, int)}.
     */
    int matchLength(Kind kind, List<String> keys, int i) {
        Phrase p = matchAt(kind, keys, i);
        return p == null ? 0 : p.words().size();
    }

    /** The longest phrase of {@code kind} that starts at {@code keys[i]}, or null. */
    Phrase matchAt(Kind kind, List<String> keys, int i) {
        Phrase best = null;
        if (i >= keys.size()) {
            return null;
        }
        for (Phrase p : candidates(kind, keys.get(i))) {
            List<Word> ws = p.words();
            if (i + ws.size() > keys.size() || (best != null && ws.size() <= best.words().size())) {
                continue;
            }
            boolean ok = true;
            for (int j = 0; j < ws.size() && ok; j++) {
                ok = ws.get(j).matches(keys.get(i + j));
            }
            if (ok) {
                best = p;
            }
        }
        if (best != null && kind == Kind.ROLE) {
            // of a role and a body noun, the longer stem decides: "министрлік" is the ministry, not a minister
            Phrase body = matchAt(Kind.ORG_NOUN, keys, i);
            if (body != null && body.words().get(0).key().length() > best.words().get(0).key().length()) {
                return null;
            }
        }
        return best;
    }

    /** True when the single word {@code key} is an entry of {@code kind}. */
    boolean contains(Kind kind, String key) {
        for (Phrase p : candidates(kind, key)) {
            if (p.words().size() == 1 && p.words().get(0).matches(key)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code key} ends with one of the suffixes of {@code kind} and is longer than it. */
    boolean endsWith(Kind kind, String key) {
        for (Phrase p : phrases.get(kind)) {
            String s = p.words().get(0).key();
            if (key.length() > s.length() && key.endsWith(s)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code rest} starts with one of the entries of {@code kind}. */
    boolean startsWith(Kind kind, String rest) {
        for (Phrase p : phrases.get(kind)) {
            if (rest.startsWith(p.words().get(0).key())) {
                return true;
            }
        }
        return false;
    }

    /** The length of the longest entry of {@code kind} that {@code key} ends with (and is longer than), or 0. */
    int suffixLength(Kind kind, String key) {
        int best = 0;
        for (Phrase p : phrases.get(kind)) {
            String s = p.words().get(0).key();
            if (key.length() > s.length() && key.endsWith(s)) {
                best = Math.max(best, s.length());
            }
        }
        return best;
    }

    /** The home country's English name in lower case ({@code kazakhstan}), or null. */
    String homeCountry() {
        List<Phrase> p = phrases.get(Kind.HOME_COUNTRY);
        return p.isEmpty() ? null : String.join(" ", p.get(0).words().stream().map(Word::key).toList());
    }

    /** The gender a pronoun entry states. */
    static Gender gender(Phrase pronoun) {
        if (pronoun.is(Flag.MALE)) {
            return Gender.MALE;
        }
        return pronoun.is(Flag.FEMALE) ? Gender.FEMALE : Gender.UNKNOWN;
    }

    /** The gender a name's last word shows, by the female and male endings of this language. */
    Gender nameGender(String name) {
        List<Token> tokens = Segmenter.tokenize(name, 0, name.length());
        if (tokens.isEmpty()) {
            return Gender.UNKNOWN;
        }
        // female endings are longer forms of the male ones (-ова / -ов), so they are tried first
        for (Token t : tokens) {
            if (endsWith(Kind.FEMALE_SUFFIX, TextFold.cueKey(t.text()))) {
                return Gender.FEMALE;
            }
        }
        for (Token t : tokens) {
            if (endsWith(Kind.MALE_SUFFIX, TextFold.cueKey(t.text()))) {
                return Gender.MALE;
            }
        }
        return Gender.UNKNOWN;
    }

    /** The gender a verb form shows (Russian past tense: -л, -ла), or UNKNOWN. */
    Gender verbGender(String verbKey) {
        if (endsWith(Kind.VERB_FEMALE_SUFFIX, verbKey)) {
            return Gender.FEMALE;
        }
        if (endsWith(Kind.VERB_MALE_SUFFIX, verbKey)) {
            return Gender.MALE;
        }
        return Gender.UNKNOWN;
    }

    /** Every lexicon of {@code languages}, by language. */
    static Map<Language, CueLexicon> loadAll(ModelFiles files, List<Language> languages) {
        Map<Language, CueLexicon> out = new HashMap<>();
        for (Language l : languages) {
            out.put(l, load(files, l));
        }
        return Map.copyOf(out);
    }
}
