package org.iqtibos.result;

import com.fasterxml.jackson.annotation.JsonValue;

/** Direct (verbatim) or indirect (reported with a speech verb) quote. */
public enum QuoteType {
    DIRECT, INDIRECT;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
