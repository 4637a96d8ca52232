package org.iqtibos.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.iqtibos.Language;
import org.iqtibos.Script;
import org.iqtibos.internal.link.EntityLinker;
import org.iqtibos.internal.kb.KnowledgeBase;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.internal.morph.NameStemmer;
import org.iqtibos.result.Entity;
import org.iqtibos.result.EntityType;
import org.iqtibos.result.Mention;
import org.iqtibos.internal.segment.SegmentedText;
import org.iqtibos.internal.segment.Segmenter;
import org.junit.jupiter.api.Test;

class GazetteerFinderAndLinkerTest {
    private static final ModelFiles MODELS = ModelFiles.directory(Path.of("models"));
    private static final KnowledgeBase KB = KnowledgeBase.load(MODELS);
    private static final EntityLinker LINKER = EntityLinker.load(MODELS, KB);
    private static final Segmenter SEGMENTER = new Segmenter(Set.of());

    private static List<MentionCandidate> find(String text, Language lang) {
        return GazetteerFinder.create(KB, NameStemmer.load(MODELS, lang)).find(SEGMENTER.segment(text));
    }

    private static List<String> texts(String text, List<MentionCandidate> ms) {
        List<String> out = new ArrayList<>();
        ms.forEach(m -> out.add(text.substring(m.start(), m.end())));
        return out;
    }

    @Test
    void coversTheNamePartOfGluedUzbekEndings() {
        String t = "Тошкентда КХШТнинг йиғилиши бўлди. Вазир Минскда Қозоғистонга борди.";
        assertThat(texts(t, find(t, Language.UZ))).containsExactly("Тошкент", "КХШТ", "Минск", "Қозоғистон");
    }

    @Test
    void prefersTheLongestAliasAndReadsInflectedRussian() {
        String t = "В Министерстве иностранных дел России сообщили, что делегация прибыла в Астану.";
        List<MentionCandidate> ms = find(t, Language.RU);
        assertThat(texts(t, ms)).containsExactly("Министерстве иностранных дел России", "России", "Астану");
        assertThat(ms.get(0).kbId()).isEqualTo("mfa-ru");
    }

    @Test
    void ignoresLowerCaseWordsAndSentenceInitialWeakNames() {
        String t = "мир и дружба. Мир и дружба важны для всех.";
        assertThat(find(t, Language.RU)).isEmpty();
    }

    @Test
    void clustersAcronymSpelledOutNameAndInflectedForms() {
        String t = "Коллектив хавфсизлик шартномаси ташкилоти йиғилиши. КХШТнинг котиби гапирди. Астанада КХШТ ҳақида.";
        SegmentedText st = SEGMENTER.segment(t);
        List<Entity> es = LINKER.link(st, Language.UZ, Script.CYRL, find(t, Language.UZ));
        Entity csto = es.stream().filter(e -> e.type() == EntityType.ORGANIZATION).findFirst().orElseThrow();
        assertThat(csto.name()).isEqualTo("CSTO");
        assertThat(csto.id()).isEqualTo("O1");
        assertThat(csto.mentions()).extracting(Mention::text)
                .containsExactly("Коллектив хавфсизлик шартномаси ташкилоти", "КХШТ", "КХШТ");
        assertThat(es).filteredOn(e -> e.type() == EntityType.PLACE).extracting(Entity::name).containsExactly("Astana");
    }

    @Test
    void clustersFullNameSurnameAndInitialOfAnUnknownPerson() {
        String t = "Вазир ўринбосари Шайх-Ҳасан Жазиқбаев сўзга чиқди. Ш. Жазиқбаев айтди. Жазиқбаевнинг фикрича, бу муҳим.";
        List<MentionCandidate> ms = new ArrayList<>();
        for (String name : List.of("Шайх-Ҳасан Жазиқбаев", "Ш. Жазиқбаев", "Жазиқбаевнинг")) {
            int at = t.indexOf(name);
            ms.add(new MentionCandidate(at, at + name.length(), EntityType.PERSON, null, 0.9, MentionCandidate.Source.STATISTICAL));
        }
        List<Entity> es = LINKER.link(SEGMENTER.segment(t), Language.UZ, Script.CYRL, ms);
        assertThat(es).hasSize(1);
        assertThat(es.get(0).name()).isEqualTo("Shaykh-Khasan Zhazikbayev");
        assertThat(es.get(0).id()).isEqualTo("P1");
        assertThat(es.get(0).mentions()).hasSize(3);
        assertThat(es.get(0).kbId()).isNull();
    }

    @Test
    void linksAPersonAcrossScriptsAndRussianCases() {
        String t = "Денис Мантуров провёл встречу. Слова Мантурова привели агентства. Д. Мантуров уехал.";
        List<MentionCandidate> ms = new ArrayList<>(find(t, Language.RU));
        int at = t.indexOf("Д. Мантуров");
        ms.add(new MentionCandidate(at, at + "Д. Мантуров".length(), EntityType.PERSON, null, 0.9, MentionCandidate.Source.STATISTICAL));
        List<Entity> es = LINKER.link(SEGMENTER.segment(t), Language.RU, Script.CYRL, ms);
        assertThat(es).filteredOn(e -> e.type() == EntityType.PERSON).hasSize(1);
        Entity p = es.get(0);
        assertThat(p.name()).isEqualTo("Denis Manturov");
        assertThat(p.kbId()).isEqualTo("per-manturov");
        assertThat(p.role()).isEqualTo("First Deputy Prime Minister of Russia");
        assertThat(p.mentions()).hasSize(3);
    }
}
