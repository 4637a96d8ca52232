package org.iqtibos;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.iqtibos.internal.link.EntityLinker;
import org.iqtibos.internal.kb.KnowledgeBase;
import org.iqtibos.internal.kb.NameKey;
import org.iqtibos.internal.text.Romanizer;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.internal.ner.PlaceUnitFinder;
import org.iqtibos.internal.morph.NameStemmer;
import org.iqtibos.internal.ner.GazetteerFinder;
import org.iqtibos.internal.ner.MentionCandidate;
import org.iqtibos.internal.ner.MentionFinder;
import org.iqtibos.internal.ner.DescriptiveBodyFinder;
import org.iqtibos.internal.ner.MentionMerger;
import org.iqtibos.internal.ner.SurnameRecurrence;
import org.iqtibos.internal.ner.NamePartTrimmer;
import org.iqtibos.internal.ner.GivenNames;
import org.iqtibos.internal.ner.LatinNameFinder;
import org.iqtibos.internal.ner.PersonPatternFinder;
import org.iqtibos.internal.ner.StateBodyFinder;
import org.iqtibos.internal.ner.StatisticalNameFinder;
import org.iqtibos.internal.ner.WebDomainFinder;
import org.iqtibos.internal.quote.QuoteFinder;
import org.iqtibos.result.Entity;
import org.iqtibos.result.EntityType;
import org.iqtibos.result.Mention;
import org.iqtibos.result.Quote;
import org.iqtibos.internal.segment.SegmentedText;

/** The stages after segmentation, loaded once. Immutable and thread-safe. */
final class Pipeline {
    record Result(List<Entity> persons, List<Entity> organizations, List<Entity> places, List<Quote> quotes,
                  List<QuoteFinder.SpeakerChoice> choices) {
    }

    private final List<MentionFinder> finders;
    private final WebDomainFinder domains;
    private final MentionMerger merger = new MentionMerger();
    private final EntityLinker linker;
    private final QuoteFinder quotes;

    private final SurnameRecurrence recurrence;

    private Pipeline(List<MentionFinder> finders, EntityLinker linker, QuoteFinder quotes, WebDomainFinder domains,
            SurnameRecurrence recurrence) {
        this.domains = domains;
        this.recurrence = recurrence;
        this.finders = List.copyOf(finders);
        this.linker = linker;
        this.quotes = quotes;
    }

