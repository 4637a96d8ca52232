package org.iqtibos.internal.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.iqtibos.internal.model.ModelFiles;
import org.junit.jupiter.api.Test;

/** The precomputed Uzbek Latin table is ICU's output for every entry the lexicons ask for, and lacks none. */
class UzbekLatinTableTest {

    @Test
    void tableGivesIcusLatinFormOfEveryLexiconEntry() {
        Map<String, String> icu = UzbekLatin.compute(ModelFiles.classpath());
        UzbekLatin shipped = UzbekLatin.load(ModelFiles.classpath());
        icu.forEach((cyrillic, latin) -> assertThat(shipped.apply(cyrillic)).as(cyrillic).isEqualTo(latin));
        assertThat(shipped.usedIcu())
                .as("models/quote/uz-latin.tsv lacks entries: run `java -jar target/iqtibos.jar train latin`")
                .isFalse();
    }

    @Test
    void anEntryTheTableLacksIsTransliterated() {
        UzbekLatin empty = UzbekLatin.icuOnly();
        assertThat(empty.apply("ўзбек тили")).isEqualTo("oʻzbek tili");
        assertThat(empty.usedIcu()).isTrue();
    }
}
