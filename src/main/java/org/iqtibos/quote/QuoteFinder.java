package org.iqtibos.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.iqtibos.Language;
import org.iqtibos.Script;
import org.iqtibos.model.ModelFiles;
import org.iqtibos.ner.MentionCandidate;
import org.iqtibos.result.Entity;
import org.iqtibos.result.Quote;
import org.iqtibos.segment.SegmentedText;

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

    private QuoteFinder(Map<Language, CueLexicon> lexicons, TitleTranslator titles) {
        this.lexicons = lexicons;
        this.titles = titles;
    }

    /**
     * Loads the cue lexicon of every language ({@code models/quote/<code>.txt}; fails naming a missing file) and the
     * title tables ({@code models/quote/titles-<code>.txt}, where present).
     */
    public static QuoteFinder load(ModelFiles files) {
        if (files == null) {
            throw new NullPointerException("files");
        }
        return new QuoteFinder(CueLexicon.loadAll(files, List.of(Language.values())), TitleTranslator.load(files));
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
                       Map<MentionCandidate, String> englishNames) {
        public Scan {
            quotes = List.copyOf(quotes);
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
        QuoteScan scan = new QuoteScan(text, lexicons.get(lang), titles, persons, organizations, places);
        List<Quote> sorted = new ArrayList<>(scan.run());
        sorted.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
        return new Scan(sorted, scan.missedSpeakers(), scan.missedNames());
    }
}
