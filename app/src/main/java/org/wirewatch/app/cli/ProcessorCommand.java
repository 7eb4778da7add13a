package org.wirewatch.app.cli;

import java.nio.file.Path;
import org.wirewatch.model.topics.Topics;
import org.wirewatch.processor.ProcessorApp;
import org.wirewatch.streams.StreamsService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(
        name = "processor",
        mixinStandardHelpOptions = true,
        description = "Run the processor alone: stories.raw → mentions and statements. Scale by running more.")
public final class ProcessorCommand extends StreamsServiceCommand {

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Stream threads, each reading on one core (default: ${DEFAULT-VALUE}; the topic's "
                    + Topics.PARTITIONS + " partitions bound how many get work).")
    int threads = ProcessorApp.DEFAULT_THREADS;

    @Override
    void checkOptions() {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, was " + threads);
        }
    }

    @Override
    StreamsService start(String bootstrapServers, Path stateDir) {
        StreamsService processor =
                ProcessorApp.create(ProcessorApp.settings(bootstrapServers, stateDir.resolve("processor"), threads));
        processor.start();
        return processor;
    }
}
