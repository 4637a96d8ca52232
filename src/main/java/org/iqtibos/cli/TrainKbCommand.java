package org.iqtibos.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.iqtibos.internal.kb.KnowledgeBase;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.internal.train.KbBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code train kb}: rebuilds {@code models/kb/kb.tsv.gz} from the gazetteers and the curated files. */
@Command(name = "kb", mixinStandardHelpOptions = true,
        description = "Rebuild models/kb/kb.tsv.gz from ../shared/corpora/gaz-* and models/kb/curated/.")
public final class TrainKbCommand implements Callable<Integer> {
    @Option(names = "--corpora", description = "folder holding gaz-geonames, gaz-intl-orgs, gaz-politicians (default: ${DEFAULT-VALUE})")
    Path corpora = Path.of("../shared/corpora");

    @Option(names = "--out", description = "the models folder to write into; its kb/curated/ is read (default: ${DEFAULT-VALUE})")
    Path out = Path.of("models");

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(corpora.resolve("gaz-geonames"))) {
            throw new IllegalArgumentException("--corpora: no gaz-geonames under " + corpora.toAbsolutePath());
        }
        long t0 = System.nanoTime();
        Path file = out.resolve(KnowledgeBase.PATH);
        int n = new KbBuilder(corpora, ModelFiles.directory(out)).build(file);
        long t1 = System.nanoTime();
        KnowledgeBase kb = KnowledgeBase.load(ModelFiles.directory(out));
        long t2 = System.nanoTime();
        System.out.printf("wrote %s: %d entries, %.1f MB in %.1f s; loads in %d ms (%d entries)%n", file, n,
                Files.size(file) / 1e6, (t1 - t0) / 1e9, (t2 - t1) / 1_000_000, kb.size());
        return 0;
    }
}
