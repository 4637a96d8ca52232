package org.iqtibos.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code train all|ner|kb}: rebuilds what lies in {@code models/} from {@code ../shared/corpora}. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Rebuild models/ from ../shared/corpora.",
        subcommands = {TrainAllCommand.class, TrainNerCommand.class, TrainKbCommand.class, TrainNamesCommand.class,
                TrainSpeakersCommand.class, TrainLangdetectCommand.class, TrainLatinCommand.class})
public final class TrainCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing what to train: ner or kb");
    }
}
