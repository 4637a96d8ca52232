package org.iqtibos.internal.train;

import com.ibm.icu.text.Transliterator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.iqtibos.Language;
import org.iqtibos.internal.kb.KnowledgeBase;
import org.iqtibos.internal.kb.NameKey;
import org.iqtibos.internal.kb.KbEntry;
import org.iqtibos.internal.text.Romanizer;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.result.EntityType;

/**
 * Builds {@code models/kb/kb.tsv.gz} from the gazetteers of {@code ../shared/corpora} (gaz-geonames,
 * gaz-intl-orgs, gaz-politicians) and the curated files of {@code models/kb/curated/}. Uzbek aliases get their
 * other script from ICU ({@code uz_Cyrl-uz_Latn} and back). The output is deterministic: entries in a fixed
 * priority order, aliases in first-seen order, gzip without a timestamp.
 *
 * <p>Output line: {@code id TAB TYPE TAB name TAB role TAB lang:alias|alias TAB ...}.
 */
public final class KbBuilder {
    /** Countries of the region: all their GeoNames places are kept. */
    private static final Set<String> CENTRAL_ASIA = Set.of("KZ", "UZ", "KG", "TJ", "TM");
    /** Neighbours whose towns the region's news names often; kept from this population. */
    private static final Map<String, Integer> REGIONAL_FLOOR = Map.of("RU", 50_000, "BY", 20_000, "AM", 20_000,
            "AZ", 20_000, "GE", 20_000, "UA", 100_000, "AF", 50_000, "MN", 20_000, "CN", 500_000);
    /** Elsewhere only cities of this size and capitals. */
    private static final int WORLD_FLOOR = 300_000;
    /** Countries whose first-level regions are kept. */
    private static final Set<String> REGION_COUNTRIES = Set.of("KZ", "UZ", "KG", "TJ", "TM", "RU", "BY", "AM", "AZ",
            "GE", "UA", "AF", "MN");

    private final Path corpora;
    private final ModelFiles models;
    private final Transliterator cyrToLat;
    private final Transliterator latToCyr;
    private final Romanizer romanizer;

    /** A builder reading {@code corpora} (the folder holding gaz-geonames ...) and the curated files of {@code models}. */
    public KbBuilder(Path corpora, ModelFiles models) {
        this.corpora = Objects.requireNonNull(corpora, "corpora");
        this.models = Objects.requireNonNull(models, "models");
        this.cyrToLat = Transliterator.getInstance("uz_Cyrl-uz_Latn");
        // ICU's Latin-to-Cyrillic writes э after consonants where Uzbek Cyrillic writes е; this repairs it
        this.latToCyr = Transliterator.createFromRules("uz-latn-cyrl-fixed",
                "::uz_Latn-uz_Cyrl; [бвгджзйклмнпрстфхцчшқғҳў] { э > е ; [БВГДЖЗЙКЛМНПРСТФХЦЧШҚҒҲЎ] { э > е ;",
                Transliterator.FORWARD);
        this.romanizer = Romanizer.load(models);
    }

    /** A mutable entry while building. */
    private static final class Draft {
        final String id;
        EntityType type;
        String name;
        String role;
        final Map<String, LinkedHashSet<String>> aliases = new LinkedHashMap<>();
        long population;
        String country = "";

        Draft(String id, EntityType type, String name) {
            this.id = id;
            this.type = type;
            this.name = name;
        }

        void add(String lang, String alias) {
            String a = alias == null ? "" : alias.strip().replaceAll("\\s+", " ");
            if (a.isEmpty() || a.equals("-") || a.indexOf('|') >= 0 || a.indexOf('\t') >= 0 || a.indexOf(':') >= 0
                    && lang.equals("und")) {
                return;
            }
            aliases.computeIfAbsent(lang, k -> new LinkedHashSet<>()).add(a);
        }
    }

