package org.iqtibos.internal.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;
import org.iqtibos.result.EntityType;

/**
 * Derives the given-name lexicon {@code models/ner/names/given-names.tsv} from person annotations of open corpora:
 * the first word of a person name of two or more words is a given name when the corpus puts it first more often
 * than last, never writes it in lower case, and shows it at least twice; and the given names of the Uzbek
 * legislature's list ({@code Surname Given Patronymic}) and of the curated persons of the knowledge base.
 * Names are written as the source spells them; the finder compares them across scripts by their loose key.
 */
public final class GivenNameBuilder {
    /** The lexicon's path under {@code models/}. */
    public static final String PATH = "ner/names/given-names.tsv";

    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+(-\\p{Lu}\\p{Ll}+)?");

    /** A CoNLL corpus to read: folder under the corpora, file, the language its spelling is read in. */
    private record Source(String folder, String file, String lang) { }

    private static final List<Source> CONLL = List.of(
            new Source("nerel", "train.conll", "ru"), new Source("nerel", "dev.conll", "ru"),
            new Source("factruEval2016", "train.conll", "ru"), new Source("kaznerd", "dev.conll", "kk"),
            new Source("conll2003-en", "train.conll", "en"));

    private final Path corpora;
    private final Path models;

    public GivenNameBuilder(Path corpora, Path models) {
        this.corpora = corpora;
        this.models = models;
    }

    /** Writes the lexicon and returns the number of names. */
    public int build() {
        // name -> lang TAB sources
        Map<String, String> langs = new TreeMap<>();
        Map<String, Set<String>> sources = new HashMap<>();
        for (Source s : CONLL) {
            for (String name : fromConll(ConllCorpus.read(corpora.resolve(s.folder).resolve(s.file)))) {
                langs.putIfAbsent(name, s.lang);
                sources.computeIfAbsent(name, k -> new TreeSet<>()).add(s.folder);
            }
        }
        for (String name : fromPoliticians()) {
            langs.putIfAbsent(name, "uz");
            sources.computeIfAbsent(name, k -> new TreeSet<>()).add("gaz-politicians");
        }
        for (String[] nl : fromCuratedPersons()) {
            langs.putIfAbsent(nl[0], nl[1]);
            sources.computeIfAbsent(nl[0], k -> new TreeSet<>()).add("curated-persons");
        }
        List<String> lines = new ArrayList<>();
        lines.add("# Given names, written by `iqtibos train names` from ../shared/corpora and models/kb/curated/persons.tsv");
        lines.add("# (see SOURCE.md here). Columns: name TAB language its spelling is read in TAB sources.");
        langs.forEach((name, lang) -> lines.add(name + "\t" + lang + "\t" + String.join(",", sources.get(name))));
        Path out = models.resolve(PATH);
        try {
            Files.createDirectories(out.getParent());
            Files.write(out, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
        return langs.size();
    }

    /** First words of multi-word person names that the corpus puts first more often than last. */
    static Set<String> fromConll(ConllCorpus corpus) {
        Map<String, Integer> first = new HashMap<>();
        Map<String, Integer> last = new HashMap<>();
        Set<String> lowerCase = new HashSet<>();
        String person = EntityType.PERSON.tag();
        for (ConllCorpus.ConllSentence s : corpus.sentences()) {
            for (String t : s.tokens()) {
                if (!t.isEmpty() && Character.isLowerCase(t.codePointAt(0))) {
                    lowerCase.add(t);
                }
            }
            for (Span span : s.names()) {
                if (!person.equals(span.getType()) || span.length() < 2) {
                    continue;
                }
                first.merge(s.tokens().get(span.getStart()), 1, Integer::sum);
                last.merge(s.tokens().get(span.getEnd() - 1), 1, Integer::sum);
            }
        }
        Set<String> out = new HashSet<>();
        first.forEach((w, n) -> {
            if (n >= 2 && n > last.getOrDefault(w, 0) && NAME_WORD.matcher(w).matches() && w.length() >= 3
                    && !lowerCase.contains(w.toLowerCase(Locale.ROOT))) {
                out.add(w);
            }
        });
        return out;
    }

    /** The given names of the Uzbek legislature's list: its lines read {@code Surname Given Patronymic}. */
    private Set<String> fromPoliticians() {
        Set<String> out = new HashSet<>();
        for (String line : read(corpora.resolve("gaz-politicians/uzbekistan_legislative_chamber_names.txt"))) {
            String[] w = line.strip().split("\\s+");
            if (w.length >= 2 && NAME_WORD.matcher(w[1]).matches()) {
                out.add(w[1]);
            }
        }
        return out;
    }

    /** The first word of each multi-word English, Russian and Uzbek name of the curated persons, with its language. */
    private List<String[]> fromCuratedPersons() {
        String[] langs = {"en", "ru", "uz"};
        List<String[]> out = new ArrayList<>();
        for (String line : read(models.resolve("kb/curated/persons.tsv"))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 7 || !f[1].equals("PER")) {
                continue;
            }
            for (int i = 0; i < langs.length; i++) {
                for (String alias : f[4 + i].split("\\|")) {
                    String[] w = alias.strip().split("\\s+");
                    if (w.length >= 2 && NAME_WORD.matcher(w[0]).matches() && w[0].length() >= 3) {
                        out.add(new String[] {w[0], langs[i]});
                    }
                }
            }
        }
        return out;
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
