package org.iqtibos.internal.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.iqtibos.Language;
import org.iqtibos.internal.kb.NameKey;
import org.iqtibos.internal.segment.Segmenter;
import org.iqtibos.internal.segment.Token;
import org.iqtibos.internal.text.TextFold;

/**
 * Derives {@code models/ner/names/frequent-words.tsv}: per language, the words that its corpus text writes in lower
 * case most often (function words, common nouns). A knowledge-base name that is one of them ({@code Shu} "this" is
 * a town in Kazakhstan) is taken at the start of a sentence only with more evidence. Kazakh is read from KazNERD dev,
 * Russian from NEREL and factRuEval, English from CoNLL train; Uzbek and Kyrgyz, which have no corpus under
 * {@code ../shared/corpora}, from the articles of the project's own tune split.
 */
public final class FrequentWordBuilder {
    /** The list's path under {@code models/}. */
    public static final String PATH = "ner/names/frequent-words.tsv";
    /** Share of the language's lower-case word tokens a word must reach (1 in 5,000). */
    private static final double MIN_SHARE = 1.0 / 5000;
    private static final int MIN_COUNT = 3;

    private final Path corpora;
    private final Path tune;
    private final Path models;

    public FrequentWordBuilder(Path corpora, Path tune, Path models) {
        this.corpora = corpora;
        this.tune = tune;
        this.models = models;
    }

    /** Writes the list and returns the number of words. */
    public int build() {
        Map<Language, Map<String, Integer>> counts = new EnumMap<>(Language.class);
        conll(counts, Language.KK, "kaznerd/dev.conll");
        conll(counts, Language.RU, "nerel/train.conll");
        conll(counts, Language.RU, "factruEval2016/train.conll");
        conll(counts, Language.EN, "conll2003-en/train.conll");
        articles(counts);
        List<String> lines = new ArrayList<>();
        lines.add("# Frequent lower-case words, written by `iqtibos train names` (see SOURCE.md here): language TAB word");
        int n = 0;
        for (Map.Entry<Language, Map<String, Integer>> e : counts.entrySet()) {
            long total = e.getValue().values().stream().mapToLong(Integer::longValue).sum();
            TreeSet<String> words = new TreeSet<>();
            e.getValue().forEach((w, c) -> {
                if (c >= MIN_COUNT && c >= total * MIN_SHARE && w.codePointCount(0, w.length()) >= 2) {
                    words.add(w);
                }
            });
            for (String w : words) {
                lines.add(e.getKey().code() + "\t" + w);
            }
            n += words.size();
        }
        Path out = models.resolve(PATH);
        try {
            Files.createDirectories(out.getParent());
            Files.write(out, lines, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write " + out, ex);
        }
        return n;
    }

    private void conll(Map<Language, Map<String, Integer>> counts, Language lang, String file) {
        for (ConllCorpus.ConllSentence s : ConllCorpus.read(corpora.resolve(file)).sentences()) {
            for (String t : s.tokens()) {
                count(counts, lang, t);
            }
        }
    }

    /** The tune articles of Uzbek and Kyrgyz ({@code lang} field {@code uz-Cyrl}, {@code uz-Latn}, {@code ky}). */
    private void articles(Map<Language, Map<String, Integer>> counts) {
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(tune, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode a = json.readTree(line);
                String code = a.path("lang").asText("");
                Language lang = code.startsWith("uz") ? Language.UZ : code.equals("ky") ? Language.KY : null;
                if (lang == null) {
                    continue;
                }
                String text = a.path("text").asText("");
                for (Token t : Segmenter.tokenize(text, 0, text.length())) {
                    count(counts, lang, t.text());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tune, e);
        }
    }

    private static void count(Map<Language, Map<String, Integer>> counts, Language lang, String token) {
        if (token.isEmpty() || !Character.isLowerCase(token.codePointAt(0))) {
            return;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!Character.isLetter(c) && c != '-' && !TextFold.isApostrophe(c)) {
                return;
            }
        }
        counts.computeIfAbsent(lang, k -> new HashMap<>()).merge(NameKey.word(token.toLowerCase(Locale.ROOT)), 1, Integer::sum);
    }
}
