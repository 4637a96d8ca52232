package org.iqtibos.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code iqtibos} command line: {@code java -jar iqtibos.jar COMMAND ...}. */
@Command(name = "iqtibos", mixinStandardHelpOptions = true, version = "iqtibos 0.1.0",
        description = "Entities, quotes and speakers in Central Asian news.",
        subcommands = {AnalyzeCommand.class, TagCommand.class, EvaluateCommand.class, TrainCommand.class,
            BenchmarkCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main())
                // a bad argument (unknown language, missing model or file) is the user's to fix: its message, no trace
                .setExecutionExceptionHandler((ex, cmd, parsed) -> {
                    if (ex instanceof IllegalArgumentException) {
                        cmd.getErr().println("error: " + ex.getMessage());
                        return 2;
                    }
                    throw ex;
                })
                .execute(args));
    }
}
