package org.wirewatch.alerts.transfers;

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
import org.wirewatch.model.ArmsTransferMention;
import org.wirewatch.model.Evidence;
import org.wirewatch.model.Modality;
import org.wirewatch.model.NewTransferAlert;
import org.wirewatch.model.Severity;
import org.wirewatch.model.Weapon;
import org.wirewatch.model.WeaponCategory;

class FirstReportsTest {

    private static final Instant T0 = Instant.parse("2023-09-01T06:00:00Z");

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
    void shouldAlertTheFirstReportOfAPairOnceAcrossCopiesAndLaterReports() {
        // Given a first report of North Korean shells for Russia, two outlets' copies and a follow-up
        driver.send(mention("PRK", "RUS", Modality.ALLEGED, "story-1", 0));
        driver.send(mention("PRK", "RUS", Modality.ALLEGED, "story-1-copy", 1));
        driver.send(mention("PRK", "RUS", Modality.REPORTED, "story-2", 24 * 10));

        // Then one alert, for the first report, keyed by the pair
        List<NewTransferAlert> alerts = driver.newTransfers.readValuesToList();
        assertThat(alerts).hasSize(1);
        NewTransferAlert alert = alerts.get(0);
        assertThat(alert.key()).isEqualTo("PRK>RUS");
        assertThat(alert.evidence()).extracting("storyId").containsExactly("story-1");
        assertThat(alert.previousReportAt()).isNull();
        assertThat(alert.severity()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void shouldNotTreatDenialsOrRefusalsAsReports() {
        driver.send(mention("IRN", "RUS", Modality.DENIED, "denial", 0));
        driver.send(mention("DEU", "UKR", Modality.REFUSED, "refusal", 0));

        assertThat(driver.newTransfers.isEmpty()).isTrue();
    }

    @Test
    void shouldAlertAgainWhenAPairResumesAfterTheQuietWindow() {
        // Given a report, then nothing for 100 days (the default window is 90)
        driver.send(mention("IRN", "RUS", Modality.REPORTED, "old", 0));
        driver.newTransfers.readValuesToList();

        // When a new report comes
        driver.send(mention("IRN", "RUS", Modality.CONFIRMED, "new", 24 * 100));

        // Then it alerts, citing when the pair was last reported
        NewTransferAlert alert = driver.newTransfers.readValue();
        assertThat(alert.previousReportAt()).isEqualTo(T0);
        assertThat(alert.severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void shouldTellPairsApart() {
        driver.send(mention("IRN", "RUS", Modality.REPORTED, "a", 0));
        driver.send(mention("RUS", "IRN", Modality.REPORTED, "b", 1));

        assertThat(driver.newTransfers.readValuesToList())
                .extracting(NewTransferAlert::key)
                .containsExactly("IRN>RUS", "RUS>IRN");
    }

    @Test
    void shouldGiveTheSameAlertIdOnReplay() {
        driver.send(mention("PRK", "RUS", Modality.ALLEGED, "story-1", 0));
        String first = driver.newTransfers.readValue().alertId();
        driver.close();

        driver = new AlertsDriver(stateDir.resolve("again"), T0);
        driver.send(mention("PRK", "RUS", Modality.ALLEGED, "story-1", 0));

        assertThat(driver.newTransfers.readValue().alertId()).isEqualTo(first);
    }

    private static ArmsTransferMention mention(
            String supplier, String recipient, Modality modality, String storyId, int hours) {
        String sentence = supplier + " sent shells to " + recipient + ".";
        return new ArmsTransferMention(
                supplier,
                recipient,
                new Weapon(WeaponCategory.AMMUNITION, null, null),
                modality,
                null,
                storyId,
                T0.plus(Duration.ofHours(hours)),
                new Evidence(sentence, 0, sentence.length()));
    }
}
