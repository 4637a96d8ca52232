package org.iqtibos;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.iqtibos.link.EntityLinker;
import org.iqtibos.link.KnowledgeBase;
import org.iqtibos.link.Romanizer;
import org.iqtibos.model.ModelFiles;
import org.iqtibos.morph.NameStemmer;
import org.iqtibos.ner.GazetteerFinder;
import org.iqtibos.ner.MentionCandidate;
import org.iqtibos.ner.MentionFinder;
import org.iqtibos.ner.MentionMerger;
import org.iqtibos.ner.PersonPatternFinder;
import org.iqtibos.ner.StateBodyFinder;
import org.iqtibos.quote.QuoteFinder;
import org.iqtibos.result.Entity;
import org.iqtibos.result.EntityType;
import org.iqtibos.result.Quote;
import org.iqtibos.segment.SegmentedText;

/** The stages after segmentation, loaded once. Immutable and thread-safe. */
final class Pipeline {
    record Result(List<Entity> persons, List<Entity> organizations, List<Entity> places, List<Quote> quotes) {
    }

    private final List<MentionFinder> finders;
    private final MentionMerger merger = new MentionMerger();
    private final EntityLinker linker;
    private final QuoteFinder quotes;

    private Pipeline(List<MentionFinder> finders, EntityLinker linker, QuoteFinder quotes) {
        this.finders = List.copyOf(finders);
        this.linker = linker;
        this.quotes = quotes;
    }

    static Pipeline load(ModelFiles files) {
        KnowledgeBase kb = KnowledgeBase.load(files);
        Map<Language, NameStemmer> stemmers = new EnumMap<>(Language.class);
        Map<Language, GazetteerFinder> gazetteers = new EnumMap<>(Language.class);
        Map<Language, PersonPatternFinder> patterns = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            NameStemmer stemmer = NameStemmer.load(files, l);
            stemmers.put(l, stemmer);
            gazetteers.put(l, GazetteerFinder.load(files, kb, stemmer, l));
            patterns.put(l, PersonPatternFinder.load(files, stemmer::baseForms));
        }
        Map<Language, StateBodyFinder> bodies = StateBodyFinder.load(files, kb, stemmers);
        List<MentionFinder> finders = new ArrayList<>();
        finders.add((text, lang, script) -> gazetteers.get(lang).find(text));
        finders.add((text, lang, script) -> bodies.get(lang).find(text));
        finders.add((text, lang, script) -> patterns.get(lang).find(text, lang, script));
        return new Pipeline(finders, EntityLinker.create(kb, Romanizer.load(files), stemmers), QuoteFinder.load(files));
    }

    Result run(SegmentedText text, Language language, Script script) {
        List<MentionCandidate> candidates = new ArrayList<>();
        for (MentionFinder f : finders) {
            candidates.addAll(f.find(text, language, script));
        }
        List<Entity> entities = linker.link(text, language, script, merger.merge(candidates));
        List<Entity> persons = ofType(entities, EntityType.PERSON);
        List<Entity> organizations = ofType(entities, EntityType.ORGANIZATION);
        return new Result(persons, organizations, ofType(entities, EntityType.PLACE),
                quotes.find(text, language, script, persons, organizations));
    }

    private static List<Entity> ofType(List<Entity> entities, EntityType type) {
        return entities.stream().filter(e -> e.type() == type).toList();
    }
}
