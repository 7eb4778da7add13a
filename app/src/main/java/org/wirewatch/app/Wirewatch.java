package org.wirewatch.app;

import org.wirewatch.app.cli.AlertsCommand;
import org.wirewatch.app.cli.BenchCommand;
import org.wirewatch.app.cli.BenchIngestCommand;
import org.wirewatch.app.cli.BenchLatencyCommand;
import org.wirewatch.app.cli.BenchPipelineCommand;
import org.wirewatch.app.cli.EvalCommand;
import org.wirewatch.app.cli.FeedsCommand;
import org.wirewatch.app.cli.IngestCommand;
import org.wirewatch.app.cli.ProcessorCommand;
import org.wirewatch.app.cli.ReplayCommand;
import org.wirewatch.app.cli.TopicsCommand;
import org.wirewatch.app.cli.UpCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code wirewatch} command line. */
@Command(
        name = "wirewatch",
        mixinStandardHelpOptions = true,
        version = "wirewatch 0.1.0",
        description = "Real-time monitor of states' stances on arms transfers and sanctions, on Apache Kafka.",
        subcommands = {
            UpCommand.class,
            IngestCommand.class,
            FeedsCommand.class,
            ProcessorCommand.class,
            AlertsCommand.class,
            TopicsCommand.class,
            ReplayCommand.class,
            EvalCommand.class,
            BenchCommand.class,
            BenchPipelineCommand.class,
            BenchLatencyCommand.class,
            BenchIngestCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Wirewatch implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Wirewatch()).execute(args));
    }
}
