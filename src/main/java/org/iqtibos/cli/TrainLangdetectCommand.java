package org.iqtibos.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.iqtibos.internal.text.LanguageDetector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code train langdetect}: rebuilds {@code models/lang/latin-ngrams.bin.gz} from OpenNLP's language detector. */
@Command(name = "langdetect", mixinStandardHelpOptions = true,
        description = "Rebuild models/lang/latin-ngrams.bin.gz: the weights of OpenNLP's langdetect-183.bin for en, uz, kk, ky, ru.")
public final class TrainLangdetectCommand implements Callable<Integer> {
    @Option(names = "--out", description = "the models folder to write into (default: ${DEFAULT-VALUE})")
    Path out = Path.of("models");

    @Override
    public Integer call() throws IOException {
        int n = LanguageDetector.writeLatinModel(out);
        System.out.printf("wrote %s: %d character n-grams%n", out.resolve(LanguageDetector.LATIN_PATH), n);
        return 0;
    }
}
