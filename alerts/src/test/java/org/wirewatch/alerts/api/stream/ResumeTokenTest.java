package org.wirewatch.alerts.api.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.wirewatch.alerts.api.BadQuery;

class ResumeTokenTest {

    private static final TopicPartition SHIFTS_0 = new TopicPartition("alerts.stance-shifts", 0);
    private static final TopicPartition SHIFTS_5 = new TopicPartition("alerts.stance-shifts", 5);
    private static final TopicPartition SANCTIONS_2 = new TopicPartition("alerts.sanctions", 2);

    @Test
    void shouldRoundTripThroughItsText() {
        ResumeToken token = new ResumeToken(Map.of(SHIFTS_0, 12L, SHIFTS_5, 0L, SANCTIONS_2, 7L));

        String text = token.encode();

        assertThat(text).isEqualTo("s0:12,s5:0,x2:7");
        assertThat(ResumeToken.decode(text)).isEqualTo(token);
    }

    @Test
    void shouldMovePastTheOffsetSeen() {
        ResumeToken token = new ResumeToken(Map.of(SHIFTS_0, 12L)).after(SHIFTS_0, 12);

        assertThat(token.isAhead(SHIFTS_0, 12)).isFalse();
        assertThat(token.isAhead(SHIFTS_0, 13)).isTrue();
    }

    @Test
    void shouldRejectTextThisServerDidNotWrite() {
        assertThatThrownBy(() -> ResumeToken.decode("alerts.stance-shifts:0:12"))
                .isInstanceOf(BadQuery.class);
        assertThatThrownBy(() -> ResumeToken.decode("s0:99999999999999999999")).isInstanceOf(BadQuery.class);
        assertThatThrownBy(() -> ResumeToken.decode("s0:1,".repeat(2_000))).isInstanceOf(BadQuery.class);
    }
}
