package org.iqtibos.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes analyses as JSON in the schema of the evaluation README: {@code language}, {@code script},
 * {@code persons}, {@code organizations}, {@code places} (each entity with {@code id}, {@code name},
 * {@code mentions}), {@code speakers} (entity ids) and {@code quotes}. Thread-safe.
 *
 * <pre>{@code
 * String json = AnalysisJson.write(analysis, "article-1", false);
 * }</pre>
 */
public final class AnalysisJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private AnalysisJson() {
    }

    /** A mapper configured for iqtibos records (a copy: callers may configure it further). */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    /** The analysis as a JSON tree, with {@code id} first when it is not null. */
    public static ObjectNode tree(ArticleAnalysis analysis, String id) {
        ObjectNode node = MAPPER.createObjectNode();
        if (id != null) {
            node.put("id", id);
        }
        node.setAll((ObjectNode) MAPPER.valueToTree(analysis));
        return node;
    }

    /** The analysis as a JSON string; one line unless {@code pretty}. */
    public static String write(ArticleAnalysis analysis, String id, boolean pretty) {
        try {
            ObjectNode node = tree(analysis, id);
            return escapeLoneSurrogates(pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node)
                    : MAPPER.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write analysis as JSON", e);
        }
    }

    /**
     * JSON text with each lone surrogate (which can stand only inside a string) written as a backslash-u escape
     * escape: the text encodes to valid UTF-8 and reads back as the same strings, where UTF-8 encoders would put
     * a {@code ?} in its place.
     */
    public static String escapeLoneSurrogates(String json) {
        StringBuilder out = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            boolean lone = Character.isHighSurrogate(c)
                    ? i + 1 == json.length() || !Character.isLowSurrogate(json.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(json.charAt(i - 1)));
            if (lone && out == null) {
                out = new StringBuilder(json.length() + 16).append(json, 0, i);
            }
            if (lone) {
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? json : out.toString();
    }
}
