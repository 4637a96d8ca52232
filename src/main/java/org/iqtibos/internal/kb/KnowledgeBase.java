package org.iqtibos.internal.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.result.EntityType;

/**
 * The knowledge base of {@code models/kb/kb.tsv.gz}: persons, organizations and places with their names in the
 * region's languages and scripts, found in O(1) by {@link NameKey} (case, look-alike letters and apostrophes
 * folded). Entries come in priority order (curated first, then countries, organizations, regions, cities by
 * population, politicians), so the first entry of a lookup is the likeliest.
 *
 * <p>Immutable once loaded (entries are parsed lazily, idempotently) and thread-safe.
 */
public final class KnowledgeBase {
    /** The file {@code train kb} writes, relative to {@code models/}. */
    public static final String PATH = "kb/kb.tsv.gz";
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static final Pattern GEONAMES_ID = Pattern.compile("geonames:[1-9][0-9]*");

    /**
     * What one key names: its entries (likeliest first), whether it is an acronym ({@code КХШТ}, {@code UzA}: a
     * text must write it with capitals to mean the entry) and whether it comes only from GeoNames' untagged
     * alternate names ("weak"). Entries are parsed from their line when first asked for.
     */
    public static final class Alias {
        private final KnowledgeBase kb;
        private final int[] ordinals;
        private final boolean acronym;
        private final boolean weak;

        private Alias(KnowledgeBase kb, int[] ordinals, boolean acronym, boolean weak) {
            this.kb = kb;
            this.ordinals = ordinals;
            this.acronym = acronym;
            this.weak = weak;
        }

        /** The entries, likeliest first. */
        public List<KbEntry> entries() {
            List<KbEntry> out = new ArrayList<>(ordinals.length);
            for (int o : ordinals) {
                out.add(kb.entryAt(o));
            }
            return Collections.unmodifiableList(out);
        }

        /** The likeliest entry. */
        public KbEntry first() {
            return kb.entryAt(ordinals[0]);
        }

        /** True when every alias with this key is an acronym. */
        public boolean acronym() {
            return acronym;
        }

        /** True when the key comes only from GeoNames' untagged alternate names. */
        public boolean weak() {
            return weak;
        }
    }

    private final String[] lines;
    // entries are parsed on first use: most of the file is never looked at by one run, and parsing every line
    // would double the loading time; the array is filled idempotently, so racing threads agree
    private final AtomicReferenceArray<KbEntry> parsed;
    private final Map<String, Integer> ordinalById;
    private final Map<String, Alias> byKey = new HashMap<>();
    private final Set<String> prefixes = new HashSet<>();
    private int maxTokens = 1;

    /** Entry {@code lines}, each checked (its line number in the file at the same index of {@code numbers}). */
    private KnowledgeBase(List<String> lines, int[] numbers) {
        this.lines = lines.toArray(String[]::new);
        this.parsed = new AtomicReferenceArray<>(this.lines.length);
        Map<String, Integer> ids = new HashMap<>(this.lines.length * 2);
        for (int i = 0; i < this.lines.length; i++) {
            String wrong = malformed(this.lines[i]);
            if (wrong != null) {
                throw new IllegalStateException("models/" + PATH + " line " + numbers[i] + ": " + wrong + " in '"
                        + this.lines[i] + "'");
            }
            ids.putIfAbsent(this.lines[i].substring(0, this.lines[i].indexOf('\t')), i);
        }
        this.ordinalById = ids;
    }

    /**
     * What is wrong with an entry line, or null: the checks of {@link #parseEntry} without building the entry, so
     * that a broken line fails at loading, not at the first lookup that reaches it.
     */
    private static String malformed(String line) {
        int t1 = line.indexOf('\t');
        int t2 = t1 < 0 ? -1 : line.indexOf('\t', t1 + 1);
        int t3 = t2 < 0 ? -1 : line.indexOf('\t', t2 + 1);
        if (t1 <= 0 || t3 < 0) {
            return "expected at least 4 fields";
        }
        String type = line.substring(t1 + 1, t2);
        if (Arrays.stream(EntityType.values()).noneMatch(t -> t.name().equals(type))) {
            return "unknown type '" + type + "'";
        }
        for (int from = line.indexOf('\t', t3 + 1); from >= 0; ) {
            int next = line.indexOf('\t', from + 1);
            int colon = line.indexOf(':', from + 1);
            if (colon <= from + 1 || next >= 0 && colon > next) {
                return "bad alias field '" + line.substring(from + 1, next < 0 ? line.length() : next) + "'";
            }
            from = next;
        }
        return null;
    }

