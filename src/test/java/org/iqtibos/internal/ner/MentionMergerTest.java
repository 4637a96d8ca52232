package org.iqtibos.internal.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.iqtibos.ArticleAnalyzer;
import org.iqtibos.Language;
import org.iqtibos.result.Entity;
import org.iqtibos.result.EntityType;
import org.junit.jupiter.api.Test;

/** How the finders' candidates become one set of mentions. Sentences written for this test. */
class MentionMergerTest {
    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.create();

    private static MentionCandidate at(String text, String span, EntityType type, MentionCandidate.Source source) {
        int i = text.indexOf(span);
        return new MentionCandidate(i, i + span.length(), type, null, 1.0, source);
    }

    /** The mentions kept of {@code candidates}, as written in {@code text}. */
    private static List<String> merged(String text, MentionCandidate... candidates) {
        return new MentionMerger().merge(List.of(candidates), text).stream()
                .map(c -> text.substring(c.start(), c.end())).toList();
    }

    @Test
    void aPatternsPersonStartsAfterTheKnownBodyItsFirstWordEnds() {
        String text = "Chairman of the State Committee for National Security Orozbek Opumbayev spoke.";
        assertThat(merged(text,
                at(text, "State Committee for National Security", EntityType.ORGANIZATION, MentionCandidate.Source.KNOWLEDGE_BASE),
                at(text, "Security Orozbek Opumbayev", EntityType.PERSON, MentionCandidate.Source.RULE)))
                .containsExactly("State Committee for National Security", "Orozbek Opumbayev");
    }

    @Test
    void twoNamesSideBySideShareNoWord() {
        String text = "деді Асқар Серіков Дана Омарованың сынына.";
        assertThat(merged(text,
                at(text, "Асқар Серіков", EntityType.PERSON, MentionCandidate.Source.RULE),
                at(text, "Серіков Дана Омарова", EntityType.PERSON, MentionCandidate.Source.RULE)))
                .containsExactly("Асқар Серіков", "Дана Омарова");
    }

    @Test
    void theAnalyzerFindsThePersonAfterABodysName() {
        assertThat(ANALYZER.analyze("The statement of the President of the Kyrgyz Republic Almazbek Atambayev was read.",
                Language.EN).persons()).extracting(Entity::name).containsExactly("Almazbek Atambayev");
    }
}
