package org.iqtibos.result;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Direct (verbatim) or indirect (reported with a speech verb) quote. */
public enum QuoteType {
    DIRECT, INDIRECT;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
