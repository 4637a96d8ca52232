package org.iqtibos.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A direct or indirect quote: the quoted words alone (no dash, quote marks or attribution), where they stand,
 * the speech cue that introduced them, and who said them.
 *
 * @param speakerId   id of a person or organization of the same analysis, or null when the text names no one
 * @param speaker     that entity's name, or null
 * @param speakerRole the speaker's role as the article states it, or null
 * @param cue         the speech verb or lead-in phrase, or null for a quote with no cue
 */
@JsonPropertyOrder({"text", "start", "end", "type", "speakerId", "speaker", "speakerRole", "cue"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Quote(String text, int start, int end, QuoteType type, String speakerId, String speaker,
                    @JsonInclude(JsonInclude.Include.NON_NULL) String speakerRole,
                    @JsonInclude(JsonInclude.Include.NON_NULL) Mention cue) {
    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (start < 0 || end < start || text.length() != end - start) {
            throw new IllegalArgumentException("bad quote span [" + start + ", " + end + ") for '" + text + "'");
        }
    }
}
