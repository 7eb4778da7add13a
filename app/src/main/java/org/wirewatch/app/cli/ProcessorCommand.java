package org.wirewatch.app.cli;

import java.nio.file.Path;
import org.wirewatch.processor.ProcessorApp;
import org.wirewatch.streams.StreamsService;
import picocli.CommandLine.Command;

@Command(
        name = "processor",
        mixinStandardHelpOptions = true,
        description = "Run the processor alone: stories.raw → mentions and statements. Scale by running more.")
public final class ProcessorCommand extends StreamsServiceCommand {

    @Override
    StreamsService create(String bootstrapServers, Path stateDir) {
        return ProcessorApp.create(ProcessorApp.settings(bootstrapServers, stateDir.resolve("processor")));
    }
}
