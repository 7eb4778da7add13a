package org.wirewatch.alerts.delivery.subscription;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewatch.alerts.delivery.subscription.SubscriptionFile.SubscriptionEntry;
import org.wirewatch.alerts.query.AlertFilter;
import org.wirewatch.model.Severity;
import org.wirewatch.model.TopicKind;
import org.wirewatch.model.topics.Topics;

/** Checks one subscription as written and builds it, collecting every problem it finds. */
final class EntryCheck {

    /** Names become metric tags and keys of parked deliveries: keep them plain. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private static final Pattern STATE = Pattern.compile("[A-Z]{3}|EU|UN|NATO|G7");
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)}");

    /** Shorter secrets are guessable; Standard Webhooks asks for 24 to 64 bytes. */
    static final int MIN_SECRET_CHARS = 16;

    static final Set<String> ALERT_TOPICS =
            Set.of(Topics.STANCE_SHIFTS.name(), Topics.NEW_TRANSFERS.name(), Topics.SANCTION_ALERTS.name());

    private final SubscriptionEntry entry;
    private final String label;
    private final UnaryOperator<String> environment;
    private final List<String> problems = new ArrayList<>();
    private final Optional<WebhookSubscription> subscription;

    EntryCheck(SubscriptionEntry entry, int index, UnaryOperator<String> environment) {
        this.entry = entry == null ? new SubscriptionEntry(null, null, null, null, null, null, null) : entry;
        this.label = this.entry.name() == null
                ? "subscription #" + (index + 1)
                : "subscription \"" + this.entry.name() + "\"";
        this.environment = environment;
        this.subscription = check();
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    /** The subscription, or empty when a problem was found. */
    Optional<WebhookSubscription> subscription() {
        return subscription;
    }

    private Optional<WebhookSubscription> check() {
        String name = name();
        URI url = url();
        Secret secret = secret();
        Set<String> states = states();
        Set<TopicKind> kinds = enums("kinds", entry.kinds(), TopicKind.class);
        Set<String> alertTypes = alertTypes();
        Severity minSeverity = severity();
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new WebhookSubscription(name, url, secret, AlertFilter.of(states, kinds, alertTypes, minSeverity)));
    }

    private String name() {
        if (entry.name() == null || !NAME.matcher(entry.name()).matches()) {
            problem("\"name\" must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return entry.name();
    }

    private URI url() {
        if (entry.url() == null || entry.url().isBlank()) {
            problem("\"url\" is missing: give the receiver's http or https URL");
            return null;
        }
        try {
            URI url = new URI(entry.url());
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                problem("\"url\" " + entry.url() + " must start with http:// or https://");
            } else if (url.getHost() == null) {
                problem("\"url\" " + entry.url() + " has no host");
            } else if (url.getUserInfo() != null) {
                problem("\"url\" must not carry a user name or password: it would show in logs; the signature"
                        + " authenticates us");
            }
            return url;
        } catch (URISyntaxException e) {
            problem("\"url\" is not a valid URL: " + e.getMessage());
            return null;
        }
    }

    private Secret secret() {
        String value = entry.secret();
        if (value == null || value.isBlank()) {
            problem("\"secret\" is missing: give it, or \"${env:NAME}\" to read it from environment variable NAME");
            return null;
        }
        Matcher reference = ENV_REFERENCE.matcher(value.strip());
        if (reference.matches()) {
            value = environment.apply(reference.group(1));
            if (value == null || value.isBlank()) {
                problem("\"secret\" reads environment variable " + reference.group(1) + ", which is not set");
                return null;
            }
        } else if (value.contains("${")) {
            problem("\"secret\" looks like a reference but is not of the form ${env:NAME}");
            return null;
        }
        if (value.length() < MIN_SECRET_CHARS) {
            // The value itself is never repeated in a message.
            problem("\"secret\" is too short: use at least " + MIN_SECRET_CHARS + " characters");
            return null;
        }
        return Secret.of(value);
    }

    private Set<String> states() {
        Set<String> states = new LinkedHashSet<>(orEmpty(entry.states()));
        for (String state : states) {
            if (state == null || !STATE.matcher(state).matches()) {
                problem("\"states\" has " + quoted(state) + ": use ISO 3166-1 alpha-3 codes (IRN, RUS, USA …) or"
                        + " EU, UN, NATO, G7");
            }
        }
        return states;
    }

    private Set<String> alertTypes() {
        Set<String> types = new LinkedHashSet<>(orEmpty(entry.alertTypes()));
        for (String type : types) {
            if (type == null || !ALERT_TOPICS.contains(type)) {
                problem("\"alertTypes\" has " + quoted(type) + ": use any of " + new TreeSet<>(ALERT_TOPICS));
            }
        }
        return types;
    }

    private Severity severity() {
        if (entry.minSeverity() == null) {
            return Severity.LOW;
        }
        return parse("minSeverity", entry.minSeverity(), Severity.class).orElse(Severity.LOW);
    }

    private <E extends Enum<E>> Set<E> enums(String field, List<String> values, Class<E> type) {
        Set<E> parsed = EnumSet.noneOf(type);
        orEmpty(values).forEach(value -> parse(field, value, type).ifPresent(parsed::add));
        return parsed;
    }

    private <E extends Enum<E>> Optional<E> parse(String field, String value, Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(value))
                .findFirst()
                .or(() -> {
                    problem("\"" + field + "\" has " + quoted(value) + ": use any of "
                            + Arrays.toString(type.getEnumConstants()));
                    return Optional.empty();
                });
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private void problem(String message) {
        problems.add(label + ": " + message);
    }
}
