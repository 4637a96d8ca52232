package org.iqtibos.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFoldTest {
    @Test
    void nameKeysFoldCaseApostrophesAndNeighbourLetters() {
        assertThat(TextFold.nameKey("Oʻzbekiston")).isEqualTo(TextFold.nameKey("O’ZBEKISTON")).isEqualTo("o'zbekiston");
        assertThat(TextFold.nameKey("Тоқаев")).isEqualTo(TextFold.nameKey("Токаев")).isEqualTo("токаев");
        assertThat(TextFold.nameKey("Ёрдамчи")).isEqualTo("ердамчи");
        assertThat(TextFold.nameKey("Шайх\u2011Ҳасан")).isEqualTo("шайх-хасан");
    }

    @Test
    void nameKeysRepairLookAlikesByTheWordsMajorityScript() {
        // Cyrillic A in a Latin word, Latin K and a in a Cyrillic one
        assertThat(TextFold.nameKey("ASTANА")).isEqualTo("astana");
        assertThat(TextFold.nameKey("Kазан")).isEqualTo("казан");
        // Latin i is in models/text/confusables.tsv only: the table is read from the data
        assertThat(TextFold.nameKey("Бiлiм")).isEqualTo(TextFold.nameKey("Білім")).isEqualTo("билим");
        // a tie goes to Latin
        assertThat(TextFold.nameKey("Aс")).isEqualTo("ac");
    }

    @Test
    void cueKeysKeepTheLettersThatTellKazakhWordsApart() {
        assertThat(TextFold.cueKey("Ta’kidladi")).isEqualTo(TextFold.cueKey("taʼkidladi")).isEqualTo("ta'kidladi");
        assertThat(TextFold.cueKey("Айтқан")).isEqualTo("айтқан");
        assertThat(TextFold.cueKey("Её")).isEqualTo("ее");
    }

    @Test
    void gazetteerKeysWriteEveryApostropheAsTheModifierLetter() {
        assertThat(TextFold.gazetteerKey("Yo'lsoz")).isEqualTo(TextFold.gazetteerKey("yo`lsoz")).isEqualTo("yo\u02BClsoz");
        assertThat(TextFold.gazetteerKey("Ёрдам")).isEqualTo("ёрдам");
    }

    @Test
    void uzbekLatinApostrophesAreWrittenAsTheTransliterationWritesThem() {
        assertThat(TextFold.uzbekLatinApostrophes("G'alaba")).isEqualTo("G\u02BBalaba");
        assertThat(TextFold.uzbekLatinApostrophes("san\u2019at")).isEqualTo("san\u02BCat");
        assertThat(TextFold.uzbekLatinApostrophes("'qo'l")).isEqualTo("'qo\u02BBl");
        String plain = "Samarqand";
        assertThat(TextFold.uzbekLatinApostrophes(plain)).isSameAs(plain);
    }

    @Test
    void looseLatinKeysJoinRomanizationSystems() {
        assertThat(TextFold.looseLatinKey("Zhaziqbayev")).isEqualTo(TextFold.looseLatinKey("Jazykbaev"));
        assertThat(TextFold.looseLatinKey("Kho\u2018jayev  Ali")).isEqualTo("hojaev ali");
        assertThat(TextFold.looseLatinKey("Müller")).isEqualTo("muler");
        assertThat(TextFold.looseLatinKey("")).isEmpty();
    }

    @Test
    void apostrophesAreTheMarksNewsWritesInsideWords() {
        for (char c : "'’‘`ʻʼ".toCharArray()) {
            assertThat(TextFold.isApostrophe(c)).as("U+%04X", (int) c).isTrue();
        }
        assertThat(TextFold.isApostrophe('\u00B4')).isFalse();
        assertThat(TextFold.isApostrophe('-')).isFalse();
    }
}
