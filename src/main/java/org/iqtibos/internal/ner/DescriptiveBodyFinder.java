package org.iqtibos.internal.ner;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.iqtibos.Language;
import org.iqtibos.internal.kb.KnowledgeBase;
import org.iqtibos.internal.text.Romanizer;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.internal.morph.NameStemmer;
import org.iqtibos.result.EntityType;
import org.iqtibos.internal.segment.SegmentedText;
import org.iqtibos.internal.segment.Sentence;
import org.iqtibos.internal.segment.Token;

/**
 * Finds organizations that news names by what they are rather than by a name of their own: a head noun and its
 * modifiers ({@code Тошкент давлат иқтисодиёт университети}, {@code Ўзбекистон Миллий матбуот маркази},
 * {@code Түркітілдес журналистер қоры}, {@code State Committee for National Security}), and names them in English
 * through word tables ({@code National Press Center of Uzbekistan}); proper parts stay romanized.
 *
 * <p>In Uzbek, Kazakh and Kyrgyz the head carries a possessive ending (университет<b>и</b>): what stands before it
 * owns it, so a body is the head, the lower-case modifiers just before it and the run of capitalized words that
 * opens them, all inside one clause. In English a body is a run of capitalized words, with linking words
 * ({@code of}, {@code for}, {@code and}) between them, that holds a head noun. The heads, modifiers and linking words
 * are data ({@value #PATH}).
 *
 * <p>A body whose every word the tables or the knowledge base translate gets an id naming its English name
 * ({@link KnowledgeBase#describedBodyId}); the others are left to the linker's romanization. Immutable and
 * thread-safe.
 *
 * <p>This class loads the finders and walks the sentences; {@link BodyTables} holds the word tables,
 * {@link TurkicBodies} and {@link RussianEnglishBodies} find the bodies, {@link BodyNames} names them in English.
 */
public final class DescriptiveBodyFinder {
    /** The path of the data file, relative to {@code models/}. */
    public static final String PATH = "ner/bodies.tsv";

    private final BodyTables tables;
    private final TurkicBodies turkic;
    private final RussianEnglishBodies russianEnglish;
    private final BodyNames names;

    private DescriptiveBodyFinder(BodyTables tables) {
        this.tables = tables;
        this.turkic = new TurkicBodies(tables);
        this.russianEnglish = new RussianEnglishBodies(tables);
        this.names = new BodyNames(tables, russianEnglish);
    }

    /** The finders of every language, reading {@value #PATH} of {@code files}. */
    public static Map<Language, DescriptiveBodyFinder> load(ModelFiles files, KnowledgeBase kb,
                                                           Map<Language, NameStemmer> stemmers, Romanizer romanizer) {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(kb, "kb");
        Objects.requireNonNull(stemmers, "stemmers");
        Objects.requireNonNull(romanizer, "romanizer");
        Map<Language, DescriptiveBodyFinder> out = new EnumMap<>(Language.class);
        for (Map.Entry<Language, BodyTables> e : BodyTables.load(files, kb, stemmers, romanizer).entrySet()) {
            out.put(e.getKey(), new DescriptiveBodyFinder(e.getValue()));
        }
        return out;
    }

    /**
     * Statistical organizations named only by their position: the one capitalized word opens a clause (a sentence, a
     * quote mark, a dash: {@code «Дорога должна быть …»}), every word after it is lower-case and none is a body's head
     * noun. Such a span is a common phrase the model read as a name; the others are kept, in order.
     */
    public List<MentionCandidate> dropPositionalOrganizations(List<MentionCandidate> found, SegmentedText text) {
        if (found.stream().noneMatch(c -> c.type() == EntityType.ORGANIZATION)) {
            return found;
        }
        List<Token> tokens = new ArrayList<>();
        List<Integer> opens = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (int k = 0; k < s.tokens().size(); k++) {
                tokens.add(s.tokens().get(k));
                opens.add(BodyTables.opensClause(s.tokens(), k) ? 1 : 0);
            }
        }
        List<MentionCandidate> out = new ArrayList<>(found.size());
        for (MentionCandidate c : found) {
            if (c.type() != EntityType.ORGANIZATION || !positional(c, tokens, opens)) {
                out.add(c);
            }
        }
        return out;
    }

    private boolean positional(MentionCandidate c, List<Token> tokens, List<Integer> opens) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) { // the first token ending after the span's start
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= c.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo >= tokens.size() || tokens.get(lo).start() != c.start() || opens.get(lo) == 0) {
            return false;
        }
        String first = tokens.get(lo).text();
        if (first.length() < 2 || !Character.isUpperCase(first.codePointAt(0)) || first.equals(first.toUpperCase(java.util.Locale.ROOT))) {
            return false; // an acronym is a name wherever it stands
        }
        int words = 0;
        for (int k = lo; k < tokens.size() && tokens.get(k).start() < c.end(); k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                continue;
            }
            words++;
            if (tables.head(t) != null || k > lo && !Character.isLowerCase(t.text().codePointAt(0))) {
                return false;
            }
        }
        return words >= 2;
    }

    /** The bodies of {@code text}, in text order. */
    public List<MentionCandidate> find(SegmentedText text) {
        Objects.requireNonNull(text, "text");
        if (tables.heads.isEmpty()) {
            return List.of();
        }
        List<MentionCandidate> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Token> tokens = s.tokens();
            int i = 0;
            while (i < tokens.size()) {
                int[] span = tables.lang == Language.EN ? russianEnglish.englishBody(tokens, i)
                        : tables.lang == Language.RU ? russianEnglish.russianBody(tokens, i) : turkic.turkicBody(tokens, i);
                if (span == null) {
                    i++;
                    continue;
                }
                List<int[]> parts = new ArrayList<>(List.of(span));
                for (int[] next = turkic.nextPart(tokens, span[1]); next != null; next = turkic.nextPart(tokens, next[1])) {
                    parts.add(next);
                }
                int last = parts.get(parts.size() - 1)[1];
                Token lastToken = tokens.get(last);
                int end = tables.lang == Language.EN || tables.lang == Language.RU ? lastToken.end()
                        : lastToken.start() + turkic.namePart(lastToken);
                String english = names.english(tokens, parts);
                out.add(new MentionCandidate(tokens.get(span[0]).start(), end, EntityType.ORGANIZATION,
                        english == null ? null : KnowledgeBase.describedBodyId(english), 1.0,
                        MentionCandidate.Source.DESCRIPTION));
                i = last + 1;
            }
        }
        return List.copyOf(out);
    }
}
