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

    private ProcessorApp() {}

    public static StreamsSettings settings(String bootstrapServers, Path stateDir) {
        return new StreamsSettings(
                APPLICATION_ID,
                bootstrapServers,
                stateDir,
                PipelineStage.PROCESSOR.deadLetters().name(),
                StreamsSettings.DEFAULT_COMMIT_INTERVAL,
                1);
    }

    /** The extractor the processor and {@code wirewatch replay} share. */
    public static CueExtractor extractor() {
        return new CueExtractor(Lexicons.standard(), new SentenceSplitter(EnglishModels.load()));
    }

    public static StreamsService create(StreamsSettings settings) {
        return new StreamsService("processor", ProcessorTopology.build(extractor()), settings);
    }
}
