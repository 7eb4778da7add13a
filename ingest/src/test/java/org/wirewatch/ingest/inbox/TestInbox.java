package org.wirewatch.ingest.inbox;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.wirewatch.ingest.format.FormatSettings;
import org.wirewatch.ingest.format.StoryReader;
import org.wirewatch.ingest.publish.SourceMeters;
import org.wirewatch.ingest.publish.StoryPublisher;
import org.wirewatch.model.RejectedInput;
import org.wirewatch.model.Story;
import org.wirewatch.model.topics.Topics;

/**
 * An inbox in a test folder, watched by an {@link InboxWatcher} whose publisher writes to
 * MockProducers that acknowledge at once. Scans are explicit, so tests need no waiting.
 */
final class TestInbox {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);
    static final String DENIAL = "Iran rejects reports of drone deliveries to Russia\n"
            + "TEHRAN, Oct 10 - Iran's foreign ministry spokesman Nasser Kanaani on Monday denied that Tehran"
            + " had supplied drones to Russia for its war in Ukraine, calling the reports baseless.\n";
    static final String NON_DENIAL = "Iran sidesteps questions on drones for Moscow\n"
            + "TEHRAN, Oct 17 - Spokesman Nasser Kanaani said Tehran would neither confirm nor deny that it had"
            + " delivered drones to Russia.\n";

    final ScriptedProducer stories = new ScriptedProducer();
    final MockProducer<String, RejectedInput> rejections = new MockProducer<>(
            true,
            null,
            Topics.STORIES_REJECTED.keySerde().serializer(),
            Topics.STORIES_REJECTED.valueSerde().serializer());
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final SourceMeters meters = SourceMeters.register(registry, "inbox", CLOCK);
    private final Path folder;
    private InboxWatcher watcher;

    TestInbox(Path folder) throws IOException {
        this.folder = folder;
        restart();
    }

    /** A new watcher on the same folder and producers, as after a process restart. */
    void restart() throws IOException {
        StoryPublisher publisher = new StoryPublisher(stories, rejections, Duration.ofSeconds(5));
        if (watcher != null) {
            watcher.close();
        }
        watcher =
                InboxWatcher.create(folder, new StoryReader(FormatSettings.defaults(CLOCK)), publisher, CLOCK, meters);
    }

    void scan() {
        watcher.scan(() -> false);
    }

    void scan(BooleanSupplier stopRequested) {
        watcher.scan(stopRequested);
    }

    Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }

    Path path(String name) {
        return folder.resolve(name);
    }

    /** Acknowledges every story at once, except that a story headlined "Cursed…" hits a bug. */
    static final class ScriptedProducer extends MockProducer<String, Story> {

        final AtomicInteger cursedAttempts = new AtomicInteger();

        ScriptedProducer() {
            super(
                    true,
                    null,
                    Topics.STORIES_RAW.keySerde().serializer(),
                    Topics.STORIES_RAW.valueSerde().serializer());
        }

        @Override
        public synchronized Future<RecordMetadata> send(ProducerRecord<String, Story> record, Callback callback) {
            if (record.value().headline().startsWith("Cursed")) {
                cursedAttempts.incrementAndGet();
                throw new IllegalStateException("simulated bug");
            }
            return super.send(record, callback);
        }
    }
}
