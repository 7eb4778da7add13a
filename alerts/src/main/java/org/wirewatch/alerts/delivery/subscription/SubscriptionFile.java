package org.wirewatch.alerts.delivery.subscription;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.wirewatch.model.json.Json;

/**
 * Reads webhook subscriptions from a JSON file and checks them all at once, so a user sees every
 * mistake in one message:
 *
 * <pre>{@code
 * {"subscriptions": [
 *   {"name": "sanctions-desk", "url": "https://desk.example.org/hooks/wirewatch",
 *    "secret": "${env:DESK_WEBHOOK_SECRET}",
 *    "states": ["IRN", "RUS"], "kinds": ["SANCTIONS"], "alertTypes": ["alerts.sanctions"],
 *    "minSeverity": "HIGH"}
 * ]}
 * }</pre>
 *
 * Filters may be left out (every alert passes); {@code minSeverity} defaults to LOW. A secret
 * written {@code ${env:NAME}} is read from the environment variable NAME, so it need not sit in
 * the file. Unknown fields are errors: a misspelt filter would otherwise let every alert through.
 * The file is the operator's, so any http(s) host is allowed, loopback included; redirects are
 * never followed (see the sender), which keeps a receiver from bouncing us elsewhere.
 */
public final class SubscriptionFile {

    private static final ObjectReader READER =
            Json.mapper().readerFor(Contents.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private SubscriptionFile() {}

    /** Reads the file, taking {@code ${env:NAME}} secrets from the process environment. */
    public static List<WebhookSubscription> read(Path file) {
        return read(file, System::getenv);
    }

    /**
     * @param environment gives an environment variable's value, or null when it is not set
     * @throws IllegalArgumentException naming every problem found, with the subscription and field
     */
    public static List<WebhookSubscription> read(Path file, UnaryOperator<String> environment) {
        Contents contents = parse(file);
        if (contents.subscriptions() == null) {
            throw new IllegalArgumentException(
                    file + ": no \"subscriptions\" array; see SubscriptionFile for the format");
        }
        List<String> problems = new ArrayList<>();
        List<WebhookSubscription> subscriptions = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < contents.subscriptions().size(); i++) {
            SubscriptionEntry entry = contents.subscriptions().get(i);
            EntryCheck check = new EntryCheck(entry, i, environment);
            check.subscription().ifPresent(subscriptions::add);
            problems.addAll(check.problems());
            if (entry != null && entry.name() != null && !names.add(entry.name())) {
                problems.add("subscription \"" + entry.name() + "\": the name is used twice; names must be unique");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(
                    "webhook subscriptions in " + file + " are not valid:\n  - " + String.join("\n  - ", problems));
        }
        return List.copyOf(subscriptions);
    }

    private static Contents parse(Path file) {
        try {
            return READER.readValue(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("webhook subscriptions file " + file + " does not exist", e);
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException(
                    file + ": unknown field \"" + e.getPropertyName() + "\" at " + e.getPathReference()
                            + "; known fields are " + e.getKnownPropertyIds(),
                    e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    file + " is not a valid subscriptions file: " + e.getOriginalMessage()
                            + (e.getLocation() == null
                                    ? ""
                                    : " (line " + e.getLocation().getLineNr() + ")"),
                    e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read webhook subscriptions file " + file + ": " + e, e);
        }
    }

    /** The file as written. */
    record Contents(List<SubscriptionEntry> subscriptions) {}

    /** One subscription as written, before any check. */
    record SubscriptionEntry(
            String name,
            String url,
            String secret,
            List<String> states,
            List<String> kinds,
            List<String> alertTypes,
            String minSeverity) {}
}
