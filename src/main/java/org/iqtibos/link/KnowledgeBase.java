package org.iqtibos.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.iqtibos.model.ModelFiles;
import org.iqtibos.result.EntityType;

/**
 * The knowledge base of {@code models/kb/kb.tsv.gz}: persons, organizations and places with their names in the
 * region's languages and scripts, found in O(1) by {@link NameKey} (case, look-alike letters and apostrophes
 * folded). Entries come in priority order (curated first, then countries, organizations, regions, cities by
 * population, politicians), so the first entry of a lookup is the likeliest.
 *
 * <p>Immutable and thread-safe.
 */
public final class KnowledgeBase {
    /** The file {@code train kb} writes, relative to {@code models/}. */
    public static final String PATH = "kb/kb.tsv.gz";

    /**
     * What one key names.
     *
     * @param entries the entries, likeliest first
     * @param acronym true when every alias with this key is an acronym ({@code КХШТ}, {@code UzA}): a text must
     *                write it with capitals to mean the entry
     * @param weak    true when the key comes only from GeoNames' untagged alternate names
     */
    public record Alias(List<KbEntry> entries, boolean acronym, boolean weak) {
        public Alias {
            entries = List.copyOf(entries);
        }
    }

    private final Map<String, Alias> byKey;
    private final Set<String> prefixes;
    private final Map<String, KbEntry> byId;
    private final int maxTokens;

    private KnowledgeBase(Map<String, Alias> byKey, Set<String> prefixes, Map<String, KbEntry> byId, int maxTokens) {
        this.byKey = byKey;
        this.prefixes = prefixes;
        this.byId = byId;
        this.maxTokens = maxTokens;
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

    /** Reads the TSV lines of a knowledge base (the format {@code train kb} writes). */
    static KnowledgeBase parse(BufferedReader r) throws IOException {
        Map<String, List<KbEntry>> entriesByKey = new HashMap<>(1 << 19);
        Map<String, boolean[]> flags = new HashMap<>(1 << 19); // [0] all acronyms, [1] all weak
        Map<String, KbEntry> byId = new LinkedHashMap<>();
        Set<String> prefixes = new HashSet<>();
        int maxTokens = 1;
        String line;
        int lineNo = 0;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 4) {
                throw new IllegalStateException("models/" + PATH + " line " + lineNo + ": expected at least 4 fields");
            }
            Map<String, List<String>> aliases = new LinkedHashMap<>();
            for (int i = 4; i < f.length; i++) {
                int colon = f[i].indexOf(':');
                if (colon <= 0) {
                    throw new IllegalStateException("models/" + PATH + " line " + lineNo + ": bad alias field '" + f[i] + "'");
                }
                aliases.put(f[i].substring(0, colon), List.of(f[i].substring(colon + 1).split("\\|")));
            }
            KbEntry e = new KbEntry(f[0], EntityType.valueOf(f[1]), f[2], aliases, f[3].isEmpty() ? null : f[3]);
            byId.putIfAbsent(e.id(), e);
            for (Map.Entry<String, List<String>> a : aliases.entrySet()) {
                boolean weak = a.getKey().equals("und");
                for (String alias : a.getValue()) {
                    String key = NameKey.of(alias);
                    if (key.isEmpty()) {
                        continue;
                    }
                    List<KbEntry> list = entriesByKey.computeIfAbsent(key, k -> new ArrayList<>(1));
                    if (!list.contains(e)) {
                        list.add(e);
                    }
                    boolean[] fl = flags.computeIfAbsent(key, k -> new boolean[] {true, true});
                    fl[0] &= isAcronym(alias);
                    fl[1] &= weak;
                    int sp = key.indexOf(' ');
                    int tokens = 1;
                    while (sp > 0) {
                        prefixes.add(key.substring(0, sp));
                        tokens++;
                        sp = key.indexOf(' ', sp + 1);
                    }
                    maxTokens = Math.max(maxTokens, tokens);
                }
            }
        }
        Map<String, Alias> byKey = new HashMap<>(entriesByKey.size() * 2);
        entriesByKey.forEach((k, v) -> byKey.put(k, new Alias(v, flags.get(k)[0], flags.get(k)[1])));
        return new KnowledgeBase(Collections.unmodifiableMap(byKey), Collections.unmodifiableSet(prefixes),
                Collections.unmodifiableMap(byId), maxTokens);
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
        return byId.get(id);
    }

    /** The most words any alias has. */
    public int maxTokens() {
        return maxTokens;
    }

    /** Number of entries. */
    public int size() {
        return byId.size();
    }
}
