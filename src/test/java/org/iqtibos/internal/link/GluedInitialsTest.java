package org.iqtibos.internal.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.iqtibos.ArticleAnalyzer;
import org.iqtibos.Language;
import org.iqtibos.result.ArticleAnalysis;
import org.iqtibos.result.Entity;
import org.iqtibos.result.EntityType;
import org.iqtibos.internal.ner.MentionCandidate;
import org.junit.jupiter.api.Test;

/** Initials written without a space before the surname are initials still (sentences written for this test). */
class GluedInitialsTest {
    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.create();

    @Test
    void splitsGluedInitialsFromTheSurname() {
        String text = "А.Б.Смадияров";
        Item it = new Item(new MentionCandidate(0, text.length(), EntityType.PERSON, null, 1.0,
                MentionCandidate.Source.RULE), text);
        assertThat(it.words).containsExactly("А", "Б", "Смадияров");
        assertThat(it.initial).containsExactly(true, true, false);
    }

    @Test
    void aDigraphWithAFullStopIsAnInitial() {
        String text = "Sh. Giyosov";
        Item it = new Item(new MentionCandidate(0, text.length(), EntityType.PERSON, null, 1.0,
                MentionCandidate.Source.RULE), text);
        assertThat(it.initial).containsExactly(true, false);
    }

    @Test
    void theSurnameWithGluedInitialJoinsTheFullName() {
        ArticleAnalysis a = ANALYZER.analyze("СІМ ресми өкілі Айбек Смадияров брифинг өткізді. «Біз келіссөздерді "
                + "жалғастырамыз», - деді А.Смадияров.", Language.KK);
        assertThat(a.persons()).extracting(Entity::name).containsExactly("Aibek Smadiyarov");
        assertThat(a.persons().get(0).mentions()).hasSize(2);
    }
}
