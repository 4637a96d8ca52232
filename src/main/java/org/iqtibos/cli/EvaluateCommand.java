package org.iqtibos.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code evaluate ner}: quality figures of the models. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, description = "Measure the models.",
        subcommands = {EvaluateNerCommand.class})
public final class EvaluateCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing what to evaluate: ner");
    }
}