    /** Builds the knowledge base and writes it to {@code out}; returns the number of entries. */
    public int build(Path out) throws IOException {
        Set<String> commonWords = commonLowerCaseWords();
        Map<String, Draft> drafts = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();

        Map<String, Draft> countries = countries();
        Map<String, Draft> regions = regions();
        List<Draft> places = places(commonWords);
        Map<String, Draft> orgs = intlOrgs();

        // curated persons and organizations come first: they are what the region's news names most
        for (String file : List.of("kb/curated/persons.tsv", "kb/curated/organizations.tsv", "kb/curated/outlets.tsv")) {
            for (String[] row : curatedRows(file)) {
                if (KnowledgeBase.isQid(row[0]) && !orgs.containsKey(row[0])) {
                    throw new IllegalStateException("models/" + file + ": " + row[0] + " is a QID that no source file "
                            + "states (gaz-intl-orgs); give the row a slug instead");
                }
                Draft d = orgs.containsKey(row[0]) ? orgs.remove(row[0]) : new Draft(row[0], type(row[1], file), row[2]);
                d.name = row[2];
                d.role = row[3].equals("-") ? null : row[3];
                addCurated(d, row);
                put(drafts, order, d);
            }
        }
        // curated places enrich their GeoNames record, which then takes the curated row's priority
        Map<String, Draft> cityIndex = new HashMap<>();
        for (Draft p : places) {
            String cc = p.country;
            for (String n : List.of(p.name, p.aliases.getOrDefault("en", new LinkedHashSet<>()).stream().findFirst().orElse(p.name))) {
                cityIndex.putIfAbsent((n + "@" + cc).toLowerCase(Locale.ROOT), p);
            }
            for (String alt : p.aliases.getOrDefault("ascii", new LinkedHashSet<>())) {
                cityIndex.putIfAbsent((alt + "@" + cc).toLowerCase(Locale.ROOT), p);
            }
        }
        for (String[] row : curatedRows("kb/curated/places.tsv")) {
            String key = row[0];
            Draft d;
            if (key.startsWith("country:")) {
                d = countries.remove(key.substring(8));
            } else if (key.startsWith("region:")) {
                d = regions.remove(key.substring(7));
            } else if (key.startsWith("city:")) {
                d = cityIndex.get(key.substring(5).toLowerCase(Locale.ROOT));
                if (d != null) {
                    places.remove(d);
                }
            } else {
                d = null;
            }
            if (d == null) {
                d = new Draft(key.substring(key.indexOf(':') + 1).replaceAll("[^\\p{L}\\p{N}]+", "-").toLowerCase(Locale.ROOT),
                        EntityType.PLACE, row[2]);
            }
            if (!row[2].equals("-")) {
                d.name = row[2];
            }
            addCurated(d, row);
            put(drafts, order, d);
        }
        countries.values().forEach(d -> put(drafts, order, d));
        orgs.values().forEach(d -> put(drafts, order, d));
        regions.values().forEach(d -> put(drafts, order, d));
        places.sort(Comparator.comparingLong((Draft d) -> -d.population).thenComparing(d -> d.id));
        places.forEach(d -> put(drafts, order, d));
        politicians().forEach(d -> put(drafts, order, d));

        // Kazakh names also in Kazakh's Latin alphabet of 2021 (Қазақстан → Qazaqstan), as news in it writes them
        org.iqtibos.internal.quote.KazakhLatin kazakhLatin = org.iqtibos.internal.quote.KazakhLatin.load(models);
        List<String> lines = new ArrayList<>(order.size());
        for (String id : order) {
            Draft d = drafts.get(id);
            d.aliases.remove("ascii");
            LinkedHashSet<String> kazakh = d.aliases.get("kk");
            if (kazakh != null) {
                Set<String> all = new java.util.HashSet<>();
                d.aliases.values().forEach(all::addAll);
                for (String alias : List.copyOf(kazakh)) {
                    String latin = kazakhLatin.apply(alias);
                    if (!latin.equals(alias) && !all.contains(latin) && !latin.equals(d.name) && isLatin(latin)) {
                        kazakh.add(latin);
                    }
                }
            }
            StringBuilder sb = new StringBuilder();
            sb.append(d.id).append('\t').append(d.type.name()).append('\t').append(d.name).append('\t')
                    .append(d.role == null ? "" : d.role);
            for (Map.Entry<String, LinkedHashSet<String>> a : d.aliases.entrySet()) {
                if (!a.getValue().isEmpty()) {
                    sb.append('\t').append(a.getKey()).append(':').append(String.join("|", a.getValue()));
                }
            }
            lines.add(sb.toString());
        }
        // the lookup keys are computed here once, so that loading is a matter of reading them
        List<String> keyLines = KnowledgeBase.parseLines(lines).keyLines();
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out);
             GZIPOutputStream gz = new GZIPOutputStream(os, 1 << 16);
             BufferedWriter w = new BufferedWriter(new OutputStreamWriter(gz, StandardCharsets.UTF_8))) {
            w.write("# iqtibos knowledge base, written by `iqtibos train kb`: id TAB TYPE TAB name TAB role TAB lang:alias|alias ...\n");
            w.write("# then the lookup keys: =key TAB flags (a acronym, w weak, - none) TAB entry ordinals\n");
            w.write("# Sources: GeoNames (CC BY 4.0), SupraVerden (CC BY-SA 4.0), EveryPolitician, iqtibos curated files.\n");
            for (String l : lines) {
                w.write(l);
                w.write('\n');
            }
            for (String l : keyLines) {
                w.write(l);
                w.write('\n');
            }
        }
        return order.size();
    }

    /** True when every letter of {@code s} is Latin (a Kazakh name fully transliterated). */
    private static boolean isLatin(String s) {
        return s.codePoints().filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    private static void put(Map<String, Draft> drafts, List<String> order, Draft d) {
        if (drafts.putIfAbsent(d.id, d) == null) {
            order.add(d.id);
        }
    }

    private static EntityType type(String t, String file) {
        switch (t) {
            case "PER": return EntityType.PERSON;
            case "ORG": return EntityType.ORGANIZATION;
            case "LOC": return EntityType.PLACE;
            default: throw new IllegalStateException("models/" + file + ": unknown type '" + t + "'");
        }
    }

    private List<String[]> curatedRows(String file) {
        List<String[]> rows = new ArrayList<>();
        for (String line : models.lines(file)) {
            String[] f = line.split("\t", -1);
            if (f.length != 9) {
                throw new IllegalStateException("models/" + file + ": expected 9 tab-separated columns in '" + line + "'");
            }
            rows.add(f);
        }
        return rows;
    }

    private void addCurated(Draft d, String[] row) {
        String[] langs = {"en", "ru", "uz", "kk", "ky"};
        for (int i = 0; i < langs.length; i++) {
            for (String a : row[4 + i].split("\\|")) {
                if (langs[i].equals("uz")) {
                    addUzbek(d, a);
                } else {
                    d.add(langs[i], a);
                }
            }
        }
    }

    /** An Uzbek alias in either script, with its twin in the other script. */
    private void addUzbek(Draft d, String alias) {
        String a = alias.strip();
        if (a.isEmpty() || a.equals("-")) {
            return;
        }
        if (hasCyrillic(a)) {
            d.add("uz-Cyrl", a);
            d.add("uz-Latn", cyrToLat.transliterate(a));
        } else {
            d.add("uz-Latn", a);
            d.add("uz-Cyrl", latToCyr.transliterate(uzApostrophes(a)));
        }
    }

    /** ICU reads oʻ gʻ with U+02BB and the tutuq belgisi as U+02BC; news writes ' ‘ ’ ` for both. */
    private static String uzApostrophes(String s) {
        return s.replaceAll("(?<=[OoGg])['‘’`]", "\u02BB").replaceAll("['‘’`]", "\u02BC");
    }

    private static boolean hasCyrillic(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    // ---------------------------------------------------------------- GeoNames

    private Map<String, Draft> countries() throws IOException {
        Map<String, Draft> out = new TreeMap<>();
        for (String line : Files.readAllLines(corpora.resolve("gaz-geonames/countryInfo.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (line.startsWith("#") || f.length < 17) {
                continue;
            }
            Draft d = new Draft("geonames:" + f[16], EntityType.PLACE, f[4]);
            d.role = KbEntry.Kind.COUNTRY.role();
            d.add("en", f[4]);
            out.put(f[0], d);
        }
        for (String line : Files.readAllLines(corpora.resolve("gaz-geonames/country_names.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            Draft d = out.get(f[1]);
            if (d == null || f.length < 4) {
                continue;
            }
            switch (f[2]) {
                case "uz": addUzbek(d, f[3]); break;
                case "en": case "ru": case "kk": case "ky": d.add(f[2], f[3]); break;
                default: break;
            }
        }
        return out;
    }

    private Map<String, Draft> regions() throws IOException {
        Map<String, Draft> out = new TreeMap<>();
        for (String line : Files.readAllLines(corpora.resolve("gaz-geonames/regionInfo.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (line.startsWith("#") || f.length < 4 || f[0].length() < 2) {
                continue;
            }
            String cc = f[0].substring(0, 2);
            if (!REGION_COUNTRIES.contains(cc)) {
                continue;
            }
            Draft d = new Draft("geonames:" + f[3], EntityType.PLACE, f[1]);
            d.add("en", f[1]);
            if (!f[2].equals(f[1])) {
                d.add("en", f[2]);
            }
            out.put(f[0], d);
        }
        return out;
    }

    private List<Draft> places(Set<String> commonWords) throws IOException {
        List<Draft> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(corpora.resolve("gaz-geonames/geonames_places.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            String cc = f[7];
            long pop = f[9].isEmpty() ? 0 : Long.parseLong(f[9]);
            boolean capital = f[6].equals("PPLC");
            boolean keep = capital || CENTRAL_ASIA.contains(cc) || pop >= REGIONAL_FLOOR.getOrDefault(cc, WORLD_FLOOR);
            if (!keep) {
                continue;
            }
            Draft d = new Draft("geonames:" + f[0], EntityType.PLACE, f[1]);
            d.population = pop;
            d.country = cc;
            d.add("en", f[1]);
            d.add("ascii", f[2]);
            for (String alt : f[3].split(",")) {
                if (usableAlternate(alt, commonWords)) {
                    d.add("und", alt);
                }
            }
            out.add(d);
        }
        return out;
    }

    /**
     * GeoNames' alternate names mix airport codes (TAS), lower-case romanizations of other scripts and towns
     * named like common words; only capitalized names that are not frequent lower-case words are kept.
     */
    private static boolean usableAlternate(String alt, Set<String> commonWords) {
        String a = alt.strip();
        if (a.length() < 3 || !Character.isUpperCase(a.codePointAt(0)) || a.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        if (KnowledgeBase.isAcronym(a)) {
            return false;
        }
        return a.indexOf(' ') >= 0 || !commonWords.contains(NameKey.word(a));
    }

    /**
     * Words the NER corpora write lower-case more often than capitalized, and the adjectives naming countries of
     * {@code kb/state-bodies.tsv} (GeoNames lists "Kazakh" among the names of Petropavl): not names by themselves.
     */
    private Set<String> commonLowerCaseWords() throws IOException {
        Set<String> out = new HashSet<>();
        for (String line : models.linesIfPresent("kb/state-bodies.tsv")) {
            if (line.startsWith("@demonym")) {
                String[] f = line.split("\\s+", 3);
                for (String pair : f.length < 3 ? new String[0] : f[2].split("\\|")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        out.add(NameKey.word(pair.substring(0, eq).strip()));
                    }
                }
            }
        }
        Map<String, int[]> counts = new HashMap<>();
        for (String file : List.of("kaznerd/dev.conll", "nerel/train.conll", "nerel/dev.conll", "factruEval2016/train.conll",
                "conll2003-en/train.conll")) {
            Path p = corpora.resolve(file);
            if (!Files.isRegularFile(p)) {
                continue;
            }
            try (var lines = Files.lines(p, StandardCharsets.UTF_8)) {
                lines.forEach(line -> {
                    int sp = line.indexOf(' ');
                    int tab = line.indexOf('\t');
                    int cut = sp < 0 ? tab : tab < 0 ? sp : Math.min(sp, tab);
                    if (cut <= 0) {
                        return;
                    }
                    String w = line.substring(0, cut);
                    if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                        return;
                    }
                    int[] c = counts.computeIfAbsent(NameKey.word(w), k -> new int[2]);
                    c[Character.isLowerCase(w.charAt(0)) ? 0 : 1]++;
                });
            }
        }
        counts.forEach((w, c) -> {
            if (c[0] >= 3 && c[0] >= c[1]) {
                out.add(w);
            }
        });
        return out;
    }

    // ---------------------------------------------------------------- organizations

    private Map<String, Draft> intlOrgs() throws IOException {
        Map<String, Draft> out = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(corpora.resolve("gaz-intl-orgs/intl_orgs_names.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length < 7) {
                continue;
            }
            String id = f[1].matches("Q\\d+") ? f[1] : f[2];
            String lang = f[4];
            if (!lang.equals("en") && !lang.equals("ru")) {
                continue;
            }
            Draft d = out.computeIfAbsent(id, k -> new Draft(k, EntityType.ORGANIZATION, f[0]));
            if (f[5].equals("Name_en")) {
                d.name = f[6].strip();
            }
            d.add(lang, f[6]);
        }
        return out;
    }

    // ---------------------------------------------------------------- politicians

    private List<Draft> politicians() throws IOException {
        List<Draft> out = new ArrayList<>();
        Path p = corpora.resolve("gaz-politicians/uzbekistan_legislative_chamber_names.txt");
        if (!Files.isRegularFile(p)) {
            return out;
        }
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            String[] w = line.strip().split("\\s+");
            if (w.length < 2) {
                continue;
            }
            String surname;
            String given;
            if (w.length >= 3 && isPatronymic(w[1]) && !isPatronymic(w[2])) {
                given = w[0];
                surname = w[w.length - 1];
            } else {
                surname = w[0];
                given = w[1];
            }
            String natural = given + " " + surname;
            Draft d = new Draft("everypolitician-uz:" + romanizer.romanize(surname + "-" + given, Language.UZ)
                    .toLowerCase(Locale.ROOT), EntityType.PERSON, romanizer.romanize(natural, Language.UZ));
            d.role = "Member of the Legislative Chamber of Uzbekistan";
            addUzbek(d, natural);
            addUzbek(d, line.strip());
            out.add(d);
        }
        return out;
    }

    private static boolean isPatronymic(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.endsWith("вич") || l.endsWith("вна") || l.endsWith("ўғли") || l.endsWith("қизи") || l.endsWith("ич");
    }

}
