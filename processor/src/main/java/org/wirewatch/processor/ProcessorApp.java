package org.wirewatch.processor;

import java.nio.file.Path;
import org.wirewatch.model.topics.PipelineStage;
import org.wirewatch.processor.extract.CueExtractor;
import org.wirewatch.processor.lexicon.Lexicons;
import org.wirewatch.processor.text.EnglishModels;
import org.wirewatch.processor.text.SentenceSplitter;
import org.wirewatch.streams.StreamsService;
import org.wirewatch.streams.StreamsSettings;

/** The processor deployable: its settings, topology and lifecycle, ready to start. */
public final class ProcessorApp {

    /** Consumer group and internal-topic prefix: changing it restarts processing from scratch. */
    public static final String APPLICATION_ID = PipelineStage.PROCESSOR.applicationId();

    /**
     * Extraction is CPU-bound and a stream thread's tasks share one core. With one thread the
     * processor fell behind at 500 stories/s on a two-core host (bench-latency); two kept up. The
     * topic's partitions bound how many threads get work.
     */
    public static final int DEFAULT_THREADS = 2;

    private ProcessorApp() {}

    public static StreamsSettings settings(String bootstrapServers, Path stateDir) {
        return settings(bootstrapServers, stateDir, DEFAULT_THREADS);
    }

    public static StreamsSettings settings(String bootstrapServers, Path stateDir, int threads) {
        return new StreamsSettings(
                APPLICATION_ID,
                bootstrapServers,
                stateDir,
                PipelineStage.PROCESSOR.deadLetters().name(),
                StreamsSettings.DEFAULT_COMMIT_INTERVAL,
                threads);
    }

    /** The extractor the processor and {@code wirewatch replay} share. */
    public static CueExtractor extractor() {
        return new CueExtractor(Lexicons.standard(), new SentenceSplitter(EnglishModels.load()));
    }

    public static StreamsService create(StreamsSettings settings) {
        return new StreamsService("processor", ProcessorTopology.build(extractor()), settings);
    }
}