    private KbEntry entryAt(int ordinal) {
        KbEntry e = parsed.get(ordinal);
        if (e == null) {
            e = parseEntry(lines[ordinal]);
            parsed.compareAndSet(ordinal, null, e);
            e = parsed.get(ordinal);
        }
        return e;
    }

    /** Loads {@value #PATH} from {@code files}; fails naming the file when it is missing or malformed. */
    public static KnowledgeBase load(ModelFiles files) {
        Objects.requireNonNull(files, "files");
        try (InputStream raw = files.open(PATH);
             BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16),
                     StandardCharsets.UTF_8), 1 << 16)) {
            return parse(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model file models/" + PATH, e);
        }
    }

    /**
     * Reads the TSV lines of a knowledge base (the format {@code train kb} writes). Lines starting with {@code =}
     * hold the precomputed keys ({@code =key TAB flags TAB ordinals}, see {@link #keyLines()}); without them the
     * keys are computed from the aliases, which costs most of the loading time.
     */
    static KnowledgeBase parse(BufferedReader r) throws IOException {
        List<String> entryLines = new ArrayList<>(1 << 13);
        List<String> keyLines = new ArrayList<>(1 << 16);
        int[] numbers = new int[1 << 13];
        String line;
        for (int n = 1; (line = r.readLine()) != null; n++) {
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            if (line.charAt(0) == '=') {
                keyLines.add(line);
            } else {
                if (entryLines.size() == numbers.length) {
                    numbers = Arrays.copyOf(numbers, 2 * numbers.length);
                }
                numbers[entryLines.size()] = n;
                entryLines.add(line);
            }
        }
        KnowledgeBase kb = new KnowledgeBase(entryLines, numbers);
        if (keyLines.isEmpty()) {
            kb.computeKeys();
        } else {
            kb.readKeys(keyLines);
        }
        for (String key : kb.byKey.keySet()) {
            int sp = key.indexOf(' ');
            int tokens = 1;
            while (sp > 0) {
                kb.prefixes.add(key.substring(0, sp));
                tokens++;
                sp = key.indexOf(' ', sp + 1);
            }
            kb.maxTokens = Math.max(kb.maxTokens, tokens);
        }
        return kb;
    }

    private static KbEntry parseEntry(String line) {
        String[] f = line.split("\t", -1);
        if (f.length < 4) {
            throw new IllegalStateException("models/" + PATH + ": expected at least 4 fields in '" + line + "'");
        }
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (int i = 4; i < f.length; i++) {
            int colon = f[i].indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException("models/" + PATH + ": bad alias field '" + f[i] + "' in '" + line + "'");
            }
            aliases.put(f[i].substring(0, colon), List.of(f[i].substring(colon + 1).split("\\|")));
        }
        return new KbEntry(f[0], EntityType.valueOf(f[1]), f[2], aliases, f[3].isEmpty() ? null : f[3]);
    }

    private void readKeys(List<String> keyLines) {
        for (String line : keyLines) {
            int t1 = line.indexOf('\t');
            int t2 = line.indexOf('\t', t1 + 1);
            if (t1 < 0 || t2 < 0) {
                throw new IllegalStateException("models/" + PATH + ": bad key line '" + line + "'");
            }
            int n = 1;
            for (int i = t2 + 1; i < line.length(); i++) {
                if (line.charAt(i) == ',') {
                    n++;
                }
            }
            int[] ords = new int[n];
            int from = t2 + 1;
            for (int k = 0; k < n; k++) {
                int comma = line.indexOf(',', from);
                int to = comma < 0 ? line.length() : comma;
                try {
                    ords[k] = Integer.parseInt(line, from, to, 10);
                } catch (NumberFormatException e) {
                    throw new IllegalStateException("models/" + PATH + ": bad entry ordinal in key line '" + line + "'", e);
                }
                if (ords[k] < 0 || ords[k] >= lines.length) {
                    throw new IllegalStateException("models/" + PATH + ": entry ordinal out of range in '" + line + "'");
                }
                from = to + 1;
            }
            boolean acronym = line.indexOf('a', t1 + 1) >= 0 && line.indexOf('a', t1 + 1) < t2;
            boolean weak = line.indexOf('w', t1 + 1) >= 0 && line.indexOf('w', t1 + 1) < t2;
            byKey.put(line.substring(1, t1), new Alias(this, ords, acronym, weak));
        }
    }

    private void computeKeys() {
        Map<String, List<Integer>> ordsByKey = new LinkedHashMap<>(1 << 17);
        Map<String, boolean[]> flags = new HashMap<>(1 << 17); // [0] all acronyms, [1] all weak
        for (int o = 0; o < lines.length; o++) {
            KbEntry e = entryAt(o);
            if (ordinalById.get(e.id()) != o) {
                continue;
            }
            for (Map.Entry<String, List<String>> a : e.aliases().entrySet()) {
                boolean weak = a.getKey().equals("und");
                for (String alias : a.getValue()) {
                    String key = NameKey.of(alias);
                    if (key.isEmpty()) {
                        continue;
                    }
                    List<Integer> list = ordsByKey.computeIfAbsent(key, k -> new ArrayList<>(1));
                    if (!list.contains(o)) {
                        list.add(o);
                    }
                    boolean[] fl = flags.computeIfAbsent(key, k -> new boolean[] {true, true});
                    fl[0] &= isAcronym(alias);
                    fl[1] &= weak;
                }
            }
        }
        ordsByKey.forEach((k, v) -> byKey.put(k, new Alias(this, v.stream().mapToInt(Integer::intValue).toArray(),
                flags.get(k)[0], flags.get(k)[1])));
    }

    /**
     * The precomputed key lines {@code train kb} appends to the file ({@code =key TAB flags TAB ordinals}: flags
     * {@code a} when every alias with the key is an acronym, {@code w} when it comes only from untagged alternate
     * names, {@code -} for neither; ordinals count the entry lines from 0). They must be rebuilt whenever
     * {@link NameKey} changes.
     */
    public List<String> keyLines() {
        List<String> out = new ArrayList<>(byKey.size());
        List<String> keys = new ArrayList<>(byKey.keySet());
        Collections.sort(keys);
        for (String key : keys) {
            Alias a = byKey.get(key);
            StringBuilder sb = new StringBuilder("=").append(key).append('\t');
            String flags = (a.acronym ? "a" : "") + (a.weak ? "w" : "");
            sb.append(flags.isEmpty() ? "-" : flags).append('\t');
            for (int i = 0; i < a.ordinals.length; i++) {
                sb.append(i == 0 ? "" : ",").append(a.ordinals[i]);
            }
            out.add(sb.toString());
        }
        return out;
    }

    /** Parses knowledge-base lines without precomputed keys (for {@code train kb}). */
    public static KnowledgeBase parseLines(List<String> lines) {
        try {
            return parse(new BufferedReader(new java.io.StringReader(String.join("\n", lines))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * True for a one-word alias written mostly in capitals: {@code КХШТ}, {@code UN}, {@code UzA},
     * {@code KXShT} (at least two capitals and no run of three lower-case letters).
     */
    public static boolean isAcronym(String alias) {
        if (alias.indexOf(' ') >= 0) {
            return false;
        }
        int upper = 0;
        int lowerRun = 0;
        int maxLowerRun = 0;
        for (int i = 0; i < alias.length(); i++) {
            char c = alias.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
                lowerRun = 0;
            } else if (Character.isLowerCase(c)) {
                lowerRun++;
                maxLowerRun = Math.max(maxLowerRun, lowerRun);
            }
        }
        return upper >= 2 && maxLowerRun < 3;
    }

    /** The entries that {@code surface} names (as written: no base forms), likeliest first; empty when none. */
    public List<KbEntry> lookup(String surface) {
        Objects.requireNonNull(surface, "surface");
        Alias a = byKey.get(NameKey.of(surface));
        return a == null ? List.of() : a.entries();
    }

    /** What the {@link NameKey} {@code key} names, or null. */
    public Alias alias(String key) {
        return byKey.get(key);
    }

    /** True when some multi-word alias key starts with the words of {@code key} (and goes on). */
    public boolean isPrefix(String key) {
        return prefixes.contains(key);
    }

    /** The entry with this id, or null. */
    public KbEntry entry(String id) {
        Integer o = ordinalById.get(id);
        StateBodyId body = o == null ? StateBodyId.parse(id) : null;
        if (body != null) {
            return composedStateBody(body);
        }
        if (o == null && id.startsWith(DESCRIBED_BODY)) {
            String name = id.substring(DESCRIBED_BODY.length());
            return new KbEntry(id, EntityType.ORGANIZATION, name, Map.of("en", List.of(name)), null);
        }
        if (o == null && id.startsWith(DESCRIBED_PLACE)) {
            String name = id.substring(DESCRIBED_PLACE.length());
            return new KbEntry(id, EntityType.PLACE, name, Map.of("en", List.of(name)), null);
        }
        return o == null ? null : entryAt(o);
    }

    /** True for a Wikidata QID ({@code Q458}). */
    public static boolean isQid(String id) {
        return id != null && QID.matcher(id).matches();
    }

    /**
     * The id printed as an entity's {@code kbId}: a Wikidata QID (the builder takes QIDs only from a source file
     * that states them) or a GeoNames id ({@code geonames:1526273}); null for the knowledge base's own keys (slugs,
     * SupraVerden and EveryPolitician keys, composed state bodies), which only merge rows and mentions.
     */
    public static String publicId(String id) {
        return isQid(id) || id != null && GEONAMES_ID.matcher(id).matches() ? id : null;
    }

    /** The role of a news outlet or agency ({@code models/kb/curated/outlets.tsv}). */
    public static final String OUTLET_ROLE = KbEntry.Kind.NEWS_OUTLET.role();

    /**
     * The id of a state body the knowledge base does not list, {@code body:<English>@<country id>} or, for a body
     * of some country the text does not say, {@code body:<English>}: what {@link #stateBodyId} writes and
     * {@link #parse} reads back, the one place that knows the id's shape.
     *
     * @param english   the body's English name without its country ({@code Ministry of Foreign Affairs})
     * @param countryId the knowledge-base id of its country, or null
     */
    public record StateBodyId(String english, String countryId) {
        private static final String PREFIX = "body:";

        public StateBodyId {
            Objects.requireNonNull(english, "english");
        }

        /** The state-body id {@code id} stands for, or null when it is no composed id. */
        public static StateBodyId parse(String id) {
            if (id == null || !id.startsWith(PREFIX)) {
                return null;
            }
            int at = id.indexOf('@');
            return new StateBodyId(id.substring(PREFIX.length(), at < 0 ? id.length() : at), at < 0 ? null : id.substring(at + 1));
        }

        /** The id as the knowledge base and the mentions carry it. */
        public String id() {
            return PREFIX + english + (countryId == null ? "" : "@" + countryId);
        }
    }

    /**
     * The id of a state body the knowledge base does not list: {@code body:<English>@<country id>} names
     * "{@code <English> of <Country>}"; without a country ({@code body:<English>}) it is a body of some country the
     * text does not say. {@link #entry} composes the entry of such an id.
     */
    public static String stateBodyId(String english, KbEntry country) {
        return new StateBodyId(english, country == null ? null : country.id()).id();
    }

    /** How ids composed by {@link #describedBodyId} start. */
    public static final String DESCRIBED_BODY = "described:";

    /**
     * The id of an organization the knowledge base does not list, named in English by its description
     * ({@code National Press Center of Uzbekistan}): mentions with one such name are one entity, which has that
     * name but no printed id.
     */
    public static String describedBodyId(String english) {
        Objects.requireNonNull(english, "english");
        return DESCRIBED_BODY + english;
    }

    /** How ids composed by {@link #describedPlaceId} start. */
    public static final String DESCRIBED_PLACE = "described-place:";

    /**
     * The id of a place the knowledge base does not list, named in English by its name and unit ({@code Yashnobod
     * District}): mentions with one such name are one entity, which has that name but no printed id.
     */
    public static String describedPlaceId(String english) {
        Objects.requireNonNull(english, "english");
        return DESCRIBED_PLACE + english;
    }

    /** True for an id composed here ({@link #describedBodyId}, {@link #describedPlaceId}): no record of its own. */
    public static boolean isDescribed(String id) {
        return id.startsWith(DESCRIBED_BODY) || id.startsWith(DESCRIBED_PLACE);
    }

    private KbEntry composedStateBody(StateBodyId body) {
        String name = body.english();
        if (body.countryId() != null) {
            KbEntry country = entry(body.countryId());
            if (country == null) {
                return null;
            }
            name = body.english() + " of " + country.name();
        }
        return new KbEntry(body.id(), EntityType.ORGANIZATION, name, Map.of("en", List.of(name)), KbEntry.Kind.STATE_BODY.role());
    }

    /** The most words any alias has. */
    public int maxTokens() {
        return maxTokens;
    }

    /** Number of entries. */
    public int size() {
        return ordinalById.size();
    }
}
