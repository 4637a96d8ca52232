package org.iqtibos.internal.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.iqtibos.Language;
import org.iqtibos.Script;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.internal.ner.MentionCandidate;
import org.iqtibos.result.Entity;
import org.iqtibos.result.Quote;
import org.iqtibos.internal.segment.SegmentedText;

/**
 * Finds the direct and indirect quotes of an article and who said them.
 *
 * <p>Direct speech: dash dialogue paragraphs ({@code — A, — деди X.}), quote marks with the attribution before
 * ({@code X said: «…»}) or after ({@code «…», — заявил X}), a closing mark whose opening mark was lost, and a
 * colon lead-in followed by the quote in the next paragraph. Indirect speech: a speech verb with a complementizer
 * ({@code заявил, что …}, {@code said that …}), a verb after its content ({@code …, заявил X}), the Uzbek, Kazakh and
 * Kyrgyz verb-final clause ({@code …лигини таъкидлади}, {@code … деп атап өтті}) and "according to" phrases
 * ({@code по словам X, …}, {@code унинг айтишича, …}). The words of every pattern come from the
 * {@link CueLexicon} of the language; see {@code docs/quotes.md}.
 *
 * <p>Speakers: a person or organization named in the attribution, else a pronoun resolved to the most salient
 * earlier person (with gender agreement where visible), a role noun resolved to the person who holds that role,
 * an organization noun resolved to the last organization, and null when there is no one to point at.
 *
 * <p>Immutable and thread-safe: all per-article state lives in a {@link QuoteScan} made for each call.
 */
public final class QuoteFinder {
    private final Map<Language, CueLexicon> lexicons;
    private final TitleTranslator titles;
    private final SpeakerRanker ranker;
    private final Offices offices;

    private QuoteFinder(Map<Language, CueLexicon> lexicons, TitleTranslator titles, Offices offices,
                        SpeakerRanker ranker) {
        this.lexicons = lexicons;
        this.titles = titles;
        this.offices = offices;
        this.ranker = ranker;
    }

    /**
     * Loads the cue lexicon of every language ({@code models/quote/<code>.txt}; fails naming a missing file) and the
     * title tables ({@code models/quote/titles-<code>.txt}, where present).
     */
    public static QuoteFinder load(ModelFiles files) {
        if (files == null) {
            throw new NullPointerException("files");
        }
        return load(files, true);
    }

    /**
     * Like {@link #load(ModelFiles)}; with {@code ranked} false the speaker model ({@link SpeakerRanker#PATH}) is not
     * used even where present, and every speaker is the rules' pick (as when training that model).
     */
    public static QuoteFinder load(ModelFiles files, boolean ranked) {
        if (files == null) {
            throw new NullPointerException("files");
        }
        return new QuoteFinder(CueLexicon.loadAll(files, List.of(Language.values())), TitleTranslator.load(files),
                Offices.load(files), ranked ? SpeakerRanker.load(files).orElse(null) : null);
    }

    /**
     * The speakers the quote stage weighed for one quote: no one (a null id), the rules' pick and the names near the
     * cue, with the features the {@link SpeakerRanker} scores.
     *
     * @param start    the quote's start
     * @param end      the quote's end
     * @param options  entity ids of the candidates, null for "no speaker"
     * @param features the features of each candidate
     */
    public record SpeakerChoice(int start, int end, List<String> options, List<List<String>> features) {
        public SpeakerChoice {
            options = java.util.Collections.unmodifiableList(new ArrayList<>(options));
            features = List.copyOf(features);
        }
    }

    /**
     * What one scan found: the quotes, and the speaker names the attributions show that none of the given entities
     * covers ({@code Матбуот котиби Айдос Укибай маълум қилди} when the NER missed {@code Айдос Укибай}).
     *
     * @param quotes         in text order
     * @param missedSpeakers person and organization spans (source RULE, no knowledge-base id) for the caller to
     *                       link into entities before scanning again; empty when every speaker was found
     * @param englishNames   English names of some of the missed organizations, put together from their words by
     *                       the title table ({@code Oʻzbekiston prezidenti matbuot xizmati} → {@code Press Service of
     *                       the President of Uzbekistan}), for entities the knowledge base cannot name
     */
    public record Scan(List<Quote> quotes, List<MentionCandidate> missedSpeakers,
                       Map<MentionCandidate, String> englishNames, List<SpeakerChoice> choices) {
        public Scan {
            quotes = List.copyOf(quotes);
            choices = List.copyOf(choices);
            missedSpeakers = List.copyOf(missedSpeakers);
            englishNames = Map.copyOf(englishNames);
        }
    }

    /**
     * The quotes of {@code text}, in text order. Offsets index {@code text.text()}, as do the mentions of
     * {@code persons} and {@code organizations}; a quote's speakerId is the id of one of them or null.
     *
     * @param script the article's script (Uzbek cues are matched in both scripts; kept for callers' symmetry)
     */
    public List<Quote> find(SegmentedText text, Language lang, Script script, List<Entity> persons,
                            List<Entity> organizations) {
        return scan(text, lang, script, persons, organizations, List.of()).quotes();
    }

    /**
     * The quotes of {@code text} and the speaker names no entity covers. {@code places} only keep place names out
     * of those speaker names. A caller that links {@link Scan#missedSpeakers()} into entities and scans again gets
     * those speakers attributed (as {@code org.iqtibos.Pipeline} does).
     */
    public Scan scan(SegmentedText text, Language lang, Script script, List<Entity> persons,
                     List<Entity> organizations, List<Entity> places) {
        return scan(text, lang, script, persons, organizations, places, false);
    }

    /**
     * Like {@link #scan(SegmentedText, Language, Script, List, List, List)}; with {@code explain} the scan also
     * keeps each quote's speaker candidates and features ({@link Scan#choices()}), which it otherwise computes only
     * for a speaker model.
     */
    public Scan scan(SegmentedText text, Language lang, Script script, List<Entity> persons,
                     List<Entity> organizations, List<Entity> places, boolean explain) {
        if (text == null) {
            throw new NullPointerException("text");
        }
        if (lang == null) {
            throw new NullPointerException("lang");
        }
        if (persons == null) {
            throw new NullPointerException("persons");
        }
        if (organizations == null) {
            throw new NullPointerException("organizations");
        }
        if (places == null) {
            throw new NullPointerException("places");
        }
        QuoteScan scan = new QuoteScan(text, lexicons.get(lang), titles, offices, ranker, persons, organizations, places,
                explain);
        List<Quote> sorted = new ArrayList<>(scan.run());
        sorted.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
        List<SpeakerChoice> choices = new ArrayList<>(scan.choices());
        choices.sort(Comparator.comparingInt(SpeakerChoice::start).thenComparingInt(SpeakerChoice::end));
        return new Scan(sorted, scan.missedSpeakers(), scan.missedNames(), choices);
    }
}
