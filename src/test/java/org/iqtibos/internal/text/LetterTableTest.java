package org.iqtibos.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Letter-by-letter respelling keeps case, leaves unlisted characters and drops letters spelled as nothing. */
class LetterTableTest {
    private static final LetterTable TABLE = new LetterTable(Map.of('ш', "sh", 'ғ', "ǵ", 'ъ', "", 'а', "a"));

    @Test
    void respellsKeepingCase() {
        assertThat(TABLE.respell("шаш")).isEqualTo("shash");
        assertThat(TABLE.respell("Шаш")).isEqualTo("Shash");
        assertThat(TABLE.respell("ҒАШ")).isEqualTo("ǴASh");
    }

    @Test
    void leavesUnlistedCharactersAndDropsEmptySpellings() {
        assertThat(TABLE.respell("ъа-б *")).isEqualTo("a-б *");
        assertThat(TABLE.respell("Ъа")).isEqualTo("a");
        assertThat(TABLE.respell("")).isEmpty();
    }
}
