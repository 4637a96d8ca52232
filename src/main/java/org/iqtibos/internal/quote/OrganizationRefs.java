package org.iqtibos.internal.quote;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.iqtibos.internal.quote.CueLexicon.Flag;
import org.iqtibos.internal.quote.CueLexicon.Kind;
import org.iqtibos.internal.quote.CueLexicon.Phrase;
import org.iqtibos.internal.quote.TokenIndex.Ref;
import org.iqtibos.result.Entity;
import org.iqtibos.result.EntityType;
import org.iqtibos.result.Mention;
import org.iqtibos.internal.segment.Token;

/**
 * Which of the article's organizations a speaker word points at: an organization noun ({@code the ministry},
 * {@code вазирлик}) or an acronym ({@code ТИВ}) resolved to a body named before it.
 */
final class OrganizationRefs {
    private final TokenIndex ix;
    private final CueLexicon lex;
    private final List<Token> tokens;
    private final List<String> keys;
    private final List<Ref> refs;
    private final boolean[] covered;
    private final Set<Entity> outlets;
    private final List<Entity> organizations;
    private final IntPredicate insideDirect;

    private final Offices offices;

    OrganizationRefs(TokenIndex ix, List<Entity> organizations, IntPredicate insideDirect, Offices offices) {
        this.offices = offices;
        this.ix = ix;
        this.lex = ix.lex;
        this.tokens = ix.tokens;
        this.keys = ix.keys;
        this.refs = ix.refs;
        this.covered = ix.covered;
        this.outlets = ix.outlets;
        this.organizations = organizations;
        this.insideDirect = insideDirect;
    }

    /**
     * The organization an organization noun points at: the latest one whose name contains the noun ({@code the
     * ministry} → {@code Ministry of Energy}), else the later of the last organization quoted and the last named
     * outside quotes, else the article's only organization.
     */
    Entity organizationFor(Phrase orgNoun, int at, Entity lastQuoted, int lastQuotedAt) {
        Entity named = namedOrganization(orgNoun, at);
        if (named != null) {
            return named;
        }
        // "the ministry" is a state body: never a company the article named last ("Gazprom … The ministry said …")
        boolean state = orgNoun.is(Flag.STATE);
        Entity last = null;
        int lastAt = -1;
        // refs are sorted by start: the last one before at that qualifies, looking back from at
        for (int k = ix.firstRefAtOrAfter(at) - 1; k >= 0 && last == null; k--) {
            Ref ref = refs.get(k);
            if (ref.entity().type() == EntityType.ORGANIZATION && !insideDirect.test(ref.start())
                    && !outlets.contains(ref.entity()) && (!state || stateBody(ref.entity()))) {
                last = ref.entity();
                lastAt = ref.start();
            }
        }
        if (lastQuoted != null && lastQuotedAt >= lastAt && (!state || stateBody(lastQuoted))) {
            return lastQuoted;
        }
        if (last == null && organizations.size() == 1 && !outlets.contains(organizations.get(0))
                && (!state || stateBody(organizations.get(0)))
                && (orgNoun.is(Flag.GENERIC) || orgNoun.is(Flag.DOCUMENT) || namedOrganization(orgNoun, Integer.MAX_VALUE) != null)) {
            // the article's one body, named later: only when it is of that kind ("башкармалык" is no militia)
            return organizations.get(0);
        }
        return last;
    }

    private boolean stateBody(Entity org) {
        return "state body".equals(org.role()) || offices.stateBodyName(org.name());
    }

    /** The organization last named before {@code at} with the organization noun in its name, or null. */
    Entity namedOrganization(Phrase orgNoun, int at) {
        Entity named = null;
        int namedAt = -1;
        if (orgNoun.is(Flag.DOCUMENT)) {
            return null;
        }
        for (Entity o : organizations) {
            for (Mention m : o.mentions()) {
                if (m.start() < at && m.start() > namedAt && Roles.matchesPhrase(orgNoun, m.text())) {
                    named = o;
                    namedAt = m.start();
                }
            }
        }
        return named;
    }

    /**
     * True when an organization noun ends the word chain starting at token {@code from}: a role noun before it
     * only qualifies the body ({@code prezidenti matbuot xizmati}, the president's press service).
     */
    boolean organizationNounFollows(int from, int to) {
        for (int k = from; k < Math.min(to, from + 3); k++) {
            if (!tokens.get(k).isWord()) {
                return false;
            }
            if (lex.matchLength(Kind.ORG_NOUN, keys, k) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * An organization of the article whose name's initials spell the all-capitals word at token {@code i}
     * ({@code ТИВ} for {@code … Ташқи ишлар вазирлиги}), or null.
     */
    Entity acronymOrganization(int i) {
        if (covered[i]) {
            return null;
        }
        String word = tokens.get(i).text();
        int caps = 0;
        while (caps < word.length() && Character.isUpperCase(word.charAt(caps))) {
            caps++;
        }
        if (caps < 2 || caps < word.length() && caps < 3) {
            return null;
        }
        String acronym = word.substring(0, caps);
        for (Entity o : organizations) {
            for (Mention m : o.mentions()) {
                String initials = initials(m.text());
                if (acronym.length() >= 3 ? initials.contains(acronym) : initials.equals(acronym)) {
                    return o;
                }
            }
        }
        return null;
    }

    private static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s\\-]+")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                sb.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return sb.toString();
    }
}
