package org.iqtibos.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

class PredicateTableTest {
    @Test
    void findsEveryStoredPredicateAndNothingElse() {
        Map<String, Context> map = new LinkedHashMap<>();
        for (int i = 0; i < 5000; i++) {
            map.put("ng=" + i, new Context(new int[] {i % 7}, new double[] {i}));
        }
        PredicateTable table = PredicateTable.of(map, 7).orElseThrow();
        map.forEach((k, v) -> assertThat(table.get(k)).isSameAs(v));
        assertThat(table.get("ng=5000")).isNull();
        assertThat(table.get("w=Тошкент")).isNull();
        assertThat(table.get("")).isNull();
    }

    @Test
    void addsAPredicatesWeightsToTheirOutcomes() {
        Map<String, Context> map = new LinkedHashMap<>();
        map.put("w=Almaty", new Context(new int[] {0, 2}, new double[] {1.5, -2.0}));
        map.put("suf=ty", new Context(new int[] {1}, new double[] {0.25}));
        PredicateTable table = PredicateTable.of(map, 3).orElseThrow();
        double[] scores = {1, 1, 1};
        table.addTo(scores, "w=Almaty");
        table.addTo(scores, "suf=ty");
        table.addTo(scores, "w=Astana");
        assertThat(scores).containsExactly(2.5, 1.25, -1.0);
    }

    @Test
    void fingerprintsAreNeverTheEmptySlotMarker() {
        assertThat(PredicateTable.fingerprint("")).isNotZero();
        assertThat(PredicateTable.fingerprint("po=other")).isNotEqualTo(PredicateTable.fingerprint("ppo=other"));
    }
}
