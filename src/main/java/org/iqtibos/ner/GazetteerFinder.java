package org.iqtibos.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.iqtibos.link.KbEntry;
import org.iqtibos.link.KnowledgeBase;
import org.iqtibos.link.NameKey;
import org.iqtibos.morph.NameStemmer;
import org.iqtibos.result.EntityType;
import org.iqtibos.segment.Sentence;
import org.iqtibos.segment.SegmentedText;
import org.iqtibos.segment.Token;

/**
 * Finds knowledge-base names in a text: the longest run of tokens whose words (each as written or as one of its
 * base forms) form an alias key. The cost per token is bounded by the longest alias and the few base forms of
 * each word: hash lookups of prefixes, never a scan of the knowledge base.
 *
 * <p>A match must look like a name: a non-acronym starts with a capital; an acronym ({@code КХШТ}) is written in
 * capitals; a one-word GeoNames alternate name is not taken at the start of a sentence, where any word is
 * capitalized. When the last word's base form is a prefix of it ({@code Астана} of {@code Астанада}) the span
 * ends there, so it covers the name part only.
 *
 * <p>Immutable and thread-safe.
 */
public final class GazetteerFinder {
    private final KnowledgeBase kb;
    private final NameStemmer stemmer;

    private GazetteerFinder(KnowledgeBase kb, NameStemmer stemmer) {
        this.kb = kb;
        this.stemmer = stemmer;
    }

    /** A finder over {@code kb} that reads inflected words with {@code stemmer}. */
    public static GazetteerFinder create(KnowledgeBase kb, NameStemmer stemmer) {
        return new GazetteerFinder(Objects.requireNonNull(kb, "kb"), Objects.requireNonNull(stemmer, "stemmer"));
    }

    private record Match(int endToken, String lastForm, KnowledgeBase.Alias alias) { }

    /** The knowledge-base mentions of {@code text}, in text order; only places inside organizations overlap. */
    public List<MentionCandidate> find(SegmentedText text) {
        Objects.requireNonNull(text, "text");
        List<MentionCandidate> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Token> tokens = s.tokens();
            int i = 0;
            while (i < tokens.size()) {
                Match m = tokens.get(i).isWord() ? longest(tokens, i) : null;
                if (m == null) {
                    i++;
                    continue;
                }
                Token last = tokens.get(m.endToken);
                int end = last.end();
                if (!m.lastForm.equals(last.text()) && last.text().regionMatches(true, 0, m.lastForm, 0, m.lastForm.length())) {
                    end = last.start() + m.lastForm.length();
                }
                KbEntry e = m.alias.first();
                out.add(new MentionCandidate(tokens.get(i).start(), end, e.type(), e.id(), 1.0,
                        MentionCandidate.Source.KNOWLEDGE_BASE));
                if (e.type() == EntityType.ORGANIZATION) {
                    addPlacesInside(tokens, i, m.endToken, out);
                }
                i = m.endToken + 1;
            }
        }
        return List.copyOf(out);
    }

    /**
     * The countries an organization's name holds ({@code Россия Федерацияси} in {@code Россия Федерацияси Ҳукумати}):
     * a state body names its country, while an organization named after a city ({@code Шанхай ҳамкорлик ташкилоти})
     * does not name the city. Only whole words before the organization's last one are read.
     */
    private void addPlacesInside(List<Token> tokens, int from, int last, List<MentionCandidate> out) {
        int i = from;
        while (i < last) {
            Match m = tokens.get(i).isWord() ? longest(tokens, i, last) : null;
            if (m != null && m.alias.first().isCountry() && m.lastForm.equals(tokens.get(m.endToken).text())) {
                KbEntry e = m.alias.first();
                out.add(new MentionCandidate(tokens.get(i).start(), tokens.get(m.endToken).end(), e.type(), e.id(), 1.0,
                        MentionCandidate.Source.KNOWLEDGE_BASE));
                i = m.endToken + 1;
            } else {
                i++;
            }
        }
    }

    /** The longest acceptable match starting at token {@code from}, or null. */
    private Match longest(List<Token> tokens, int from) {
        return longest(tokens, from, tokens.size());
    }

    /** The longest acceptable match starting at token {@code from} and ending before token {@code to}, or null. */
    private Match longest(List<Token> tokens, int from, int to) {
        Match best = null;
        List<String> prefixes = List.of("");
        int limit = Math.min(to, from + kb.maxTokens());
        for (int j = from; j < limit && !prefixes.isEmpty(); j++) {
            Token t = tokens.get(j);
            List<String> forms = stemmer.baseForms(t.text());
            List<String> nextPrefixes = new ArrayList<>();
            for (String prefix : prefixes) {
                for (String form : forms) {
                    String key = prefix.isEmpty() ? NameKey.word(form) : prefix + " " + NameKey.word(form);
                    KnowledgeBase.Alias a = kb.alias(key);
                    if (a != null && (best == null || best.endToken < j) && acceptable(tokens, from, j, form, a)) {
                        best = new Match(j, form, a);
                    }
                    if (kb.isPrefix(key) && !nextPrefixes.contains(key)) {
                        nextPrefixes.add(key);
                    }
                }
            }
            prefixes = nextPrefixes;
        }
        return best;
    }

    private static boolean acceptable(List<Token> tokens, int from, int to, String lastForm, KnowledgeBase.Alias a) {
        Token first = tokens.get(from);
        String firstText = from == to ? lastForm : first.text();
        if (a.acronym()) {
            return upperCount(firstText) >= 2 || upperCount(firstText) == firstText.codePointCount(0, firstText.length());
        }
        if (!first.isCapitalized()) {
            return false;
        }
        if (from == to && a.weak() && (from == 0 || isOpening(tokens.get(from - 1).text()))) {
            return false;
        }
        return from != to || lastForm.codePointCount(0, lastForm.length()) >= 2;
    }

    private static boolean isOpening(String t) {
        return t.length() == 1 && "«\"“„(—–-".indexOf(t.charAt(0)) >= 0;
    }

    private static int upperCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
