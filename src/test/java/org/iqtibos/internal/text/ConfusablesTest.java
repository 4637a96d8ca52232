package org.iqtibos.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iqtibos.internal.model.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfusablesTest {
    @Test
    void mapsBothWaysTheFirstCyrillicLetterListedWinningBack(@TempDir Path dir) throws IOException {
        Confusables c = Confusables.load(ModelFiles.directory(write(dir, "# look-alikes\nУ\tY\nҮ\tY\nо\to\n")));
        assertThat(c.toLatin('Ү')).isEqualTo('Y');
        assertThat(c.toCyrillic('Y')).isEqualTo('У');
        assertThat(c.toCyrillic('o')).isEqualTo('о');
        assertThat(c.toLatin('ж')).isEqualTo('ж');
    }

    @Test
    void aMalformedLineFailsNamingFileAndLine(@TempDir Path dir) throws IOException {
        ModelFiles files = ModelFiles.directory(write(dir, "А\tA\nВB\n"));
        assertThatThrownBy(() -> Confusables.load(files))
                .hasMessageContaining("models/text/confusables.tsv line 2");
    }

    private static Path write(Path dir, String table) throws IOException {
        Files.createDirectories(dir.resolve("text"));
        Files.writeString(dir.resolve(Confusables.PATH), table);
        return dir;
    }
}
