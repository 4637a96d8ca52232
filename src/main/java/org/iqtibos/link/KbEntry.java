package org.iqtibos.link;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.iqtibos.result.EntityType;

/**
 * One knowledge-base entry: a person, organization or place with its English name and its names by language.
 *
 * @param id      a Wikidata QID where known, {@code geonames:NNN} for GeoNames records, else a stable slug
 * @param name    the name English-language press uses
 * @param aliases names by language tag ({@code en}, {@code ru}, {@code uz-Cyrl}, {@code uz-Latn}, {@code kk},
 *                {@code ky}; {@code und} for GeoNames' untagged alternate names), in insertion order
 * @param role    for persons, their office (English); {@link #COUNTRY} for a country; {@link #STATE_BODY} for an
 *                organ of a state; else null
 */
public record KbEntry(String id, EntityType type, String name, Map<String, List<String>> aliases, String role) {
    public KbEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        aliases.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        aliases = Collections.unmodifiableMap(copy);
    }

    /** The role of a country's entry: news names state bodies after their country (Government of Russia). */
    public static final String COUNTRY = "country";

    /** The role of an organ of a state (Government of Russia): its name names its country as a place. */
    public static final String STATE_BODY = "state body";

    /** True for an organ of a state. */
    public boolean isStateBody() {
        return type == EntityType.ORGANIZATION && STATE_BODY.equals(role);
    }

    /** True for a country. */
    public boolean isCountry() {
        return type == EntityType.PLACE && COUNTRY.equals(role);
    }

    /** Every alias of every language, without repeats, in insertion order. */
    public List<String> allAliases() {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        aliases.values().forEach(out::addAll);
        return List.copyOf(out);
    }
}
