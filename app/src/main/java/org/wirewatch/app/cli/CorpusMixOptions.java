package org.wirewatch.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.wirewatch.app.eval.StoryMix;
import picocli.CommandLine.Option;

/** Which labelled corpus a benchmark draws its stories from, how many are relevant, and what fills the rest. */
public final class CorpusMixOptions {

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Labelled corpus folder.")
    Path corpus;

    @Option(
            names = "--relevant-share",
            defaultValue = "0.1",
            description = "Share of relevant stories, in (0, 1]; filler makes up the rest (default: ${DEFAULT-VALUE}).")
    double share;

    @Option(
            names = "--filler",
            defaultValue = "plain",
            paramLabel = "plain|decoys",
            converter = FillerConverter.class,
            description = {
                "What fills the irrelevant share (default: ${DEFAULT-VALUE}). plain: ordinary wire news"
                        + " (--filler-dir), as most of a real feed is; decoys: the corpus's hard negatives,"
                        + " written with arms and sanctions words."
            })
    StoryMix.Filler filler;

    @Option(
            names = "--filler-dir",
            paramLabel = "DIR",
            description =
                    "Folder with stories/ of plain filler (default: filler/ next to --corpus, e.g. corpus/filler).")
    Path fillerDir;

    StoryMix read() throws IOException {
        return StoryMix.of(corpus, filler, fillerDir != null ? fillerDir : StoryMix.defaultFillerDir(corpus), share);
    }

    /** Accepts the lower-case names the help shows. */
    static final class FillerConverter implements picocli.CommandLine.ITypeConverter<StoryMix.Filler> {
        @Override
        public StoryMix.Filler convert(String value) {
            return StoryMix.Filler.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        }
    }
}
