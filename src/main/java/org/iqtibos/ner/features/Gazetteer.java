package org.iqtibos.ner.features;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;
import org.iqtibos.internal.text.TextFold;

/**
 * One-word names from gazetteers with their kinds ({@code LOC}, {@code ORG}, {@code LOC+ORG}), keyed by
 * {@link TextFold#gazetteerKey(String)}: lower case, apostrophes folded. Carried inside the name finder model as an artifact, so a
 * model needs no file beside it. Immutable.
 */
public final class Gazetteer implements SerializableArtifact {
    private final Map<String, String> kinds;

    /** A gazetteer of these keys and kinds. */
    public Gazetteer(Map<String, String> kinds) {
        this(new HashMap<>(Map.copyOf(kinds)));
    }

    /** Over {@code kinds}, which nobody else holds (not copied again: a model's gazetteer has some 65,000 entries). */
    private Gazetteer(HashMap<String, String> kinds) {
        this.kinds = Collections.unmodifiableMap(kinds);
    }

    /** The kind of a key, or null. */
    public String kind(String key) {
        return kinds.get(key);
    }

    public int size() {
        return kinds.size();
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return Serializer.class;
    }

    /** Writes and reads a gazetteer as sorted UTF-8 lines {@code key<TAB>kind}, so the same entries give the same bytes. */
    public static final class Serializer implements ArtifactSerializer<Gazetteer> {
        /**
         * Gazetteers already read, by the SHA-256 of their bytes: every name finder model carries the same one, which
         * is then parsed and held once. Weak values: a gazetteer no model uses any more can go.
         */
        private static final Map<String, WeakReference<Gazetteer>> READ = new HashMap<>();

        @Override
        public Gazetteer create(InputStream in) throws IOException {
            // not closed: the stream belongs to the model reader
            byte[] bytes = in.readAllBytes();
            String digest;
            try {
                digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this Java", e);
            }
            synchronized (READ) {
                WeakReference<Gazetteer> known = READ.get(digest);
                Gazetteer g = known == null ? null : known.get();
                if (g == null) {
                    g = parse(bytes);
                    READ.put(digest, new WeakReference<>(g));
                }
                return g;
            }
        }

        private static Gazetteer parse(byte[] bytes) throws IOException {
            HashMap<String, String> kinds = new HashMap<>(1 << 17);
            // a handful of kinds: one string each
            Map<String, String> kindNames = new HashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8), 1 << 16);
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    kinds.put(line.substring(0, tab), kindNames.computeIfAbsent(line.substring(tab + 1), k -> k));
                }
            }
            return new Gazetteer(kinds);
        }

        @Override
        public void serialize(Gazetteer artifact, OutputStream out) throws IOException {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            for (Map.Entry<String, String> e : new TreeMap<>(artifact.kinds).entrySet()) {
                w.write(e.getKey());
                w.write('\t');
                w.write(e.getValue());
                w.write('\n');
            }
            w.flush();
        }
    }
}
