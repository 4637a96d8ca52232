package org.iqtibos.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.iqtibos.Language;
import org.iqtibos.Script;

/**
 * What an article holds: its language and script, its persons, organizations and places, its quotes and the
 * entities quoted. Plain immutable data; offsets index the string that was analysed.
 */
@JsonPropertyOrder({"language", "script", "persons", "organizations", "places", "speakers", "quotes"})
public record ArticleAnalysis(Language language, Script script, List<Entity> persons, List<Entity> organizations,
                              List<Entity> places, List<Quote> quotes) {
    public ArticleAnalysis {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(script, "script");
        persons = List.copyOf(persons);
        organizations = List.copyOf(organizations);
        places = List.copyOf(places);
        quotes = List.copyOf(quotes);
    }

    /** An analysis with nothing found. */
    public static ArticleAnalysis empty(Language language, Script script) {
        return new ArticleAnalysis(language, script, List.of(), List.of(), List.of(), List.of());
    }

    @JsonProperty("language")
    String languageCode() {
        return language.code();
    }

    @JsonProperty("script")
    String scriptCode() {
        return script.code();
    }

    @Override
    @JsonIgnore
    public Language language() {
        return language;
    }

    @Override
    @JsonIgnore
    public Script script() {
        return script;
    }

    /** The persons and organizations quoted at least once, in order of their first quote. */
    @JsonIgnore
    public List<Entity> speakers() {
        List<Entity> out = new ArrayList<>();
        for (Quote q : quotes) {
            if (q.speakerId() != null) {
                entity(q.speakerId()).filter(e -> !out.contains(e)).ifPresent(out::add);
            }
        }
        return List.copyOf(out);
    }

    /** The ids of {@link #speakers()}, as the JSON lists them. */
    @JsonProperty("speakers")
    List<String> speakerIds() {
        return speakers().stream().map(Entity::id).toList();
    }

    /** The entity with this id, if any. */
    public Optional<Entity> entity(String id) {
        for (List<Entity> list : List.of(persons, organizations, places)) {
            for (Entity e : list) {
                if (e.id().equals(id)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }
}
