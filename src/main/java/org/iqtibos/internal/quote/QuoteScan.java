package org.iqtibos.internal.quote;

import java.util.List;
import java.util.Map;
import org.iqtibos.internal.ner.MentionCandidate;
import org.iqtibos.result.Entity;
import org.iqtibos.result.Quote;
import org.iqtibos.internal.quote.TokenIndex.TokenRange;
import org.iqtibos.internal.segment.SegmentedText;

/**
 * One article's quote search: {@link DirectQuotes} reads the paragraphs for direct speech, {@link IndirectQuotes}
 * the sentences for reported speech, both into one {@link Candidates}; a {@link SpeakerResolver} then resolves
 * speakers in text order so that pronouns can point back to earlier speakers. Made for one call and then dropped.
 */
final class QuoteScan {
    private final TokenIndex ix;
    private final Candidates found;
    private final DirectQuotes direct;
    private final IndirectQuotes indirect;
    private final SpeakerResolver speakers;
    private final UnlinkedSpeakers unlinked;

    QuoteScan(SegmentedText segmented, CueLexicon lex, TitleTranslator titles, Offices offices, SpeakerRanker ranker,
              List<Entity> persons, List<Entity> organizations, List<Entity> places, boolean explain) {
        List<Entity> people = List.copyOf(persons);
        List<Entity> bodies = List.copyOf(organizations);
        this.ix = new TokenIndex(segmented, lex, people, bodies, places);
        this.found = new Candidates(ix, lex);
        Roles roles = new Roles(ix, lex, titles, offices, people);
        Clauses clauses = new Clauses(ix, lex, roles, found);
        this.direct = new DirectQuotes(ix, lex, roles, clauses, found);
        this.indirect = new IndirectQuotes(ix, lex, clauses, found);
        this.unlinked = new UnlinkedSpeakers(ix, titles, roles);
        this.speakers = new SpeakerResolver(ix, titles, roles, clauses, new SpeakerFeatures(ix, lex), ranker, people, bodies,
                found::insideDirect, unlinked, explain);
    }

    /** The unlinked speaker names met while resolving speakers, in text order, one per span. */
    List<MentionCandidate> missedSpeakers() {
        return unlinked.missedSpeakers();
    }

    /** English names of the missed organizations the title table could put into English. */
    Map<MentionCandidate, String> missedNames() {
        return unlinked.missedNames();
    }

    /** Each quote's speaker candidates and their features, in text order. */
    List<QuoteFinder.SpeakerChoice> choices() {
        return speakers.choices();
    }

    List<Quote> run() {
        if (ix.tokens.isEmpty()) {
            return List.of();
        }
        direct.find();
        for (TokenRange s : ix.sentences) {
            indirect.find(s);
        }
        found.quotedInsideIndirect();
        return speakers.resolve(found.all());
    }
}
