package org.wirewatch.alerts.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.alerts.AlertsDriver;
import org.wirewatch.model.Evidence;
import org.wirewatch.model.SanctionAction;
import org.wirewatch.model.SanctionAlert;
import org.wirewatch.model.SanctionMention;
import org.wirewatch.model.SanctionReason;
import org.wirewatch.model.Severity;

class SanctionMeasuresTest {

    private static final Instant T0 = Instant.parse("2022-11-15T18:00:00Z");

    @TempDir
    Path stateDir;

    private AlertsDriver driver;

    @BeforeEach
    void start() {
        driver = new AlertsDriver(stateDir, T0);
    }

    @AfterEach
    void close() {
        driver.close();
    }

    @Test
    void shouldAlertOnceForAMeasureReToldByOtherOutletsAndNextDay() {
        // Given US sanctions on an Iranian drone maker, carried by three stories over two days
        driver.send(measure("USA", "IRN", SanctionAction.IMPOSED, List.of("Qods Aviation Industries"), "s1", 0));
        driver.send(measure("USA", "IRN", SanctionAction.IMPOSED, List.of("Qods Aviation Industries"), "s2", 2));
        driver.send(measure("USA", "IRN", SanctionAction.IMPOSED, List.of(), "s3", 30));

        // Then one alert, from the first story, HIGH because it answers an arms transfer
        List<SanctionAlert> alerts = driver.sanctionAlerts.readValuesToList();
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).key()).isEqualTo("IRN");
        assertThat(alerts.get(0).evidence()).extracting("storyId").containsExactly("s1");
        assertThat(alerts.get(0).severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void shouldAlertAgainForNewEntitiesOrAnotherImposer() {
        driver.send(measure("USA", "IRN", SanctionAction.IMPOSED, List.of("Qods Aviation Industries"), "s1", 0));
        driver.send(measure("USA", "IRN", SanctionAction.IMPOSED, List.of("Shahed Aviation Industries"), "s2", 5));
        driver.send(measure("GBR", "IRN", SanctionAction.IMPOSED, List.of("Qods Aviation Industries"), "s3", 6));

        assertThat(driver.sanctionAlerts.readValuesToList())
                .extracting("imposer")
                .containsExactly("USA", "USA", "GBR");
    }

    @Test
    void shouldLeaveThreatsDemandsExtensionsAndUntargetedMeasuresAlone() {
        driver.send(measure("USA", "IRN", SanctionAction.THREATENED, List.of(), "threat", 0));
        driver.send(measure("USA", "IRN", SanctionAction.CONSIDERED, List.of(), "idea", 0));
        driver.send(measure("EU", "RUS", SanctionAction.EXTENDED, List.of(), "rollover", 0));
        driver.send(measure("IRN", "USA", SanctionAction.DEMANDED_LIFT, List.of(), "demand", 0));
        driver.send(measure("USA", null, SanctionAction.IMPOSED, List.of("a cartel"), "network", 0));

        assertThat(driver.sanctionAlerts.isEmpty()).isTrue();
    }

    @Test
    void shouldAlertALiftingAsHigh() {
        driver.send(measure("USA", "VEN", SanctionAction.LIFTED, List.of(), "lift", 0));

        SanctionAlert alert = driver.sanctionAlerts.readValue();
        assertThat(alert.action()).isEqualTo(SanctionAction.LIFTED);
        assertThat(alert.severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void shouldAlertTheSameMeasureAgainAfterTheRepeatWindow() {
        driver.send(measure("USA", "IRN", SanctionAction.IMPOSED, List.of(), "s1", 0));
        driver.send(measure("USA", "IRN", SanctionAction.IMPOSED, List.of(), "s2", 24 * 10));

        assertThat(driver.sanctionAlerts.readValuesToList()).hasSize(2);
    }

    private static SanctionMention measure(
            String imposer, String target, SanctionAction action, List<String> entities, String storyId, int hours) {
        String sentence = imposer + " acted on " + target + ".";
        return new SanctionMention(
                imposer,
                target,
                entities,
                action,
                imposer.equals("USA") && target != null && target.equals("IRN") ? SanctionReason.ARMS_TRANSFER : null,
                storyId,
                T0.plus(Duration.ofHours(hours)),
                new Evidence(sentence, 0, sentence.length()));
    }
}
