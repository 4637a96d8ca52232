package org.iqtibos.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One real-world person, organization or place of an article, with every mention of it.
 *
 * @param id       unique within the analysis: P1, O2, L3 ...
 * @param name     the English/Latin name the English-language press uses
 * @param kbId     a Wikidata QID that a source file states, else a GeoNames id ({@code geonames:N}) for a place;
 *                 null when the entity is not linked or its knowledge-base row has neither
 * @param aliases  other names of the entity in the knowledge base (empty when not linked)
 * @param role     a person's office as the article or the knowledge base states it; an organization's kind in
 *                 the knowledge base ({@code state body}, {@code news outlet}); else null
 * @param mentions the occurrences, in text order; never empty
 */
@JsonPropertyOrder({"id", "name", "type", "kbId", "role", "aliases", "mentions"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Entity(String id, EntityType type, String name, String kbId, List<String> aliases, String role,
                     List<Mention> mentions) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("entity " + id + " has no mentions");
        }
    }

    /** The type, kept out of the JSON since each type has its own list there. */
    @Override
    @JsonIgnore
    public EntityType type() {
        return type;
    }
}
