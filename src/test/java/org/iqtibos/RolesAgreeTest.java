package org.iqtibos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.iqtibos.result.ArticleAnalysis;
import org.iqtibos.result.Entity;
import org.iqtibos.result.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A person has one role: the entity's {@code role} and the {@code speakerRole} of every quote of theirs agree. */
class RolesAgreeTest {
    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.create();

    static Stream<Path> examples() throws IOException {
        return Files.list(Path.of("examples")).filter(p -> p.toString().endsWith(".txt")).sorted();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyQuoteOfAPersonCarriesThePersonsRole(Path example) throws IOException {
        assertAgree(ANALYZER.analyze(Files.readString(example, StandardCharsets.UTF_8)));
    }

    @Test
    void theArticlesTitleWinsOverAShorterOneAndIsTheEntitysRole() {
        String text = "Energy Minister of Uzbekistan Jamshid Kuchkarov met reporters on Monday.\n"
                + "\"Prices will hold this winter,\" Kuchkarov said.\n"
                + "\"Supply is stable,\" the minister added.";
        ArticleAnalysis a = ANALYZER.analyze(text, Language.EN);
        assertAgree(a);
        assertThat(a.quotes()).isNotEmpty();
    }

    private static void assertAgree(ArticleAnalysis a) {
        Map<String, Entity> persons = a.persons().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
        for (Quote q : a.quotes()) {
            Entity p = q.speakerId() == null ? null : persons.get(q.speakerId());
            if (p != null) {
                assertThat(q.speakerRole()).as("speakerRole of %s", q).isEqualTo(p.role());
            }
        }
    }
}