    /**
     * Loads every stage, the independent ones side by side on {@code pool}, each model's time recorded in
     * {@code clock}. A statistical name finder is loaded only for a language whose model some type is taken from
     * ({@code ner/statistical-types.tsv}).
     */
    static CompletableFuture<Pipeline> load(ModelFiles files, boolean speakerModel, Executor pool, LoadTimes clock) {
        Map<Language, java.util.Set<EntityType>> types = statisticalTypes(files);
        CompletableFuture<KnowledgeBase> kb = CompletableFuture.supplyAsync(
                () -> clock.time("knowledge base (kb/kb.tsv.gz)", () -> KnowledgeBase.load(files)), pool);
        CompletableFuture<Romanizer> romanizer = CompletableFuture.supplyAsync(
                () -> clock.time("romanization rules (translit/)", () -> Romanizer.load(files)), pool);
        CompletableFuture<QuoteFinder> quotes = CompletableFuture.supplyAsync(
                () -> clock.time("quote lexicons and titles (quote/)", () -> QuoteFinder.load(files, speakerModel)), pool);
        Map<Language, CompletableFuture<java.util.Optional<StatisticalNameFinder>>> statistical = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            if (!types.get(l).isEmpty()) {
                statistical.put(l, CompletableFuture.supplyAsync(() -> clock.time(
                        "name finder (" + StatisticalNameFinder.modelPath(l) + ")", () -> StatisticalNameFinder.load(files, l)), pool));
            }
        }
        Map<Language, NameStemmer> stemmers = clock.time("name endings (morph/)", () -> {
            Map<Language, NameStemmer> m = new EnumMap<>(Language.class);
            for (Language l : Language.values()) {
                m.put(l, NameStemmer.load(files, l));
            }
            return m;
        });
        WebDomainFinder domains = clock.time("web domains (ner/web-domains.txt)", () -> WebDomainFinder.load(files));
        return kb.thenCombine(romanizer, (k, r) -> {
            GivenNames givenNames = clock.time("given names (ner/names/)", () -> GivenNames.load(files, r));
            Map<Language, PersonPatternFinder> patterns = clock.time("name patterns (ner/rules/)", () -> {
                Map<Language, PersonPatternFinder> m = new EnumMap<>(Language.class);
                stemmers.forEach((l, stemmer) -> m.put(l, PersonPatternFinder.load(files, stemmer, givenNames,
                        w -> stemmer.baseForms(w).stream().anyMatch(f -> k.lookup(f).stream()
                                .anyMatch(e -> e.type() != org.iqtibos.result.EntityType.PERSON)))));
                return m;
            });
            Map<Language, GazetteerFinder> gazetteers = clock.time("gazetteer finders", () -> {
                Map<Language, GazetteerFinder> m = new EnumMap<>(Language.class);
                stemmers.forEach((l, stemmer) -> m.put(l, GazetteerFinder.load(files, k, stemmer, l)));
                return m;
            });
            Map<Language, StateBodyFinder> bodies = clock.time("state bodies (kb/state-bodies.tsv)",
                    () -> StateBodyFinder.load(files, k, stemmers));
            EntityLinker linker = clock.time("entity linker", () -> EntityLinker.create(k, r, stemmers,
                    EntityLinker.patronymicEndings(files)));
            Map<Language, StatisticalNameFinder> models = new EnumMap<>(Language.class);
            statistical.forEach((l, f) -> f.join().ifPresent(m -> models.put(l, m)));
            List<MentionFinder> finders = new ArrayList<>();
            finders.add((text, lang, script) -> domains.find(text));
            finders.add((text, lang, script) -> gazetteers.get(lang).find(text));
            finders.add((text, lang, script) -> bodies.get(lang).find(text));
            Map<Language, DescriptiveBodyFinder> described = DescriptiveBodyFinder.load(files, k, stemmers, r);
            finders.add((text, lang, script) -> described.get(lang).find(text));
            Map<Language, PlaceUnitFinder> units = PlaceUnitFinder.load(files, r, demonyms(files), k);
            finders.add((text, lang, script) -> units.get(lang).find(text));
            finders.add((text, lang, script) -> patterns.get(lang).find(text, lang, script));
            PersonPatternFinder anyPatterns = patterns.get(Language.EN);
            finders.add(statisticalFinder(models, types, gazetteers, stemmers, demonyms(files), described,
                    anyPatterns::isTitle, GazetteerFinder.frequentWords(files), commonAcronyms(files)));
            LatinNameFinder latin = new LatinNameFinder(givenNames, files);
            finders.add(latin::find);
            return new Pipeline(finders, linker, quotes.join(), domains, new SurnameRecurrence(stemmers));
        });
    }

    /**
     * The statistical models, for the types each language's model is trusted with; glued endings cut off, dates
     * dropped.
     */
    private static MentionFinder statisticalFinder(Map<Language, StatisticalNameFinder> models,
            Map<Language, java.util.Set<EntityType>> types, Map<Language, GazetteerFinder> gazetteers,
            Map<Language, NameStemmer> stemmers, java.util.Set<String> demonyms,
            Map<Language, DescriptiveBodyFinder> described, java.util.function.Predicate<String> title,
            Map<Language, java.util.Set<String>> frequent, java.util.Set<String> common) {
        return (text, lang, script) -> {
            StatisticalNameFinder f = models.get(lang);
            if (f == null || types.get(lang).isEmpty()) {
                return List.of();
            }
            GazetteerFinder dates = gazetteers.get(lang);
            List<MentionCandidate> found = f.find(text, script).stream()
                    .filter(c -> types.get(lang).contains(c.type()) && !dates.isDate(text.text(), c.start(), c.end())
                            && !(c.type() == EntityType.PERSON
                            && demonyms.contains(NameKey.word(text.text().substring(c.start(), c.end()))))
                            && !(c.type() == EntityType.PERSON && title.test(text.text().substring(c.start(), c.end())))
                            && !(c.type() == EntityType.PERSON && commonOpener(text.text(), c, frequent.getOrDefault(lang, java.util.Set.of())))
                            && !namesNothing(text.text().substring(c.start(), c.end()), common))
                    .toList();
            found = described.get(lang).dropPositionalOrganizations(found, text);
            return NamePartTrimmer.trim(found, text.text(), stemmers.get(lang));
        };
    }

    /**
     * True when {@code c} is one word opening its sentence that the language writes in lower case elsewhere ("Oil
     * and gas …", "Given that …"): a capital the sentence gave it, no name.
     */
    static boolean commonOpener(String text, MentionCandidate c, java.util.Set<String> frequent) {
        String w = text.substring(c.start(), c.end());
        if (w.isEmpty() || w.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        int k = c.start() - 1;
        while (k >= 0 && (Character.isWhitespace(text.charAt(k)) || "«\"“„'‘(".indexOf(text.charAt(k)) >= 0)) {
            k--;
        }
        boolean opens = k < 0 || ".!?:…".indexOf(text.charAt(k)) >= 0 || text.charAt(k + 1) == '\n';
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        return opens && (frequent.contains(lower) || writtenAsWord(text, lower));
    }

    /** True when {@code word} stands in {@code text} as a whole word, letters as given. */
    private static boolean writtenAsWord(String text, String word) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            int end = i + word.length();
            if ((i == 0 || !Character.isLetter(text.charAt(i - 1))) && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Without the statistical model's organizations made of two or more places the knowledge base knows and nothing
     * capitalized besides ("Центральная Азия — Россия", "Россия для Таджикистана"): a format or a phrase, no body.
     */
    static List<MentionCandidate> withoutPlacePairs(List<MentionCandidate> candidates, String text) {
        List<MentionCandidate> places = candidates.stream().filter(c -> c.type() == EntityType.PLACE
                && c.source() == MentionCandidate.Source.KNOWLEDGE_BASE).toList();
        if (places.size() < 2) {
            return candidates;
        }
        List<MentionCandidate> out = new ArrayList<>(candidates.size());
        for (MentionCandidate c : candidates) {
            if (c.type() != EntityType.ORGANIZATION || c.source() != MentionCandidate.Source.STATISTICAL
                    || !onlyPlaces(c, places, text)) {
                out.add(c);
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern LETTERS = java.util.regex.Pattern.compile("\\p{L}+");

    private static boolean onlyPlaces(MentionCandidate org, List<MentionCandidate> places, String text) {
        List<MentionCandidate> inside = places.stream()
                .filter(p -> p.start() >= org.start() && p.end() <= org.end()).toList();
        if (inside.size() < 2) {
            return false;
        }
        java.util.regex.Matcher w = LETTERS.matcher(text);
        w.region(org.start(), org.end());
        while (w.find()) {
            int at = w.start();
            boolean capital = Character.isUpperCase(text.codePointAt(at));
            if (capital && inside.stream().noneMatch(p -> p.start() <= at && at < p.end())) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern ROMAN_NUMERAL = java.util.regex.Pattern.compile("[IVXLC]+");

    /** True for an abbreviation of common nouns ({@code models/ner/common-acronyms.txt}) or a Roman numeral. */
    static boolean namesNothing(String written, java.util.Set<String> common) {
        String w = written.strip();
        return ROMAN_NUMERAL.matcher(w).matches() || common.contains(w.toUpperCase(java.util.Locale.ROOT));
    }

    /** The abbreviations of common nouns, upper case ({@code models/ner/common-acronyms.txt}). */
    private static java.util.Set<String> commonAcronyms(ModelFiles files) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String line : files.lines("ner/common-acronyms.txt")) { // comments and blank lines are dropped already
            out.add(line.toUpperCase(java.util.Locale.ROOT));
        }
        return java.util.Set.copyOf(out);
    }

    /** Nationality adjectives ({@code models/ner/demonyms.txt}), as name keys: alone, they name no person. */
    private static java.util.Set<String> demonyms(ModelFiles files) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String line : files.lines("ner/demonyms.txt")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(NameKey.word(line.strip()));
            }
        }
        return java.util.Set.copyOf(out);
    }

    /** The types each language's statistical model is trusted with ({@code models/ner/statistical-types.tsv}). */
    private static Map<Language, java.util.Set<EntityType>> statisticalTypes(ModelFiles files) {
        Map<Language, java.util.Set<EntityType>> out = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            out.put(l, java.util.EnumSet.noneOf(EntityType.class));
        }
        for (ModelFiles.Line line : files.numberedLines("ner/statistical-types.tsv")) {
            String[] f = line.text().split("\t", 2);
            try {
                java.util.Set<EntityType> set = out.get(Language.fromCode(f[0]));
                for (String t : f.length > 1 ? f[1].trim().split("\\s+") : new String[0]) {
                    if (!t.isEmpty()) {
                        set.add(EntityType.fromTag(t));
                    }
                }
            } catch (IllegalArgumentException e) {
                throw line.error(e.getMessage());
            }
        }
        // a language whose model is used must have one
        out.forEach((l, types) -> {
            if (!types.isEmpty() && !files.exists(StatisticalNameFinder.modelPath(l))) {
                throw new IllegalStateException("models/ner/statistical-types.tsv takes " + types + " from models/"
                        + StatisticalNameFinder.modelPath(l) + ", which is missing");
            }
        });
        return out;
    }

    /**
     * The entities and quotes of {@code text}; with {@code explain} the result keeps the speaker choices. When
     * {@code times} is not null, the time of each stage is added to it.
     */
    Result run(SegmentedText text, Language language, Script script, boolean explain, StageTimes times) {
        long t = StageTimes.start(times);
        List<MentionCandidate> candidates = new ArrayList<>();
        for (MentionFinder f : finders) {
            candidates.addAll(f.find(text, language, script));
        }
        List<MentionCandidate> sites = domains.find(text);
        candidates = withoutPlacePairs(outsideDomains(candidates, sites), text.text());
        List<MentionCandidate> merged = merger.merge(candidates, text.text());
        List<MentionCandidate> again = recurrence.find(text, language, merged);
        if (!again.isEmpty()) {
            candidates.addAll(again);
            merged = merger.merge(candidates, text.text());
        }
        t = StageTimes.lap(times, StageTimes.Stage.NER, t);
        List<Entity> entities = websites(linker.link(text, language, script, merged), text.text());
        t = StageTimes.lap(times, StageTimes.Stage.LINK, t);
        QuoteFinder.Scan scan = scanQuotes(text, language, script, entities, explain);
        t = StageTimes.lap(times, StageTimes.Stage.QUOTE, t);
        if (!scan.missedSpeakers().isEmpty()) {
            // speakers the attributions name but the finders missed become entities; then the quotes are read again
            candidates.addAll(scan.missedSpeakers());
            candidates = outsideDomains(candidates, sites);
            merged = merger.merge(candidates, text.text());
            t = StageTimes.lap(times, StageTimes.Stage.NER, t);
            entities = named(websites(linker.link(text, language, script, merged), text.text()), scan.englishNames());
            t = StageTimes.lap(times, StageTimes.Stage.LINK, t);
            scan = scanQuotes(text, language, script, entities, explain);
            t = StageTimes.lap(times, StageTimes.Stage.QUOTE, t);
        }
        List<Entity> persons = ofType(entities, EntityType.PERSON);
        Map<String, String> roles = personRoles(persons, scan.quotes());
        Result out = new Result(withRoles(persons, roles), ofType(entities, EntityType.ORGANIZATION),
                ofType(entities, EntityType.PLACE), withSpeakerRoles(scan.quotes(), roles), scan.choices());
        StageTimes.lap(times, StageTimes.Stage.RESULT, t);
        return out;
    }

    /**
     * One role per person, which the entity and every quote of that person carry: the title the article gives the
     * speaker (the most frequent one), unless it is only a shorter form of the knowledge base's role
     * ({@code President} of {@code President of Kyrgyzstan}); without a title in the article, the knowledge base's.
     */
    private static Map<String, String> personRoles(List<Entity> persons, List<Quote> quotes) {
        Map<String, Map<String, Integer>> given = new java.util.HashMap<>();
        for (Quote q : quotes) {
            if (q.speakerId() != null && q.speakerRole() != null) {
                given.computeIfAbsent(q.speakerId(), k -> new java.util.LinkedHashMap<>()).merge(q.speakerRole(), 1, Integer::sum);
            }
        }
        Map<String, String> out = new java.util.HashMap<>();
        for (Entity p : persons) {
            Map<String, Integer> titles = given.getOrDefault(p.id(), Map.of());
            String best = null;
            for (Map.Entry<String, Integer> t : titles.entrySet()) {
                boolean shorter = p.role() != null && (p.role().equals(t.getKey()) || p.role().startsWith(t.getKey() + " "));
                if (!shorter && (best == null || t.getValue() > titles.get(best))) {
                    best = t.getKey();
                }
            }
            String role = best != null ? best : p.role() != null ? p.role() : titles.keySet().stream().findFirst().orElse(null);
            if (role != null) {
                out.put(p.id(), role);
            }
        }
        return out;
    }

    private static List<Entity> withRoles(List<Entity> persons, Map<String, String> roles) {
        List<Entity> out = new ArrayList<>(persons.size());
        for (Entity e : persons) {
            String role = roles.getOrDefault(e.id(), e.role());
            out.add(java.util.Objects.equals(role, e.role()) ? e
                    : new Entity(e.id(), e.type(), e.name(), e.kbId(), e.aliases(), role, e.mentions()));
        }
        return out;
    }

    private static List<Quote> withSpeakerRoles(List<Quote> quotes, Map<String, String> roles) {
        List<Quote> out = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            String role = q.speakerId() == null ? null : roles.get(q.speakerId());
            out.add(role == null || role.equals(q.speakerRole()) ? q
                    : new Quote(q.text(), q.start(), q.end(), q.type(), q.speakerId(), q.speaker(), role, q.cue()));
        }
        return out;
    }

    /**
     * An organization the knowledge base does not know, named by a domain ({@code Pavlodarnews.kz}), is a news outlet
     * and goes by the domain as written.
     */
    private List<Entity> websites(List<Entity> entities, String text) {
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            String site = null;
            if (e.type() == EntityType.ORGANIZATION && e.kbId() == null && e.role() == null) {
                for (Mention m : e.mentions()) {
                    String written = text.substring(m.start(), m.end());
                    if (domains.isDomain(written) && (site == null || written.length() > site.length())) {
                        site = written;
                    }
                }
            }
            out.add(site == null ? e : new Entity(e.id(), e.type(), site, null, e.aliases(),
                    KnowledgeBase.OUTLET_ROLE, e.mentions()));
        }
        return out;
    }

    /**
     * The candidates but those inside a web domain's name: {@code Kun} of {@code Kun.uz} and {@code Kaspi} of
     * {@code Kaspi.kz} name the site, not a person or a sea.
     */
    private static List<MentionCandidate> outsideDomains(List<MentionCandidate> candidates, List<MentionCandidate> sites) {
        if (sites.isEmpty()) {
            return candidates;
        }
        List<MentionCandidate> out = new ArrayList<>(candidates.size());
        for (MentionCandidate c : candidates) {
            boolean inside = false;
            for (MentionCandidate d : sites) {
                inside |= d.start() <= c.start() && c.end() <= d.end() && c.length() < d.length();
            }
            if (!inside) {
                out.add(c);
            }
        }
        return out;
    }

    /** Unlinked entities made of a missed speaker the quote stage could name in English take that name. */
    private static List<Entity> named(List<Entity> entities, Map<MentionCandidate, String> names) {
        if (names.isEmpty()) {
            return entities;
        }
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            String name = null;
            if (e.kbId() == null) {
                for (Map.Entry<MentionCandidate, String> n : names.entrySet()) {
                    if (e.type() == n.getKey().type() && e.mentions().stream()
                            .anyMatch(m -> m.start() == n.getKey().start() && m.end() == n.getKey().end())) {
                        name = n.getValue();
                    }
                }
            }
            out.add(name == null ? e : new Entity(e.id(), e.type(), name, e.kbId(), e.aliases(), e.role(), e.mentions()));
        }
        return out;
    }

    private QuoteFinder.Scan scanQuotes(SegmentedText text, Language language, Script script, List<Entity> entities,
                                        boolean explain) {
        return quotes.scan(text, language, script, ofType(entities, EntityType.PERSON),
                ofType(entities, EntityType.ORGANIZATION), ofType(entities, EntityType.PLACE), explain);
    }

    private static List<Entity> ofType(List<Entity> entities, EntityType type) {
        return entities.stream().filter(e -> e.type() == type).toList();
    }
}
