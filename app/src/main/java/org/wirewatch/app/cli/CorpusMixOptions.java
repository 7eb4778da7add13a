package org.wirewatch.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which labelled corpus a benchmark draws its stories from, and how many of them are relevant. */
public final class CorpusMixOptions {

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Labelled corpus folder.")
    Path corpus;

    @Option(
            names = "--relevant-share",
            defaultValue = "0.1",
            description = "Share of relevant stories; the rest are the corpus's decoys (default: ${DEFAULT-VALUE}).")
    double share;
}
