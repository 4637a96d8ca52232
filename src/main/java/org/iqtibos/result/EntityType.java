package org.iqtibos.result;

/** The kinds of named entity iqtibos reports; {@link #tag()} is the CoNLL tag name. */
public enum EntityType {
    PERSON("PER", "P"), ORGANIZATION("ORG", "O"), PLACE("LOC", "L");

    private final String tag;
    private final String idPrefix;

    EntityType(String tag, String idPrefix) {
        this.tag = tag;
        this.idPrefix = idPrefix;
    }

    /** CoNLL tag: PER, ORG or LOC. */
    public String tag() {
        return tag;
    }

    /** Prefix of entity ids in an analysis: P1, O1, L1. */
    public String idPrefix() {
        return idPrefix;
    }

    /** The type for a CoNLL tag (PER, ORG, LOC; GPE counts as LOC). */
    public static EntityType fromTag(String tag) {
        switch (tag) {
            case "PER": case "PERSON": return PERSON;
            case "ORG": case "ORGANIZATION": case "ORGANISATION": return ORGANIZATION;
            case "LOC": case "GPE": case "LOCATION": return PLACE;
            default: throw new IllegalArgumentException("unknown entity tag: '" + tag + "'");
        }
    }
}
