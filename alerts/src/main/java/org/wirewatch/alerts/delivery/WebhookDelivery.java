package org.wirewatch.alerts.delivery;

import static java.util.Objects.requireNonNull;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirewatch.alerts.delivery.subscription.SubscriptionFile;
import org.wirewatch.alerts.delivery.subscription.WebhookSubscription;

/**
 * Posts every alert to the webhook subscriptions that want it, signed, at least once: one thread
 * reads the alert topics and delivers (or parks) each alert before committing it; another retries
 * parked deliveries until their receivers take them. Construct, {@link #start()}, and {@link
 * #close()} when done; its threads are daemons.
 */
public final class WebhookDelivery implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);
    private static final Duration JOIN_TIMEOUT = Duration.ofSeconds(15);

    private final List<WebhookSubscription> subscriptions;
    private final ParkingLot parking;
    private final ExecutorService senders;
    private final LiveDeliveryLoop live;
    private final ParkedRetryLoop parked;
    private final Thread liveThread;
    private final Thread parkedThread;

    /** Reads and checks the subscriptions file; fails with every problem in it. */
    public WebhookDelivery(WebhookSettings settings, MeterRegistry registry) {
        this(
                settings,
                SubscriptionFile.read(settings.subscriptionsFile()),
                registry,
                Clock.systemUTC(),
                ThreadLocalRandom.current(),
                Sleeper.REAL);
    }

    /** @param random shared by the sender threads: must be thread-safe */
    WebhookDelivery(
            WebhookSettings settings,
            List<WebhookSubscription> subscriptions,
            MeterRegistry registry,
            Clock clock,
            RandomGenerator random,
            Sleeper sleeper) {
        requireNonNull(settings, "settings");
        this.subscriptions = List.copyOf(subscriptions);
        DeliveryMetrics metrics = new DeliveryMetrics(requireNonNull(registry, "registry"));
        WebhookSender sender = new WebhookSender(settings.connectTimeout(), settings.requestTimeout(), clock);
        ReceiverOutages outages = new ReceiverOutages();
        this.parking = new ParkedTopicWriter(settings.bootstrapServers(), settings.kafkaTimeout());
        this.senders = Executors.newFixedThreadPool(Math.max(1, this.subscriptions.size()), daemons("webhook-sender"));
        InlineRetries inline = new InlineRetries(
                sender, settings.inlineAttempts(), settings.inlineBackoff(), random, sleeper, metrics);
        AlertFanOut fanOut = new AlertFanOut(
                this.subscriptions, inline, parking, outages, settings.parkBackoff(), random, clock, metrics, senders);
        ParkedRetries retries = new ParkedRetries(
                this.subscriptions, sender, parking, outages, settings.parkBackoff(), random, clock, metrics);
        metrics.gaugeParked(retries::pending);
        this.live = new LiveDeliveryLoop(
                new KafkaConsumer<>(
                        alertConsumerConfig(settings), new StringDeserializer(), new ByteArrayDeserializer()),
                fanOut,
                settings.parkedScanInterval(),
                sleeper);
        this.parked = new ParkedRetryLoop(
                new KafkaConsumer<>(
                        parkedConsumerConfig(settings), new StringDeserializer(), new ByteArrayDeserializer()),
                retries,
                settings.parkedScanInterval(),
                sleeper);
        this.liveThread = daemon(live, "webhook-live");
        this.parkedThread = daemon(parked, "webhook-parked");
        log.info("webhook delivery settings: {}; subscriptions: {}", settings, this.subscriptions);
    }

    public void start() {
        liveThread.start();
        parkedThread.start();
    }

    public List<WebhookSubscription> subscriptions() {
        return subscriptions;
    }

    /**
     * Stops reading, cuts short deliveries in flight (their alerts are read again at the next
     * start, so none is lost) and waits for both threads.
     */
    @Override
    public void close() {
        live.stop();
        parked.stop();
        // Interrupts an inline wait or an HTTP exchange; the loops then leave their records uncommitted.
        liveThread.interrupt();
        parkedThread.interrupt();
        join(liveThread);
        join(parkedThread);
        senders.shutdownNow();
        parking.close();
    }

    private static Map<String, Object> alertConsumerConfig(WebhookSettings settings) {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                settings.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                settings.groupId(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                // A new group delivers what the alert topics hold, rather than skip what came before it.
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                // Inline retries can take seconds per record: few records per poll keep the loop well
                // within max.poll.interval.ms (5 min) when receivers are slow.
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                20,
                ConsumerConfig.CLIENT_ID_CONFIG,
                settings.groupId() + "-alerts");
    }

    private static Map<String, Object> parkedConsumerConfig(WebhookSettings settings) {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                settings.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                settings.groupId() + "-parked",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.CLIENT_ID_CONFIG,
                settings.groupId() + "-parked");
    }

    private static Thread daemon(Runnable loop, String name) {
        Thread thread = new Thread(loop, name);
        thread.setDaemon(true);
        return thread;
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> daemon(runnable, prefix + "-" + count.incrementAndGet());
    }

    private static void join(Thread thread) {
        try {
            thread.join(JOIN_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            log.warn("{} did not stop within {}", thread.getName(), JOIN_TIMEOUT);
        }
    }
}
