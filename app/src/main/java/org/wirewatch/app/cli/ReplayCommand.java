package org.wirewatch.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.wirewatch.app.replay.JsonLines;
import org.wirewatch.app.replay.Replay;
import org.wirewatch.ingest.format.FormatSettings;
import org.wirewatch.ingest.format.StoryFileContents;
import org.wirewatch.ingest.format.StoryFiles;
import org.wirewatch.model.RejectedInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        description = {
            "Replay a folder of stories through the topologies, without a broker.",
            "Stories run in publishedAt order through the processor and alerts topologies; each output",
            "record is written as a JSON line {\"topic\",\"key\",\"value\"}. Same input, byte-identical output."
        })
public final class ReplayCommand implements Callable<Integer> {

    /** Replays must not depend on when they run; ingestedAt never reaches the outputs anyway. */
    private static final Clock FIXED = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);

    @Option(names = "--in", required = true, paramLabel = "DIR", description = "Folder of story files.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "JSON Lines output file.")
    Path out;

    @Override
    public Integer call() throws IOException {
        StoryFileContents contents = new StoryFiles(FormatSettings.defaults(FIXED)).read(in);
        report(System.err, contents);
        Path stateDir = Files.createTempDirectory("wirewatch-replay");
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            Replay.run(contents.stories(), stateDir, new JsonLines(writer));
        } finally {
            TempDirs.delete(stateDir);
        }
        return 0;
    }

    private static void report(PrintStream err, StoryFileContents contents) {
        for (RejectedInput rejected : contents.rejections()) {
            err.println("skipped " + rejected.origin() + ": " + rejected.reason());
        }
        err.printf("replaying %d stories%n", contents.stories().size());
    }
}
