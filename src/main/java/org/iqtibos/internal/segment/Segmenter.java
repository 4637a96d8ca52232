package org.iqtibos.internal.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.iqtibos.internal.text.TextFold;

/**
 * Cuts text into paragraphs (lines), sentences and tokens. Rule based and linear in the text's length.
 *
 * <p>A sentence ends at {@code . ! ? …} (with any closing quote marks or brackets after it) when the next token
 * opens a new sentence: a capital, a digit, a dash or an opening quote mark. A period after a single capital
 * (an initial, {@code Д. Мантуров}) or after a known abbreviation does not end a sentence. Sentences longer than
 * {@link #MAX_SENTENCE_TOKENS} tokens are cut so that no later stage sees an unbounded sequence.
 *
 * <p>Immutable and thread-safe.
 */
public final class Segmenter {
    /** Longest sentence handed on; text without punctuation is cut into pieces of this many tokens. */
    public static final int MAX_SENTENCE_TOKENS = 250;

    private final Set<String> abbreviations;

    /** A segmenter that knows these lower-case abbreviations (without their period). */
    public Segmenter(Set<String> abbreviations) {
        this.abbreviations = Set.copyOf(abbreviations);
    }

    /** Segments the whole text. */
    public SegmentedText segment(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        while (lineStart <= n) {
            int lineEnd = lineStart;
            while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r'
                    && text.charAt(lineEnd) != '\u2029') {
                lineEnd++;
            }
            List<Token> tokens = tokenize(text, lineStart, lineEnd);
            if (!tokens.isEmpty()) {
                List<Sentence> sentences = sentences(tokens);
                paragraphs.add(new Paragraph(tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), sentences));
            }
            lineStart = lineEnd + 1;
        }
        return new SegmentedText(text, paragraphs);
    }

    /** The tokens of {@code text[from, to)}. */
    public static List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT
                    || Character.isISOControl(cp)) {
                i += len;
                continue;
            }
            int start = i;
            if (isWordPart(cp)) {
                i += len;
                while (i < to) {
                    int c = text.codePointAt(i);
                    if (isWordPart(c)) {
                        i += Character.charCount(c);
                    } else if (isJoiner(c, text.codePointBefore(i)) && i + 1 < to && isWordPart(text.codePointAt(i + 1))) {
                        i += Character.charCount(c);
                    } else {
                        break;
                    }
                }
            } else {
                i += len;
            }
            out.add(new Token(start, i, text.substring(start, i)));
        }
        return out;
    }

    private static boolean isWordPart(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK
                || cp == 0x02BB || cp == 0x02BC; // modifier letters of Uzbek Latin: oʻ, gʻ, ʼ
    }

    /** A character that joins two word parts: hyphen, apostrophe, or a decimal point between digits. */
    private static boolean isJoiner(int cp, int before) {
        // ʻ and ʼ never get here: they are word parts
        switch (cp) {
            case '-': case '\u2010': case '\u2011':
                return true;
            case '.': case ',':
                return Character.isDigit(before);
            default:
                return cp < Character.MIN_SUPPLEMENTARY_CODE_POINT && TextFold.isApostrophe((char) cp);
        }
    }

    private List<Sentence> sentences(List<Token> tokens) {
        List<Sentence> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            boolean cut = i - from + 1 >= MAX_SENTENCE_TOKENS;
            Token t = tokens.get(i);
            if (!cut && isTerminal(t.text())) {
                int j = i + 1;
                while (j < tokens.size() && isCloser(tokens.get(j).text())) {
                    j++;
                }
                if (j == tokens.size()) {
                    i = j - 1;
                    cut = true;
                } else if (opensSentence(tokens.get(j)) && !isAbbreviation(tokens, i)) {
                    i = j - 1;
                    cut = true;
                }
            }
            if (cut) {
                out.add(sentence(tokens.subList(from, i + 1)));
                from = i + 1;
            }
        }
        if (from < tokens.size()) {
            out.add(sentence(tokens.subList(from, tokens.size())));
        }
        return out;
    }

    private static Sentence sentence(List<Token> tokens) {
        return new Sentence(tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens);
    }

    private static boolean isTerminal(String t) {
        return t.equals(".") || t.equals("!") || t.equals("?") || t.equals("…");
    }

    private static boolean isCloser(String t) {
        return t.length() == 1 && "»\"”“’')]".indexOf(t.charAt(0)) >= 0;
    }

    private static boolean opensSentence(Token next) {
        int cp = next.text().codePointAt(0);
        return Character.isUpperCase(cp) || Character.isTitleCase(cp) || Character.isDigit(cp)
                || "—–-‒―«„\"“(".indexOf(cp) >= 0;
    }

    /** Second letters of two-letter initials ({@code Sh.}, {@code Gʻ.}, {@code Дж.}). */
    private static final String DIGRAPH_SECONDS = "hʻ‘’'`ж";

    private boolean isAbbreviation(List<Token> tokens, int periodIndex) {
        if (!tokens.get(periodIndex).text().equals(".") || periodIndex == 0) {
            return false;
        }
        Token before = tokens.get(periodIndex - 1);
        if (before.end() != tokens.get(periodIndex).start()) {
            return false;
        }
        String w = before.text();
        if (w.codePointCount(0, w.length()) == 1 && before.isCapitalized()) {
            return true;
        }
        // an initial written with two letters: Uzbek Latin "Sh.", "Ch.", "Gʻ.", "O‘.", Russian "Дж."
        if (w.length() == 2 && before.isCapitalized() && DIGRAPH_SECONDS.indexOf(w.charAt(1)) >= 0) {
            return true;
        }
        return abbreviations.contains(w.toLowerCase(Locale.ROOT));
    }
}
