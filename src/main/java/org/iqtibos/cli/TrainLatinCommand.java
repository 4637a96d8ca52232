package org.iqtibos.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.iqtibos.internal.quote.UzbekLatin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code train latin}: precomputes the Uzbek Latin forms of the quote lexicon and the title table. */
@Command(name = "latin", mixinStandardHelpOptions = true,
        description = "Rebuild models/quote/uz-latin.tsv: the Uzbek Latin form (ICU uz_Cyrl-uz_Latn) of every Cyrillic "
                + "entry of quote/uz.txt and quote/titles-uz.txt, read at load instead of transliterating.")
public final class TrainLatinCommand implements Callable<Integer> {
    @Option(names = "--out", description = "the models folder to read the lexicons from and write into (default: ${DEFAULT-VALUE})")
    Path out = Path.of("models");

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(out.resolve("quote"))) {
            throw new IllegalArgumentException("--out: no quote/ folder under " + out.toAbsolutePath());
        }
        int n = UzbekLatin.write(out);
        System.out.printf("wrote %s: %d entries%n", out.resolve("quote/uz-latin.tsv"), n);
        return 0;
    }
}
