package org.iqtibos.internal.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.iqtibos.result.EntityType;

/**
 * A NER corpus in CoNLL form: one token a line, the token in the first column and the tag in the last (columns
 * separated by tabs, or by spaces when a line has no tab), a blank line between sentences, {@code -DOCSTART-} lines
 * marking documents (a file without them is one document a sentence). Tags are read as BIO (IOB1 and bare type names too); only PER, ORG and LOC survive, GPE and
 * LOCATION read as LOC, every other type as O. An I- tag that does not continue a span of its type starts one, as
 * conll_score.py reads it.
 *
 * <p>The sentences keep their original lines so that a tagger can echo them. Immutable.
 */
public final class ConllCorpus {
    private final List<ConllSentence> sentences;

    private ConllCorpus(List<ConllSentence> sentences) {
        this.sentences = List.copyOf(sentences);
    }

    /**
     * One sentence: its original lines, its tokens, the gold entity spans (token indexes, type PER/ORG/LOC) and
     * whether a document starts with it.
     */
    public record ConllSentence(List<String> lines, List<String> tokens, List<Span> names, boolean documentStart) {
        public ConllSentence {
            lines = List.copyOf(lines);
            tokens = List.copyOf(tokens);
            names = List.copyOf(names);
            if (lines.size() != tokens.size()) {
                throw new IllegalArgumentException("lines and tokens differ in number: " + lines.size() + " vs " + tokens.size());
            }
        }

        /** The sentence as an OpenNLP training sample. */
        public NameSample toNameSample() {
            return new NameSample(tokens.toArray(new String[0]), names.toArray(new Span[0]), documentStart);
        }

        /** The same sentence with other token texts (a transliterated copy); tags and lines unchanged. */
        public ConllSentence withTokens(List<String> newTokens) {
            return new ConllSentence(lines, newTokens, names, documentStart);
        }
    }

    /** Reads a UTF-8 CoNLL file. */
    public static ConllCorpus read(Path file) {
        Objects.requireNonNull(file, "file");
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CoNLL file " + file, e);
        }
    }

    /** Reads CoNLL text. */
    public static ConllCorpus parse(String text) {
        try {
            return read(new StringReader(Objects.requireNonNull(text, "text")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ConllCorpus read(Reader in) throws IOException {
        BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
        List<ConllSentence> out = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        boolean docStart = true;
        boolean marked = false;
        String line;
        while ((line = r.readLine()) != null) {
            if (line.startsWith("-DOCSTART-")) {
                flush(out, lines, docStart);
                docStart = true;
                marked = true;
                continue;
            }
            if (line.isBlank()) {
                if (flush(out, lines, docStart)) {
                    docStart = false;
                }
                continue;
            }
            lines.add(line);
        }
        flush(out, lines, docStart);
        if (!marked) {
            // without document marks nothing says which sentences belong together: each stands alone
            out.replaceAll(s -> s.documentStart() ? s : new ConllSentence(s.lines(), s.tokens(), s.names(), true));
        }
        return new ConllCorpus(out);
    }

    private static boolean flush(List<ConllSentence> out, List<String> lines, boolean docStart) {
        if (lines.isEmpty()) {
            return false;
        }
        List<String> tokens = new ArrayList<>(lines.size());
        List<String> tags = new ArrayList<>(lines.size());
        for (String l : lines) {
            String[] cols = columns(l);
            tokens.add(cols[0]);
            tags.add(cols.length > 1 ? cols[cols.length - 1] : "O");
        }
        out.add(new ConllSentence(lines, tokens, spans(tags), docStart));
        lines.clear();
        return true;
    }

    /** The columns of a data line: tab separated when it holds a tab, otherwise white-space separated. */
    static String[] columns(String line) {
        return line.indexOf('\t') >= 0 ? line.split("\t") : line.strip().split("\\s+");
    }

    /** Entity spans of a tag sequence, read the way conll_score.py reads it. */
    public static List<Span> spans(List<String> tags) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String t = i < tags.size() ? tags.get(i) : "O";
            char prefix;
            String ty;
            if (t.equals("O") || t.equals("_") || t.isEmpty()) {
                prefix = 'O';
                ty = null;
            } else if (t.length() > 2 && t.charAt(1) == '-' && "BIES".indexOf(t.charAt(0)) >= 0) {
                prefix = t.charAt(0);
                ty = typeOf(t.substring(2));
            } else {
                prefix = 'I';
                ty = typeOf(t);
            }
            if (ty == null) {
                prefix = 'O';
            }
            if (start >= 0 && (prefix == 'O' || prefix == 'B' || prefix == 'S' || !ty.equals(type))) {
                out.add(new Span(start, i, type));
                start = -1;
            }
            if (prefix != 'O' && start < 0) {
                start = i;
                type = ty;
            }
        }
        return out;
    }

    /** PER, ORG or LOC for a corpus type name, or null for the types iqtibos does not report. */
    static String typeOf(String name) {
        try {
            return EntityType.fromTag(name.toUpperCase(Locale.ROOT)).tag();
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }

    /** BIO tags (B-PER, I-LOC, O) for {@code length} tokens holding these spans. */
    public static List<String> bio(int length, Span[] names) {
        String[] tags = new String[length];
        Arrays.fill(tags, "O");
        for (Span s : names) {
            for (int i = s.getStart(); i < s.getEnd() && i < length; i++) {
                tags[i] = (i == s.getStart() ? "B-" : "I-") + s.getType();
            }
        }
        return List.of(tags);
    }

    public List<ConllSentence> sentences() {
        return sentences;
    }

    /** A corpus of these sentences. */
    public static ConllCorpus of(List<ConllSentence> sentences) {
        return new ConllCorpus(sentences);
    }
}
