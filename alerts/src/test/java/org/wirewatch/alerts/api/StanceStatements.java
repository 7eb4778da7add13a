package org.wirewatch.alerts.api;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.wirewatch.model.ArmsTransferTopic;
import org.wirewatch.model.Evidence;
import org.wirewatch.model.Stance;
import org.wirewatch.model.Statement;
import org.wirewatch.model.WeaponCategory;
import org.wirewatch.model.topics.Topics;

/**
 * Writes Iran's statements on arms to one recipient to the {@code statements} topic. Tests share
 * the broker and its topics, so each uses a recipient code of its own, e.g. {@code QAB}.
 */
public final class StanceStatements implements AutoCloseable {

    static final Instant T0 = Instant.parse("2022-07-20T08:00:00Z");

    private static final String CODE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final Random RANDOM = new Random();
    private static final Set<String> USED = new HashSet<>();

    private final KafkaProducer<String, Statement> producer;

    public StanceStatements(String bootstrap) {
        producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                Topics.STATEMENTS.keySerde().serializer(),
                Topics.STATEMENTS.valueSerde().serializer());
    }

    /**
     * A recipient code no other test in this JVM uses (the broker lives as long as the JVM): Q and
     * three random letters or digits.
     */
    public static synchronized String uniqueRecipient() {
        String code;
        do {
            StringBuilder letters = new StringBuilder("Q");
            for (int i = 0; i < 3; i++) {
                letters.append(CODE_CHARS.charAt(RANDOM.nextInt(CODE_CHARS.length())));
            }
            code = letters.toString();
        } while (!USED.add(code));
        return code;
    }

    /** The stance line key of Iran's statements on arms to {@code recipient}. */
    public static String key(String recipient) {
        return statement(recipient, Stance.DENY, "x", 0).key();
    }

    public void send(String recipient, Stance stance, String storyId, int hours) {
        Statement statement = statement(recipient, stance, storyId, hours);
        try {
            producer.send(new ProducerRecord<>(Topics.STATEMENTS.name(), statement.key(), statement))
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Statement statement(String recipient, Stance stance, String storyId, int hours) {
        String quote = "spokesman on " + stance;
        return new Statement(
                "IRN",
                "spokesman",
                new ArmsTransferTopic("IRN", recipient, WeaponCategory.UNSPECIFIED),
                stance,
                quote,
                false,
                storyId,
                "https://example.org/" + storyId,
                T0.plus(Duration.ofHours(hours)),
                new Evidence(quote, 0, quote.length()));
    }

    @Override
    public void close() {
        producer.close();
    }
}
