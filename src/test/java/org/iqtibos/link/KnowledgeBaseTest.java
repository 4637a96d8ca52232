package org.iqtibos.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.iqtibos.model.ModelFiles;
import org.iqtibos.result.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnowledgeBaseTest {
    private static final KnowledgeBase KB = KnowledgeBase.load(ModelFiles.directory(Path.of("models")));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "КХШТ, CSTO", "ОДКБ, CSTO", "ҰҚШҰ, CSTO", "KXShT, CSTO", "CSTO, CSTO",
        "СНГ, CIS", "ТМД, CIS", "МДҲ, CIS",
        "ШОС, SCO", "ШЫҰ, SCO", "ШҲТ, SCO",
        "ЕАЭС, EAEU", "ЕОИИ, EAEU",
        "ООН, UN", "БҰҰ, UN", "БМТ, UN",
        "Коллектив хавфсизлик шартномаси ташкилоти, CSTO",
        "Kollektiv xavfsizlik shartnomasi tashkiloti, CSTO",
        "Россия Федерацияси Ҳукумати, Government of Russia",
        "Правительство России, Government of Russia",
        "Токаев, Kassym-Jomart Tokayev", "Тоқаев, Kassym-Jomart Tokayev",
        "Астана, Astana", "ASTANА, Astana", "Тошкент, Tashkent", "Toshkent, Tashkent",
        "Қозоғистон, Kazakhstan", "Qozog‘iston, Kazakhstan", "Qozog'iston, Kazakhstan", "Oʻzbekiston, Uzbekistan",
        "Каzinform, Kazinform", "Мәскеу, Moscow",
    })
    void findsOneEntryUnderEverySpelling(String surface, String name) {
        assertThat(KB.lookup(surface)).isNotEmpty();
        assertThat(KB.lookup(surface).get(0).name()).isEqualTo(name);
    }

    @Test
    void generatesTheOtherUzbekScript() {
        KbEntry csto = KB.lookup("КХШТ").get(0);
        assertThat(csto.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(csto.aliases().get("uz-Latn")).contains("Kollektiv xavfsizlik shartnomasi tashkiloti");
        assertThat(csto.id()).isEqualTo("Q318693");
    }

    @Test
    void foldsLookAlikeLettersAndApostrophes() {
        assertThat(NameKey.of("ASTANА")).isEqualTo(NameKey.of("Astana"));
        assertThat(NameKey.of("Oʻzbekiston")).isEqualTo(NameKey.of("O’zbekiston")).isEqualTo(NameKey.of("O'zbekiston"));
        assertThat(NameKey.of("Kun.uz")).isEqualTo(NameKey.of("Kun . uz"));
    }
}
