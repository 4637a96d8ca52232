package org.iqtibos.internal.link;

import java.util.ArrayList;
import java.util.List;
import org.iqtibos.result.EntityType;

/** The mentions of one entity while clustering, of one type, and the knowledge-base entry they link to if any. */
final class Cluster {
    final EntityType type;
    /** Position in the article's list of clusters: later clusters are tried first. */
    final int position;
    final List<Item> items = new ArrayList<>();
    String kbId;

    Cluster(EntityType type, int position) {
        this.type = type;
        this.position = position;
    }
}
