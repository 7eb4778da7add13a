package org.wirewatch.alerts.api.stream;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;
import org.wirewatch.alerts.api.BadQuery;
import org.wirewatch.model.topics.Topics;

/**
 * A stream client's position in every partition of the alert topics: the next offset it has not
 * seen. It is the SSE event id, so a reconnecting EventSource sends it back as {@code
 * Last-Event-ID} and the stream resumes exactly after the last event the client received, in
 * every partition. Compact text: one letter per topic ({@code s} stance shifts, {@code t} new
 * transfers, {@code x} sanctions), the partition and the offset, e.g. {@code s0:12,s1:3,t0:0}.
 */
public record ResumeToken(Map<TopicPartition, Long> next) {

    /** Three topics of a few dozen partitions each fit well below this. */
    static final int MAX_LENGTH = 4_096;

    private static final List<String> TOPICS =
            List.of(Topics.STANCE_SHIFTS.name(), Topics.NEW_TRANSFERS.name(), Topics.SANCTION_ALERTS.name());
    private static final String CODES = "stx";
    private static final Pattern POSITION = Pattern.compile("([stx])(\\d{1,5}):(\\d{1,19})");

    public ResumeToken {
        next = Map.copyOf(next);
    }

    /** The alert topics a token can name, in code order. */
    public static List<String> topics() {
        return TOPICS;
    }

    public String encode() {
        return next.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing((TopicPartition tp) -> TOPICS.indexOf(tp.topic()))
                        .thenComparing(TopicPartition::partition)))
                .map(e -> CODES.charAt(TOPICS.indexOf(e.getKey().topic())) + ""
                        + e.getKey().partition() + ":" + e.getValue())
                .collect(Collectors.joining(","));
    }

    /** @throws BadQuery when {@code text} is not a token this server wrote */
    public static ResumeToken decode(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new BadQuery("the last event id is longer than any this server writes");
        }
        Map<TopicPartition, Long> next = new HashMap<>();
        for (String part : text.split(",")) {
            Matcher m = POSITION.matcher(part.trim());
            if (!m.matches()) {
                throw new BadQuery("the last event id is not one this server wrote: '" + part + "'");
            }
            try {
                TopicPartition tp = new TopicPartition(
                        TOPICS.get(CODES.indexOf(m.group(1).charAt(0))), Integer.parseInt(m.group(2)));
                next.put(tp, Long.parseLong(m.group(3)));
            } catch (NumberFormatException e) {
                throw new BadQuery("the last event id has an offset out of range: '" + part + "'");
            }
        }
        return new ResumeToken(next);
    }

    /** This position after having seen {@code offset} in {@code partition}. */
    public ResumeToken after(TopicPartition partition, long offset) {
        Map<TopicPartition, Long> moved = new HashMap<>(next);
        moved.put(partition, offset + 1);
        return new ResumeToken(moved);
    }

    /** Whether the record at {@code offset} lies beyond this position (the client has not had it). */
    public boolean isAhead(TopicPartition partition, long offset) {
        return offset >= next.getOrDefault(partition, 0L);
    }
}
