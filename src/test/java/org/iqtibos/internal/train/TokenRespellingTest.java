package org.iqtibos.internal.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.iqtibos.internal.model.ModelFiles;
import org.junit.jupiter.api.Test;

class TokenRespellingTest {
    private final ModelFiles files = ModelFiles.directory(Path.of("models"));

    @Test
    void respellsKazakhLettersTheUzbekWayKeepingCase() {
        assertThat(TokenRespelling.parse("kk-uz-cyrl", files).apply(List.of("Әлібек", "Өскемен", "көңіл")))
                .containsExactly("Алибек", "Ўскемен", "кўнгил");
    }

    @Test
    void chainsRespellingAndLatinTransliterationTokenByToken() {
        assertThat(TokenRespelling.parse("kk-uz-cyrl>uz-latn", files).apply(List.of("Шымкентте", ".")))
                .containsExactly("Shimkentte", ".");
    }
}
