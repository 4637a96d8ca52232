package org.iqtibos.internal.quote;

import java.util.ArrayList;
import java.util.List;
import org.iqtibos.internal.quote.CueLexicon.Kind;
import org.iqtibos.internal.quote.CueLexicon.Phrase;
import org.iqtibos.internal.quote.TokenIndex.TokenRange;
import org.iqtibos.result.Entity;
import org.iqtibos.result.EntityType;
import org.iqtibos.result.Mention;
import org.iqtibos.result.QuoteType;
import org.iqtibos.internal.segment.Token;

/**
 * The speakers a quote could have and the features a {@link SpeakerRanker} scores them by: the rules' pick and why
 * the rules chose it, no one, the speaker and the body in focus, and every person and organization named from the
 * sentence before the cue's to the one after it, each with its type, distance and direction to the cue, sentence,
 * attribution region, glued case ending, preposition or postposition, and mention count.
 */
final class SpeakerFeatures {
    /**
     * A quote as the features see it: chars [start, end), its type, the first token of its cue (-1: none) and the
     * token range of its attribution region ([-1, -1): none).
     */
    record Quoted(int start, int end, QuoteType type, int cueFrom, int regionFrom, int regionTo) { }

    private final TokenIndex ix;
    private final CueLexicon lex;
    private final List<Token> tokens;
    private final List<String> keys;
    private final List<TokenRange> sentences;
    private final int[] sentenceOf;

    SpeakerFeatures(TokenIndex ix, CueLexicon lex) {
        this.ix = ix;
        this.lex = lex;
        this.tokens = ix.tokens;
        this.keys = ix.keys;
        this.sentences = ix.sentences;
        this.sentenceOf = ix.sentenceOf;
    }

    /** Sentences before and after the cue's whose names are speaker candidates. */
    private static final int CANDIDATE_SENTENCES = 1;

    /**
     * The speakers a quote could have: the rules' pick, no one, the speaker and the body in focus, and every person
     * and organization named from the sentence before the cue's to the one after it; each with its features
     * (see {@link #features}).
     */
    void options(Quoted c, Entity rule, String reason, Entity lastSpeaker, Entity lastOrganization,
                 List<Entity> options, List<List<String>> features) {
        int cue = c.cueFrom() >= 0 ? c.cueFrom() : Math.min(tokens.size() - 1, ix.tokenAtOrAfter(c.start()));
        int cs = sentenceOf[cue];
        int from = tokens.get(sentences.get(Math.max(0, cs - CANDIDATE_SENTENCES)).from()).start();
        TokenRange last = sentences.get(Math.min(sentences.size() - 1, cs + CANDIDATE_SENTENCES));
        int to = tokens.get(last.to() - 1).end();
        options.add(null);
        if (rule != null) {
            options.add(rule);
        }
        for (Entity e : new Entity[] {lastSpeaker, lastOrganization}) {
            if (e != null && !options.contains(e)) {
                options.add(e);
            }
        }
        int first = ix.firstRefAtOrAfter(from);
        for (int k = first; k < ix.refs.size() && ix.refs.get(k).start() < to; k++) {
            Entity e = ix.refs.get(k).entity();
            if (!options.contains(e)) {
                options.add(e);
            }
        }
        for (Entity e : options) {
            features.add(features(c, cue, e, rule, reason, lastSpeaker, lastOrganization));
        }
    }

    /** The features of {@code e} (null: no speaker) as the speaker of {@code c}, whose cue is at token {@code cue}. */
    private List<String> features(Quoted c, int cue, Entity e, Entity rule, String reason, Entity lastSpeaker,
                                  Entity lastOrganization) {
        List<String> f = new ArrayList<>();
        String q = "q=" + c.type() + (c.cueFrom() < 0 ? "/nocue" : "");
        Phrase verb = c.cueFrom() >= 0 ? lex.matchAt(Kind.VERB, keys, c.cueFrom()) : null;
        if (verb == null && c.cueFrom() >= 0) {
            verb = lex.matchAt(Kind.ACCORDING_AFTER, keys, c.cueFrom());
        }
        String flag = verb == null || verb.flag() == null ? "plain" : verb.flag().label;
        String lang = "lang=" + lex.language().code();
        boolean isRule = e == rule;
        f.add("rule=" + isRule);
        f.add("rule=" + isRule + "&how=" + reason);
        f.add("rule=" + isRule + "&" + q);
        f.add("rule=" + isRule + "&" + lang);
        if (e == null) {
            f.add("none");
            f.add("none&" + q);
            f.add("none&cue=" + flag);
            f.add("none&" + lang);
            f.add("none&how=" + reason);
            return f;
        }
        String kind = e.type() == EntityType.PERSON ? "per" : ix.outlets.contains(e) ? "outlet" : "org";
        f.add("kind=" + kind);
        f.add("kind=" + kind + "&" + q);
        f.add("kind=" + kind + "&cue=" + flag);
        f.add("kind=" + kind + "&rule=" + isRule);
        f.add("kind=" + kind + "&how=" + reason);
        if (e == lastSpeaker || e == lastOrganization) {
            f.add("focus");
            f.add("focus&rule=" + isRule);
        }
        Mention near = null;
        int nearTok = -1;
        for (Mention m : e.mentions()) {
            if (m.start() >= c.start() && m.start() < c.end()) {
                continue;
            }
            int t = ix.tokenAtOrAfter(m.start());
            if (t < tokens.size() && (near == null || Math.abs(t - cue) < Math.abs(nearTok - cue))) {
                near = m;
                nearTok = t;
            }
        }
        if (near == null) {
            f.add("inside-quote-only");
            return f;
        }
        int sentences = sentenceOf[nearTok] - sentenceOf[cue];
        String dir = nearTok < cue ? "before" : "after";
        int d = Math.abs(nearTok - cue);
        String dist = d <= 2 ? "0-2" : d <= 5 ? "3-5" : d <= 10 ? "6-10" : d <= 25 ? "11-25" : "26+";
        f.add("sent=" + Math.max(-2, Math.min(2, sentences)));
        f.add("dir=" + dir + "&dist=" + dist);
        f.add("dir=" + dir + "&sent=" + Math.max(-2, Math.min(2, sentences)) + "&" + kind);
        if (nearTok >= c.regionFrom() && nearTok < c.regionTo()) {
            f.add("in-region");
            f.add("in-region&" + kind);
        }
        int lastTok = ix.tokenAtOrAfter(near.end() - 1);
        if (lastTok < tokens.size() && tokens.get(lastTok).end() > near.end()) {
            String suffix = keys.get(lastTok).substring(Math.max(0, keys.get(lastTok).length()
                    - (tokens.get(lastTok).end() - near.end())));
            f.add("glued");
            f.add("suffix=" + suffix.substring(Math.max(0, suffix.length() - 3)));
        }
        if (nearTok > 0 && lex.contains(Kind.PREPOSITION, keys.get(nearTok - 1))) {
            f.add("after-preposition");
        }
        if (ix.postpositionAfter(lastTok)) {
            f.add("before-postposition");
        }
        if (nearTok == sentencesStart(nearTok)) {
            f.add("sentence-start");
        }
        f.add("mentions=" + Math.min(3, e.mentions().size()));
        return f;
    }

    private int sentencesStart(int t) {
        int start = sentences.get(sentenceOf[t]).from();
        while (start < t && !tokens.get(start).isWord()) {
            start++;
        }
        return start;
    }

}
