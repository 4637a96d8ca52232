package org.iqtibos.internal.ner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The name finder's features of a token as rows of its {@link PredicateTable}, in the order (and so with the
 * floating-point sums) of the model's own feature generator, at a fraction of its cost.
 *
 * <p>Why: OpenNLP's {@code WindowFeatureGenerator} runs its inner generator again for each neighbour of each token
 * (token class, lower case, shape, script and gazetteer five or three times per token) and builds a new string for
 * every feature. Here the model's descriptor ({@code generator.featuregen}) is read as a list of parts: a generator
 * that reads only the token itself (token class, lower-cased token, shape, prefixes, suffixes, n-grams, gazetteer),
 * such a generator in a window, or the sentence-position generator. Each part's generator is OpenNLP's own, made
 * from the part's element of the descriptor, so the feature strings are its own; what is computed once per distinct
 * token (and memoized per thread) is the table row of every feature the token contributes, with each window
 * prefix ({@code p1}, {@code n2}, …). A token's features are then its own rows and its neighbours' rows, read in
 * the order the window generator would produce them.
 *
 * <p>{@link #of} declines (null: decode with the generator) a descriptor with any other generator, and checks the
 * composed feature strings against the model's generator on probe sentences. The plan is immutable and shared;
 * the {@link Memo} of rows is one per thread.
 */
final class FeatureRows {
    private static final String WINDOW = "opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory";
    private static final String SENTENCE = "opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory";
    /** Generators whose features of token i depend on tokens[i] alone. */
    private static final Set<String> TOKEN_LOCAL = Set.of(
            "opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory",
            "opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory",
            "opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory",
            "opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory",
            "org.iqtibos.ner.features.LowerTokenFeatureGeneratorFactory",
            "org.iqtibos.ner.features.WordShapeFeatureGeneratorFactory",
            "org.iqtibos.ner.features.CharNgramFeatureGeneratorFactory",
            "org.iqtibos.ner.features.GazetteerFeatureGeneratorFactory");
    private static final String[][] PROBES = {
        {"Президент", "Шавкат", "Мирзиёев", "O'zbekiston", "Respublikasi", "Prezidenti", "«", "ЎзА", "»", "хабар", "берди", "."},
        {"UN", "Secretary-General", "said", "on", "12", "March", "2024", ":", "Tashkent", "Qozog‘istonda", "ҚР", "x"},
        {"Астана"},
    };
    /** Tokens longer than this are not memoized (a word of thousands of letters has thousands of n-grams). */
    private static final int MEMO_TOKEN_LENGTH = 64;
    private static final int MEMO_SIZE = 1 << 15;

    /** One generator of the descriptor: {@code prev} and {@code next} window widths; positional if it reads the index. */
    private record Part(AdaptiveFeatureGenerator generator, int prev, int next, boolean positional, int firstSlot) {
    }

    private final Part[] parts;
    /** The prefix of each slot: a token's features of one part with one window prefix. */
    private final String[] slotPrefix;
    private final PredicateTable table;

    private FeatureRows(Part[] parts, String[] slotPrefix, PredicateTable table) {
        this.parts = parts;
        this.slotPrefix = slotPrefix;
        this.table = table;
    }

    /** The plan of {@code model}'s features over {@code table}, or null when its descriptor has other generators. */
    static FeatureRows of(TokenNameFinderModel model, PredicateTable table) {
        if (table == null || !(model.getArtifact("generator.featuregen") instanceof byte[] descriptor)) {
            return null;
        }
        try {
            FeatureRows plan = parse(descriptor, model);
            return plan != null && plan.agreesWith(model.getFactory().createFeatureGenerators()) ? plan : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static FeatureRows parse(byte[] descriptor, TokenNameFinderModel model) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setExpandEntityReferences(false);
        Element root = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(descriptor)).getDocumentElement();
        if (!"featureGenerators".equals(root.getTagName())) {
            return null;
        }
        List<Part> parts = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        for (Element g : children(root, "generator")) {
            String cls = g.getAttribute("class");
            int prev = 0;
            int next = 0;
            Element inner = g;
            if (WINDOW.equals(cls)) {
                List<Element> nested = children(g, "generator");
                Map<String, String> ints = params(g, "int");
                if (nested.size() != 1 || !ints.containsKey("prevLength") || !ints.containsKey("nextLength")) {
                    return null;
                }
                inner = nested.get(0);
                prev = Integer.parseInt(ints.get("prevLength").trim());
                next = Integer.parseInt(ints.get("nextLength").trim());
                if (prev < 0 || next < 0) {
                    return null;
                }
            }
            String innerClass = inner.getAttribute("class");
            boolean positional = SENTENCE.equals(innerClass) && inner == g;
            if (!positional && !TOKEN_LOCAL.contains(innerClass)) {
                return null;
            }
            parts.add(new Part(generator(inner, model), prev, next, positional, prefixes.size()));
            if (!positional) {
                prefixes.add("");
                for (int k = 1; k <= prev; k++) {
                    prefixes.add("p" + k);
                }
                for (int k = 1; k <= next; k++) {
                    prefixes.add("n" + k);
                }
            }
        }
        return parts.isEmpty() ? null : new FeatureRows(parts.toArray(new Part[0]), prefixes.toArray(new String[0]), null);
    }

    private static List<Element> children(Element e, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element el && tag.equals(el.getTagName())) {
                out.add(el);
            }
        }
        return out;
    }

    private static Map<String, String> params(Element e, String tag) {
        Map<String, String> out = new HashMap<>();
        for (Element p : children(e, tag)) {
            out.put(p.getAttribute("name"), p.getTextContent());
        }
        return out;
    }

    /** OpenNLP's generator of one descriptor element, made as the model's own descriptor makes it. */
    private static AdaptiveFeatureGenerator generator(Element element, TokenNameFinderModel model) throws IOException {
        StringBuilder xml = new StringBuilder("<featureGenerators>");
        write(element, xml);
        xml.append("</featureGenerators>");
        return GeneratorFactory.create(new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)),
                model::getArtifact);
    }

    /** An element, its attributes, child elements and text, as XML (comments dropped). */
    private static void write(Element e, StringBuilder xml) {
        xml.append('<').append(e.getTagName());
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            xml.append(' ').append(a.getNodeName()).append("=\"").append(escape(a.getNodeValue())).append('"');
        }
        xml.append('>');
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                write(child, xml);
            } else if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                xml.append(escape(c.getNodeValue()));
            }
        }
        xml.append("</").append(e.getTagName()).append('>');
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The plan reading rows of {@code table}. */
    private FeatureRows over(PredicateTable t) {
        return new FeatureRows(parts, slotPrefix, t);
    }

    /** Whether the composed feature strings equal the model's generator's on the probe sentences. */
    private boolean agreesWith(AdaptiveFeatureGenerator model) {
        for (String[] tokens : PROBES) {
            String[] preds = new String[tokens.length];
            Arrays.fill(preds, NameFinderME.OTHER);
            for (int i = 0; i < tokens.length; i++) {
                List<String> expected = new ArrayList<>();
                model.createFeatures(expected, tokens, i, preds);
                if (!expected.equals(strings(tokens, i, preds))) {
                    return false;
                }
            }
            model.clearAdaptiveData();
        }
        return true;
    }

    /** The feature strings of token {@code i}, composed as {@link Memo#score} composes rows. */
    private List<String> strings(String[] tokens, int i, String[] preds) {
        List<String> out = new ArrayList<>();
        for (Part p : parts) {
            if (p.positional) {
                p.generator.createFeatures(out, tokens, i, preds);
                continue;
            }
            add(out, p, tokens, i, "");
            for (int k = 1; k <= p.prev; k++) {
                if (i - k >= 0) {
                    add(out, p, tokens, i - k, "p" + k);
                }
            }
            for (int k = 1; k <= p.next; k++) {
                if (i + k < tokens.length) {
                    add(out, p, tokens, i + k, "n" + k);
                }
            }
        }
        return out;
    }

    private static void add(List<String> out, Part p, String[] tokens, int j, String prefix) {
        List<String> own = new ArrayList<>();
        p.generator.createFeatures(own, new String[] {tokens[j]}, 0, new String[] {NameFinderME.OTHER});
        for (String f : own) {
            out.add(prefix + f);
        }
    }

    /** A per-thread memo of token rows over the plan of {@code model}; null when {@link #of} declines. */
    static Memo memo(FeatureRows plan, PredicateTable table) {
        return plan == null || table == null ? null : new Memo(plan.over(table));
    }

    /**
     * The rows of each token's features, memoized by token text (bounded; cleared when full). Not thread-safe.
     * An entry is one int array: slot offsets ({@code slots + 1} of them), then the rows of each slot in turn.
     */
    static final class Memo {
        private final FeatureRows plan;
        private final HashMap<String, int[]> entries = new HashMap<>();
        private final List<String> buffer = new ArrayList<>();
        private final String[] one = new String[1];
        private final String[] onePred = {NameFinderME.OTHER};

        private Memo(FeatureRows plan) {
            this.plan = plan;
        }

        /** The entry of each token of a sentence. */
        int[][] entries(String[] tokens) {
            int[][] out = new int[tokens.length][];
            for (int i = 0; i < tokens.length; i++) {
                String t = tokens[i];
                int[] e = entries.get(t);
                if (e == null) {
                    e = entry(t);
                    if (t.length() <= MEMO_TOKEN_LENGTH) {
                        if (entries.size() >= MEMO_SIZE) {
                            entries.clear();
                        }
                        entries.put(t, e);
                    }
                }
                out[i] = e;
            }
            return out;
        }

        private int[] entry(String token) {
            int slots = plan.slotPrefix.length;
            int[] rows = new int[slots + 1 + 64];
            int size = slots + 1;
            one[0] = token;
            for (Part p : plan.parts) {
                if (p.positional) {
                    continue;
                }
                buffer.clear();
                p.generator.createFeatures(buffer, one, 0, onePred);
                for (int s = p.firstSlot, end = p.firstSlot + 1 + p.prev + p.next; s < end; s++) {
                    rows[s] = size;
                    String prefix = plan.slotPrefix[s];
                    for (int f = 0, n = buffer.size(); f < n; f++) {
                        int row = plan.table.row(prefix, buffer.get(f));
                        if (row >= 0) {
                            if (size == rows.length) {
                                rows = Arrays.copyOf(rows, size * 2);
                            }
                            rows[size++] = row;
                        }
                    }
                }
            }
            rows[slots] = size;
            return Arrays.copyOf(rows, size);
        }

        /**
         * Adds the weights of token {@code i}'s features to {@code scores}, in the order of the model's generator;
         * {@code entries} are {@link #entries} of {@code tokens}, {@code preds} the previous outcomes.
         */
        void score(double[] scores, String[] tokens, int[][] entries, int i, String[] preds) {
            PredicateTable table = plan.table;
            for (Part p : plan.parts) {
                if (p.positional) {
                    buffer.clear();
                    p.generator.createFeatures(buffer, tokens, i, preds);
                    for (int f = 0, n = buffer.size(); f < n; f++) {
                        table.addTo(scores, buffer.get(f));
                    }
                    continue;
                }
                addSlot(table, scores, entries[i], p.firstSlot);
                for (int k = 1; k <= p.prev; k++) {
                    if (i - k >= 0) {
                        addSlot(table, scores, entries[i - k], p.firstSlot + k);
                    }
                }
                for (int k = 1; k <= p.next; k++) {
                    if (i + k < tokens.length) {
                        addSlot(table, scores, entries[i + k], p.firstSlot + p.prev + k);
                    }
                }
            }
        }

        private static void addSlot(PredicateTable table, double[] scores, int[] entry, int slot) {
            for (int r = entry[slot], end = entry[slot + 1]; r < end; r++) {
                table.addRow(scores, entry[r]);
            }
        }
    }
}
