package org.iqtibos.internal.kb;

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
 * @param role    for persons, their office (English); for other entries the word of their {@link Kind}
 *                ({@code country}, {@code state body}, {@code news outlet}) or null: the role column of the file,
 *                printed as an organization's role
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

    /** What an entry is beyond its type, where a stage treats it apart. */
    public enum Kind {
        /** A country (a place): news names state bodies after their country (Government of Russia). */
        COUNTRY(EntityType.PLACE, "country"),
        /** An organ of a state (an organization): its name names its country as a place. */
        STATE_BODY(EntityType.ORGANIZATION, "state body"),
        /** A news outlet or agency (an organization, {@code models/kb/curated/outlets.tsv}). */
        NEWS_OUTLET(EntityType.ORGANIZATION, "news outlet"),
        /** Anything else. */
        OTHER(null, null);

        private final EntityType type;
        private final String role;

        Kind(EntityType type, String role) {
            this.type = type;
            this.role = role;
        }

        /** The word the knowledge base's role column and the JSON's {@code role} give this kind; null for {@link #OTHER}. */
        public String role() {
            return role;
        }
    }

    /** The kind of this entry, read from its type and role. */
    public Kind kind() {
        for (Kind k : KINDS) {
            if (is(k)) {
                return k;
            }
        }
        return Kind.OTHER;
    }

    /** True for an organ of a state. */
    public boolean isStateBody() {
        return is(Kind.STATE_BODY);
    }

    /** True for a country. */
    public boolean isCountry() {
        return is(Kind.COUNTRY);
    }

    // hot in the finders and the linker: no array copy of Kind.values() per call
    private static final Kind[] KINDS = {Kind.COUNTRY, Kind.STATE_BODY, Kind.NEWS_OUTLET};

    private boolean is(Kind k) {
        return k.type == type && k.role.equals(role);
    }

    /** Every alias of every language, without repeats, in insertion order. */
    public List<String> allAliases() {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        aliases.values().forEach(out::addAll);
        return List.copyOf(out);
    }
}
