package org.wirewatch.alerts.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.wirewatch.alerts.query.AlertFilter;
import org.wirewatch.model.Severity;
import org.wirewatch.model.TopicKind;
import org.wirewatch.model.topics.Topics;

/**
 * The filters of {@code /api/alerts} and {@code /api/alerts/stream}, read from query parameters:
 * {@code state}, {@code kind}, {@code type} (each repeated or comma-separated, any of them
 * matches), {@code severity} (at least this), {@code since} (ISO-8601 instant) and {@code limit}.
 * Anything malformed is a {@link BadQuery}, never silently ignored.
 */
public record AlertQuery(AlertFilter filter, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    /** The alert topics, as {@code type} names them. */
    public static final Set<String> TYPES =
            Set.of(Topics.STANCE_SHIFTS.name(), Topics.NEW_TRANSFERS.name(), Topics.SANCTION_ALERTS.name());

    /** ISO 3166-1 alpha-3, and the organisations that act as states (EU, UN, NATO, G7). */
    private static final Pattern STATE = Pattern.compile("[A-Z][A-Z0-9]{1,3}");

    public static AlertQuery parse(Map<String, List<String>> params) {
        Set<String> states = values(params, "state", AlertQuery::state);
        Set<TopicKind> kinds = values(params, "kind", v -> named(TopicKind.class, "kind", v));
        Set<String> types = values(params, "type", AlertQuery::type);
        Severity severity = single(params, "severity", v -> named(Severity.class, "severity", v));
        Instant since = single(params, "since", AlertQuery::instant);
        Integer limit = single(params, "limit", AlertQuery::limit);
        return new AlertQuery(
                new AlertFilter(states, kinds, types, severity, since), limit == null ? DEFAULT_LIMIT : limit);
    }

    /** A state code as given in a path or parameter, upper-cased; {@link BadQuery} if it is not one. */
    public static String state(String value) {
        String code = value.trim().toUpperCase(Locale.ROOT);
        if (!STATE.matcher(code).matches()) {
            throw new BadQuery("state must be a code such as IRN or EU, was '" + value + "'");
        }
        return code;
    }

    private static String type(String value) {
        if (!TYPES.contains(value)) {
            throw new BadQuery("type must be one of " + new TreeSet<>(TYPES) + ", was '" + value + "'");
        }
        return value;
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadQuery("since must be an ISO-8601 instant such as 2022-07-20T08:00:00Z, was '" + value + "'");
        }
    }

    private static int limit(String value) {
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadQuery("limit must be a number from 1 to " + MAX_LIMIT + ", was '" + value + "'");
    }

    private static <E extends Enum<E>> E named(Class<E> type, String param, String value) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadQuery(param + " must be one of " + List.of(type.getEnumConstants()) + ", was '" + value + "'");
        }
    }

    private static <T> Set<T> values(Map<String, List<String>> params, String name, Function<String, T> read) {
        Set<T> values = new LinkedHashSet<>();
        for (String given : params.getOrDefault(name, List.of())) {
            for (String value : given.split(",")) {
                if (!value.isBlank()) {
                    values.add(read.apply(value.trim()));
                }
            }
        }
        return values;
    }

    private static <T> T single(Map<String, List<String>> params, String name, Function<String, T> read) {
        List<String> given = new ArrayList<>(params.getOrDefault(name, List.of()));
        given.removeIf(String::isBlank);
        if (given.size() > 1) {
            throw new BadQuery(name + " may be given once");
        }
        return given.isEmpty() ? null : read.apply(given.get(0).trim());
    }
}
