package org.iqtibos.internal.quote;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.iqtibos.internal.quote.TokenIndex.TokenRange;
import org.iqtibos.internal.segment.Token;

/**
 * Quote marks paired the way news text uses them: « » „ “ “ ” and straight quotes, nested marks inside the outer
 * pair, a quote left open at a paragraph's start that closes in a later paragraph.
 */
final class QuoteMarks {
    private final TokenIndex ix;
    private final String text;
    private final List<Token> tokens;
    private final List<TokenRange> paragraphs;

    QuoteMarks(TokenIndex ix) {
        this.ix = ix;
        this.text = ix.text;
        this.tokens = ix.tokens;
        this.paragraphs = ix.paragraphs;
    }

    // ---------------------------------------------------------------- direct speech

    /** An opening quote mark not yet closed: which mark, at which offset. */
    private record OpenMark(char mark, int at) { }

    /** The outermost pairs of quote marks in a paragraph, and the closing marks whose opener was lost. */
    record Pairs(List<CharSpan> pairs, List<Integer> orphans) { }

    /** Pairs the quote marks of the paragraph spanning chars [pStart, pEnd). */
    Pairs pairs(int pStart, int pEnd) {
        Deque<OpenMark> stack = new ArrayDeque<>();
        List<CharSpan> pairs = new ArrayList<>();
        List<Integer> orphans = new ArrayList<>();
        for (int i = pStart; i < pEnd; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '«': case '„':
                    stack.push(new OpenMark(c, i));
                    break;
                case '»':
                    close(stack, pairs, orphans, i, '«');
                    break;
                case '“':
                    if (!stack.isEmpty() && stack.peek().mark() == '„') {
                        close(stack, pairs, orphans, i, '„');
                    } else if (opensAt(i, pStart)) {
                        stack.push(new OpenMark(c, i));
                    } else {
                        close(stack, pairs, orphans, i, '“');
                    }
                    break;
                case '”':
                    close(stack, pairs, orphans, i, stack.isEmpty() ? '“' : stack.peek().mark());
                    break;
                case '"':
                    if (!stack.isEmpty() && stack.peek().mark() == '"' && !opensAt(i, pStart)) {
                        close(stack, pairs, orphans, i, '"');
                    } else if (!stack.isEmpty() && stack.peek().mark() == '"' && closesAt(i, pEnd)) {
                        close(stack, pairs, orphans, i, '"');
                    } else if (opensAt(i, pStart)) {
                        stack.push(new OpenMark(c, i));
                    } else if (stack.isEmpty()) {
                        orphans.add(i);
                    } else {
                        close(stack, pairs, orphans, i, '"');
                    }
                    break;
                default:
                    break;
            }
        }
        if (!stack.isEmpty()) {
            OpenMark bottom = stack.peekLast();
            if (bottom.at() == pStart) {
                // a quote running on into the next paragraph: it ends with this one
                pairs.add(new CharSpan(bottom.at(), pEnd));
            }
        }
        return new Pairs(pairs, orphans);
    }

    private void close(Deque<OpenMark> stack, List<CharSpan> pairs, List<Integer> orphans, int at, char opener) {
        while (!stack.isEmpty() && stack.peek().mark() != opener) {
            stack.pop();
        }
        if (stack.isEmpty()) {
            orphans.add(at);
            return;
        }
        OpenMark open = stack.pop();
        if (stack.isEmpty()) {
            pairs.add(new CharSpan(open.at(), at));
        }
    }

    private boolean opensAt(int i, int pStart) {
        boolean spaceBefore = i == pStart || Character.isWhitespace(text.charAt(i - 1)) || "(:—–-«„“".indexOf(text.charAt(i - 1)) >= 0;
        boolean wordAfter = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        return spaceBefore && wordAfter;
    }

    private boolean closesAt(int i, int pEnd) {
        return i + 1 >= pEnd || !Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /**
     * The paragraph that closes a quote opened at the start of paragraph {@code pi} and left open there (a quote
     * of several paragraphs), or {@code pi}.
     */
    int closingParagraph(int pi) {
        TokenRange p = paragraphs.get(pi);
        int from = tokens.get(p.from()).start();
        int to = tokens.get(p.to() - 1).end();
        char open = text.charAt(from);
        char close;
        switch (open) {
            case '«': close = '»'; break;
            case '“': close = '”'; break;
            case '„': close = '“'; break;
            case '"': close = '"'; break;
            default: return pi;
        }
        if (balance(from, to, open, close) <= 0) {
            return pi;
        }
        for (int k = pi + 1; k < Math.min(paragraphs.size(), pi + 8); k++) {
            TokenRange q = paragraphs.get(k);
            if (q.from() == q.to()) {
                continue;
            }
            int qf = tokens.get(q.from()).start();
            int qt = tokens.get(q.to() - 1).end();
            if (text.charAt(qf) == open || TokenIndex.isDash(tokens.get(q.from()).text())) {
                return pi; // a new quote or dialogue starts: the open one was never closed
            }
            if (balance(qf, qt, open, close) < 0) {
                return k;
            }
        }
        return pi;
    }

    /** Openers minus closers in [from, to); for straight quotes, 1 when their count is odd. */
    private int balance(int from, int to, char open, char close) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (open == close) {
                n += c == open ? 1 : 0;
            } else if (c == open) {
                n++;
            } else if (c == close) {
                n--;
            }
        }
        return open == close ? (n % 2 == 1 ? (from == tokens.get(ix.tokenAtOrAfter(from)).start() && text.charAt(from) == open ? 1 : -1) : 0) : n;
    }
}
