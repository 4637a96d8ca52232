package org.iqtibos.internal.quote;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iqtibos.Language;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.internal.text.TextFold;

/**
 * Puts a title phrase of the article into English: {@code Қозоғистон Мудофаа вазирининг ўринбосари} → {@code Deputy
 * Minister of Defence of Kazakhstan}, {@code заместитель председателя правительства России} → {@code Deputy Chairman
 * of the Government of Russia}. The words come from {@code models/quote/titles-<code>.txt}; countries and bodies are
 * the English names of the article's entities, given by the caller. A phrase with a word the table does not know is
 * not translated (null), so a half-English role is never reported.
 *
 * <p>Uzbek, Kazakh and Kyrgyz put the possessor first and the office last ({@code order head-final}); the groups are
 * reversed for English. Russian and English keep the order ({@code order head-first}).
 *
 * <p>Immutable and thread-safe.
 */
public final class TitleTranslator {
    /** How a word of a title joins the English phrase. */
    /** How a table entry joins; TO is a preposition that makes the next name the office's host ("… to Tajikistan"). */
    enum Part { HEAD, PREFIX, ADJ, MOD, SKIP, NAME, TO, HOST }

    /** A table entry: its words (as {@link CueLexicon.Word}), the English, and how it joins. */
    private record Entry(List<CueLexicon.Word> words, String english, Part part) { }

    /** One word or phrase of a title after lookup. */
    private record Item(String english, Part part) { }

    /** The table of one language. */
    private record Table(boolean headFinal, Map<Character, List<Entry>> byFirstChar) { }

    private final Map<Language, Table> tables;

    private TitleTranslator(Map<Language, Table> tables) {
        this.tables = tables;
    }

    /** Loads {@code models/quote/titles-<code>.txt} of every language that has one. */
    public static TitleTranslator load(ModelFiles files) {
        return load(files, UzbekLatin.load(files));
    }

