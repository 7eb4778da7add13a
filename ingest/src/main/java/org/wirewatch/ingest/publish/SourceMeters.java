package org.wirewatch.ingest.publish;

import static java.util.Objects.requireNonNull;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * What one source of stories ({@code inbox}, {@code http}, a feed poller) received, published and
 * rejected, as meters tagged {@value #SOURCE}. Prometheus shows them as {@code
 * wirewatch_ingest_received_total}, {@code wirewatch_ingest_published_total}, {@code
 * wirewatch_ingest_rejected_total}, {@code wirewatch_ingest_duplicates_total} and {@code wirewatch_ingest_last_success_seconds}. Thread-safe.
 */
public final class SourceMeters {

    public static final String RECEIVED = "wirewatch.ingest.received";
    public static final String PUBLISHED = "wirewatch.ingest.published";
    public static final String REJECTED = "wirewatch.ingest.rejected";
    public static final String DUPLICATES = "wirewatch.ingest.duplicates";
    public static final String LAST_SUCCESS = "wirewatch.ingest.last.success";
    public static final String SOURCE = "source";

    private static final String RECEIVED_HELP = "Inputs received (files, requests, feed items)";
    private static final String PUBLISHED_HELP = "Stories Kafka acknowledged on stories.raw";
    private static final String REJECTED_HELP = "Inputs, or parts of inputs, rejected with a reason";
    private static final String DUPLICATES_HELP = "Stories left out as duplicates of recent ones";
    private static final String LAST_SUCCESS_HELP = "Unix time of the last success; 0 before the first";

    private final Counter received;
    private final Counter published;
    private final Counter rejected;
    private final Counter duplicates;
    /** Epoch milliseconds of the last acknowledged story, 0 before the first; the gauge reads it. */
    private final AtomicLong lastSuccess = new AtomicLong();

    private final Clock clock;

    private SourceMeters(MeterRegistry registry, String source, Clock clock) {
        this.clock = clock;
        this.received = Counter.builder(RECEIVED)
                .description(RECEIVED_HELP)
                .tag(SOURCE, source)
                .register(registry);
        this.published = Counter.builder(PUBLISHED)
                .description(PUBLISHED_HELP)
                .tag(SOURCE, source)
                .register(registry);
        this.rejected = Counter.builder(REJECTED)
                .description(REJECTED_HELP)
                .tag(SOURCE, source)
                .register(registry);
        this.duplicates = Counter.builder(DUPLICATES)
                .description(DUPLICATES_HELP)
                .tag(SOURCE, source)
                .register(registry);
        Gauge.builder(LAST_SUCCESS, lastSuccess, millis -> millis.get() / 1000.0)
                .description(LAST_SUCCESS_HELP)
                .baseUnit("seconds")
                .tag(SOURCE, source)
                .register(registry);
    }

    /**
     * Registers the meters of {@code source}. One instance per source and registry: a second one
     * would count into the same counters but its last-success time would not be shown.
     */
    public static SourceMeters register(MeterRegistry registry, String source, Clock clock) {
        return new SourceMeters(
                requireNonNull(registry, "registry"), requireNonNull(source, "source"), requireNonNull(clock, "clock"));
    }

    /**
     * A source's totals at a point in time.
     *
     * @param lastSuccess null before the first success
     */
    public record Totals(long received, long published, long rejected, long duplicates, Instant lastSuccess) {}

    /**
     * Registers the same meters for a source that keeps its totals itself (a feed, in its state):
     * they are read from {@code totals} whenever the meters are scraped.
     */
    public static void registerTotals(MeterRegistry registry, String source, Supplier<Totals> totals) {
        FunctionCounter.builder(RECEIVED, totals, t -> t.get().received())
                .description(RECEIVED_HELP)
                .tag(SOURCE, source)
                .register(registry);
        FunctionCounter.builder(PUBLISHED, totals, t -> t.get().published())
                .description(PUBLISHED_HELP)
                .tag(SOURCE, source)
                .register(registry);
        FunctionCounter.builder(REJECTED, totals, t -> t.get().rejected())
                .description(REJECTED_HELP)
                .tag(SOURCE, source)
                .register(registry);
        FunctionCounter.builder(DUPLICATES, totals, t -> t.get().duplicates())
                .description(DUPLICATES_HELP)
                .tag(SOURCE, source)
                .register(registry);
        Gauge.builder(LAST_SUCCESS, totals, t -> {
                    Instant last = t.get().lastSuccess();
                    return last == null ? 0 : last.toEpochMilli() / 1000.0;
                })
                .description(LAST_SUCCESS_HELP)
                .baseUnit("seconds")
                .tag(SOURCE, source)
                .register(registry);
    }

    /** One input arrived, before it is read. */
    public void received() {
        received.increment();
    }

    /** {@code stories} were acknowledged by Kafka. */
    public void published(int stories) {
        published.increment(stories);
        lastSuccess.set(clock.millis());
    }

    /** {@code stories} were left out as exact duplicates of recent stories. */
    public void duplicates(int stories) {
        duplicates.increment(stories);
    }

    /** {@code count} inputs or parts were rejected. */
    public void rejected(int count) {
        rejected.increment(count);
    }
}
