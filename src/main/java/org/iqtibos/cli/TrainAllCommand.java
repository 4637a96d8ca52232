package org.iqtibos.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code train all}: rebuilds every file of {@code models/} that is built from {@code ../shared/corpora}, in order. */
@Command(name = "all", mixinStandardHelpOptions = true,
        description = "Rebuild the knowledge base, the given-name lexicon, the language detector and the Uzbek Latin table, then the name finder of every language (kk, ru, en, uz), then the speaker model.")
public final class TrainAllCommand implements Callable<Integer> {
    private static final List<String> NER_LANGUAGES = List.of("kk", "ru", "en", "uz");

    @Option(names = "--corpora", description = "corpora directory (default: ${DEFAULT-VALUE})")
    Path corpora = Path.of("../shared/corpora");

    @Option(names = "--out", description = "models directory (default: ${DEFAULT-VALUE})")
    Path out = Path.of("models");

    @Override
    public Integer call() {
        String c = corpora.toString();
        String o = out.toString();
        int status = run(new TrainKbCommand(), "--corpora", c, "--out", o);
        if (status == 0) {
            status = run(new TrainNamesCommand(), "--corpora", c, "--out", o);
        }
        if (status == 0) {
            status = run(new TrainLangdetectCommand(), "--out", o);
        }
        if (status == 0) {
            status = run(new TrainLatinCommand(), "--out", o);
        }
        for (String lang : NER_LANGUAGES) {
            if (status != 0) {
                break;
            }
            status = run(new TrainNerCommand(), "--lang", lang, "--corpora", c, "--out", o);
        }
        if (status == 0) {
            // last: the speaker model learns from the analyzer the models above make
            status = run(new TrainSpeakersCommand(), "--out", o);
        }
        return status;
    }

    private static int run(Object command, String... args) {
        System.err.println("train " + new CommandLine(command).getCommandName() + " " + String.join(" ", args));
        return new CommandLine(command).execute(args);
    }
}
