package org.iqtibos.ner.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iqtibos.internal.text.TextFold;
import org.junit.jupiter.api.Test;

class GazetteerFeatureGeneratorTest {
    private final Gazetteer gazetteer = new Gazetteer(Map.of(TextFold.gazetteerKey("Qoratepa"), "LOC", TextFold.gazetteerKey("Yo'lsoz"), "ORG"));

    private List<String> features(String... tokens) {
        List<String> out = new ArrayList<>();
        new GazetteerFeatureGenerator(gazetteer).createFeatures(out, tokens, 0, new String[0]);
        return out;
    }

    @Test
    void marksAWholeNameAndANameWithAGluedEnding() {
        assertThat(features("Qoratepa")).containsExactly("gaz=LOC");
        assertThat(features("Qoratepadagi")).containsExactly("gazp=LOC");
        assertThat(features("Qora")).isEmpty();
    }

    @Test
    void looksForGluedEndingsOnCapitalizedWordsOnly() {
        assertThat(features("qoratepadagi")).isEmpty();
        assertThat(features("qoratepa")).containsExactly("gaz=LOC");
    }

    @Test
    void matchesWhicheverApostropheTheTextUses() {
        assertThat(features("YO\u2018LSOZ")).containsExactly("gaz=ORG");
    }

    @Test
    void survivesTheModelSerializer() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Gazetteer.Serializer().serialize(gazetteer, out);
        Gazetteer back = new Gazetteer.Serializer().create(new ByteArrayInputStream(out.toByteArray()));
        assertThat(back.size()).isEqualTo(2);
        assertThat(back.kind(TextFold.gazetteerKey("Qoratepa"))).isEqualTo("LOC");
    }
}
