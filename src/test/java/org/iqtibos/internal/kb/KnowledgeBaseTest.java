package org.iqtibos.internal.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iqtibos.internal.model.ModelFiles;
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

    @Test
    void precomputedKeysFindWhatComputedKeysFind() {
        List<String> lines = List.of(
                "x1\tPLACE\tSamplestan\tcountry\ten:Samplestan|Republic of Samplestan\tru:Сэмплстан\tuz-Cyrl:Сэмплистон",
                "x2\tORGANIZATION\tSample Union\t\ten:Sample Union|SU\tru:Союз образцов|СО",
                "x3\tPLACE\tOldtown\t\ten:Oldtown\tund:Sampleton|Сэмплстан");
        KnowledgeBase computed = KnowledgeBase.parseLines(lines);
        List<String> withKeys = new ArrayList<>(lines);
        withKeys.addAll(computed.keyLines());
        KnowledgeBase read = KnowledgeBase.parseLines(withKeys);
        assertThat(read.keyLines()).isEqualTo(computed.keyLines());
        for (String s : List.of("Samplestan", "republic of samplestan", "Сэмплстан", "Сэмплистон", "SU", "СО", "Sampleton")) {
            assertThat(read.lookup(s)).as(s).extracting(KbEntry::id)
                    .isEqualTo(computed.lookup(s).stream().map(KbEntry::id).toList()).isNotEmpty();
            String key = NameKey.of(s);
            assertThat(read.alias(key).acronym()).isEqualTo(computed.alias(key).acronym());
            assertThat(read.alias(key).weak()).isEqualTo(computed.alias(key).weak());
        }
        assertThat(read.lookup("Сэмплстан")).extracting(KbEntry::id).containsExactly("x1", "x3");
        assertThat(read.alias(NameKey.of("SU")).acronym()).isTrue();
        assertThat(read.alias(NameKey.of("Sampleton")).weak()).isTrue();
        assertThat(read.isPrefix(NameKey.of("Republic of"))).isTrue();
        assertThat(read.maxTokens()).isEqualTo(3);
        assertThat(read.entry("x2").aliases().get("ru")).containsExactly("Союз образцов", "СО");
    }

    @Test
    void composesTheEntryOfAStateBodyItDoesNotList() {
        KbEntry armenia = KB.lookup("Armenia").get(0);
        KbEntry body = KB.entry(KnowledgeBase.stateBodyId("Ministry of Culture", armenia));
        assertThat(body.name()).isEqualTo("Ministry of Culture of Armenia");
        assertThat(body.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(body.isStateBody()).isTrue();
        assertThat(KB.entry(KnowledgeBase.stateBodyId("Ministry of Culture", null)).name()).isEqualTo("Ministry of Culture");
    }

    @Test
    void stateBodyIdsReadBackWhatTheyWrite() {
        KbEntry armenia = KB.lookup("Armenia").get(0);
        String id = KnowledgeBase.stateBodyId("Ministry of Culture", armenia);
        assertThat(KnowledgeBase.StateBodyId.parse(id))
                .isEqualTo(new KnowledgeBase.StateBodyId("Ministry of Culture", armenia.id()));
        assertThat(KnowledgeBase.StateBodyId.parse(KnowledgeBase.stateBodyId("Ministry of Culture", null)).countryId()).isNull();
        assertThat(KnowledgeBase.StateBodyId.parse(armenia.id())).isNull();
        assertThat(KnowledgeBase.StateBodyId.parse(null)).isNull();
    }

    @Test
    void kindsComeFromTypeAndRole() {
        assertThat(KB.lookup("Armenia").get(0).kind()).isEqualTo(KbEntry.Kind.COUNTRY);
        assertThat(KB.entry(KnowledgeBase.stateBodyId("Ministry of Culture", null)).kind()).isEqualTo(KbEntry.Kind.STATE_BODY);
        // the word of a kind on an entry of another type is no kind: a person's office could read "country"
        assertThat(new KbEntry("x", EntityType.PERSON, "X", Map.of(), "country").kind()).isEqualTo(KbEntry.Kind.OTHER);
        assertThat(new KbEntry("y", EntityType.ORGANIZATION, "Y", Map.of(), "news outlet").kind()).isEqualTo(KbEntry.Kind.NEWS_OUTLET);
        assertThat(new KbEntry("z", EntityType.PLACE, "Z", Map.of(), null).kind()).isEqualTo(KbEntry.Kind.OTHER);
    }
}
