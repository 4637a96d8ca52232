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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.iqtibos.Script;
import org.iqtibos.internal.ner.MentionCandidate;
import org.iqtibos.internal.ner.StatisticalNameFinder;
import org.iqtibos.result.EntityType;
import org.iqtibos.internal.segment.Segmenter;

/**
 * Measures a name finder alone on gold articles (eval/gold/*.jsonl): the article text is segmented, tagged, and
 * each found span is compared with every occurrence of the gold mention strings of its type. A found span is
 * right when it overlaps an occurrence (spans are whole tokens, so {@code Астанада} covers the gold
 * {@code Астана}); an occurrence is found when a span of its type overlaps it. For measuring only: nothing here
 * feeds training. Immutable.
 */
public final class ArticleMentionProbe {
    private record Occurrence(int start, int end, EntityType type, String text) { }

    private record Article(String id, String text, Script script, List<Occurrence> gold) { }

    private static final List<String> GROUPS = List.of("persons", "organizations", "places");
    private static final List<EntityType> GROUP_TYPES = List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE);

    private final List<Article> articles;

    private ArticleMentionProbe(List<Article> articles) {
        this.articles = List.copyOf(articles);
    }

    /** The articles of {@code file} whose {@code lang} is {@code lang} or starts with {@code lang-} (case-insensitive). */
    public static ArticleMentionProbe read(Path file, String lang) {
        ObjectMapper json = new ObjectMapper();
        List<Article> out = new ArrayList<>();
        String want = lang.toLowerCase(Locale.ROOT);
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode a = json.readTree(line);
                String l = a.path("lang").asText().toLowerCase(Locale.ROOT);
                if (!l.equals(want) && !l.startsWith(want + "-")) {
                    continue;
                }
                String text = a.path("text").asText();
                List<Occurrence> gold = new ArrayList<>();
                for (int g = 0; g < GROUPS.size(); g++) {
                    for (JsonNode entity : a.path(GROUPS.get(g))) {
                        for (JsonNode m : entity.path("mentions")) {
                            String s = m.asText();
                            for (int i = s.isEmpty() ? -1 : text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
                                gold.add(new Occurrence(i, i + s.length(), GROUP_TYPES.get(g), s));
                            }
                        }
                    }
                }
                out.add(new Article(a.path("id").asText(), text, l.endsWith("-latn") ? Script.LATN : Script.CYRL, gold));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold articles " + file, e);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no article of lang '" + lang + "' in " + file);
        }
        return new ArticleMentionProbe(out);
    }

    /** Runs {@code finder} over every article; the report lists P/R/F1 per type and overall. */
    public String run(StatisticalNameFinder finder, boolean listErrors) {
        Segmenter segmenter = new Segmenter(Set.of());
        int[][] t = new int[3][4]; // per type: right found, wrong found, occurrences hit, occurrences missed
        StringBuilder errors = new StringBuilder();
        for (Article a : articles) {
            List<MentionCandidate> found = finder.find(segmenter.segment(a.text()), a.script());
            for (MentionCandidate c : found) {
                boolean ok = a.gold().stream().anyMatch(o -> o.type() == c.type() && o.start() < c.end() && c.start() < o.end());
                t[c.type().ordinal()][ok ? 0 : 1]++;
                if (!ok && listErrors) {
                    boolean other = a.gold().stream().anyMatch(o -> o.start() < c.end() && c.start() < o.end());
                    errors.append(String.format("%s\tFP %s%s\t%s%n", a.id(), c.type().tag(), other ? " (wrong type)" : "",
                            a.text().substring(c.start(), c.end())));
                }
            }
            for (Occurrence o : a.gold()) {
                boolean hit = found.stream().anyMatch(c -> o.type() == c.type() && o.start() < c.end() && c.start() < o.end());
                t[o.type().ordinal()][hit ? 2 : 3]++;
                if (!hit) {
                    if (listErrors) {
                        errors.append(String.format("%s\tFN %s\t%s%n", a.id(), o.type().tag(), o.text()));
                    }
                }
            }
        }
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%d articles; found spans vs gold mention occurrences%n", articles.size()));
        b.append(String.format(Locale.ROOT, "%-5s %6s %6s %6s %6s %6s %6s %6s%n", "", "P", "R", "F1", "ok", "wrong", "hit", "missed"));
        int[] all = new int[4];
        for (EntityType type : EntityType.values()) {
            int[] x = t[type.ordinal()];
            b.append(line(type.tag(), x));
            for (int i = 0; i < 4; i++) {
                all[i] += x[i];
            }
        }
        b.append(line("ALL", all));
        return errors + b.toString();
    }

    private static String line(String name, int[] x) {
        double p = x[0] + x[1] == 0 ? 0 : (double) x[0] / (x[0] + x[1]);
        double r = x[2] + x[3] == 0 ? 0 : (double) x[2] / (x[2] + x[3]);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return String.format(Locale.ROOT, "%-5s %6.4f %6.4f %6.4f %6d %6d %6d %6d%n", name, p, r, f, x[0], x[1], x[2], x[3]);
    }
}