    /** Like {@link #load(ModelFiles)}, with the Latin forms of the Uzbek table's phrases from {@code uzbekLatin}. */
    static TitleTranslator load(ModelFiles files, java.util.function.UnaryOperator<String> uzbekLatin) {
        if (files == null) {
            throw new NullPointerException("files");
        }
        Map<Language, Table> tables = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            String path = "quote/titles-" + l.code() + ".txt";
            List<String> lines = files.linesIfPresent(path);
            if (!lines.isEmpty()) {
                tables.put(l, parse(lines, path, l == Language.UZ ? uzbekLatin : null));
            }
        }
        return new TitleTranslator(Map.copyOf(tables));
    }

    private static Table parse(List<String> lines, String path, java.util.function.UnaryOperator<String> toLatin) {
        boolean headFinal = true;
        Map<Character, List<Entry>> map = new HashMap<>();
        for (String line : lines) {
            if (line.startsWith("order ")) {
                headFinal = line.substring(6).strip().equals("head-final");
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalStateException("models/" + path + ": line without '=': '" + line + "'");
            }
            String english = line.substring(eq + 1);
            Part part = Part.HEAD;
            int bar = english.indexOf('|');
            if (bar >= 0) {
                part = Part.valueOf(english.substring(bar + 1).strip().toUpperCase(java.util.Locale.ROOT));
                english = english.substring(0, bar);
            }
            english = english.strip();
            for (String phrase : CueLexicon.expand(line.substring(0, eq).strip())) {
                add(map, phrase, english, part);
                if (toLatin != null) {
                    add(map, toLatin.apply(phrase), english, part);
                }
            }
        }
        Map<Character, List<Entry>> frozen = new HashMap<>();
        map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new Table(headFinal, Map.copyOf(frozen));
    }

    private static void add(Map<Character, List<Entry>> map, String phrase, String english, Part part) {
        List<CueLexicon.Word> words = new ArrayList<>();
        for (String w : phrase.split("\\s+")) {
            boolean prefix = w.endsWith("*") && w.length() > 1;
            words.add(new CueLexicon.Word(TextFold.cueKey(prefix ? w.substring(0, w.length() - 1) : w), prefix));
        }
        map.computeIfAbsent(words.get(0).key().charAt(0), c -> new ArrayList<>()).add(new Entry(words, english, part));
    }

    /** True when titles of {@code lang} put the head last ({@code order head-final}: uz, kk, ky). */
    boolean headFinal(Language lang) {
        Table t = tables.get(lang);
        return t != null && t.headFinal();
    }

    /** True when the table of {@code lang} has a phrase starting with the word {@code key}. */
    boolean knows(Language lang, List<String> keys, int i) {
        Table t = tables.get(lang);
        return t != null && match(t, keys, i) != null;
    }

    /**
     * The English of a title phrase given word by word: {@code keys} are the words' {@link TextFold#cueKey keys};
     * {@code names[i]}, when not null, is the English name of the entity word {@code i} belongs to (a country, a
     * body). Null when a word is unknown or the phrase has no office in it.
     */
    String translate(Language lang, List<String> keys, List<String> names) {
        Table t = tables.get(lang);
        if (t == null || keys.isEmpty()) {
            return null;
        }
        List<Item> items = new ArrayList<>();
        int i = 0;
        boolean host = false;
        while (i < keys.size()) {
            if (names.get(i) != null) {
                String name = names.get(i);
                while (i < keys.size() && name.equals(names.get(i))) {
                    i++;
                }
                items.add(new Item(name, host ? Part.HOST : Part.NAME));
                host = false;
                continue;
            }
            Entry e = match(t, keys, i);
            if (e == null || host) {
                return null; // a preposition of the host is followed by its name
            }
            host = e.part() == Part.TO;
            if (e.part() != Part.SKIP && !host) {
                items.add(new Item(e.english(), e.part()));
            }
            i += e.words().size();
        }
        if (host) {
            return null;
        }
        List<List<Item>> groups = t.headFinal() ? headFinalGroups(items) : headFirstGroups(items);
        if (groups.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int g = 0; g < groups.size(); g++) {
            List<Item> group = groups.get(g);
            if (g > 0) {
                sb.append(groups.get(g - 1).stream().anyMatch(x -> x.part() == Part.PREFIX) ? " " : " of the ");
            }
            sb.append(render(group));
        }
        return sb.toString();
    }

    /** Head-final: each head closes a group of the words before it; the groups are read backwards in English. */
    private static List<List<Item>> headFinalGroups(List<Item> items) {
        List<List<Item>> groups = new ArrayList<>();
        List<Item> current = new ArrayList<>();
        for (Item it : items) {
            current.add(it);
            if (it.part() == Part.HEAD || it.part() == Part.PREFIX) {
                groups.add(0, current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            if (groups.isEmpty()) {
                return List.of();
            }
            groups.get(0).addAll(current); // a trailing name belongs to the last office
        }
        return groups;
    }

    /** Head-first: each head opens a group; adjectives before it join it. */
    private static List<List<Item>> headFirstGroups(List<Item> items) {
        List<List<Item>> groups = new ArrayList<>();
        List<Item> pendingAdj = new ArrayList<>();
        for (Item it : items) {
            if (it.part() == Part.HEAD || it.part() == Part.PREFIX) {
                List<Item> g = new ArrayList<>(pendingAdj);
                g.add(it);
                groups.add(g);
                pendingAdj.clear();
            } else if (it.part() == Part.ADJ) {
                pendingAdj.add(it);
            } else if (groups.isEmpty()) {
                return List.of(); // a name before any office is not a title of this shape
            } else {
                groups.get(groups.size() - 1).add(it);
            }
        }
        return groups;
    }

    /** Adjectives, the head, then "of" what it is about, then "of" the country or body. */
    private static String render(List<Item> group) {
        StringBuilder sb = new StringBuilder();
        for (Item it : group) {
            if (it.part() == Part.ADJ) {
                sb.append(it.english()).append(' ');
            }
        }
        for (Item it : group) {
            if (it.part() == Part.HEAD || it.part() == Part.PREFIX) {
                sb.append(it.english());
            }
        }
        for (Part p : new Part[] {Part.MOD, Part.NAME, Part.HOST}) {
            for (Item it : group) {
                if (it.part() == p) {
                    sb.append(p == Part.HOST ? " to " : " of ").append(it.english());
                }
            }
        }
        return sb.toString();
    }

    /** More words, or as many with longer keys: {@code вазирлиг*} before {@code вазир*}. */
    private static boolean longer(Entry a, Entry b) {
        if (a.words().size() != b.words().size()) {
            return a.words().size() > b.words().size();
        }
        int la = a.words().stream().mapToInt(w -> w.key().length()).sum();
        int lb = b.words().stream().mapToInt(w -> w.key().length()).sum();
        return la > lb;
    }

    private static Entry match(Table t, List<String> keys, int i) {
        String k = keys.get(i);
        if (k.isEmpty()) {
            return null;
        }
        Entry best = null;
        for (Entry e : t.byFirstChar().getOrDefault(k.charAt(0), List.of())) {
            List<CueLexicon.Word> ws = e.words();
            if (i + ws.size() > keys.size() || best != null && !longer(e, best)) {
                continue;
            }
            boolean ok = true;
            for (int j = 0; j < ws.size() && ok; j++) {
                ok = ws.get(j).matches(keys.get(i + j));
            }
            if (ok) {
                best = e;
            }
        }
        return best;
    }
}
