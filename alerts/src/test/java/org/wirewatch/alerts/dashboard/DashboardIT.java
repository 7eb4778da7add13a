package org.wirewatch.alerts.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.wirewatch.alerts.AlertsApp;
import org.wirewatch.alerts.api.AlertsNode;
import org.wirewatch.alerts.api.RawStories;
import org.wirewatch.alerts.api.StanceStatements;
import org.wirewatch.broker.KafkaBroker;
import org.wirewatch.model.Stance;
import org.wirewatch.model.topics.TopicProvisioner;
import org.wirewatch.model.topics.Topics;
import org.wirewatch.testkit.HeadlessChromium;
import org.wirewatch.testkit.KafkaBrokerExtension;

/**
 * The dashboard in headless Chromium against the real alerts service (topology and HTTP API) on a
 * real broker, behind its token: what {@link DashboardTest} checks against a stand-in, end to end.
 */
@ExtendWith(KafkaBrokerExtension.class)
class DashboardIT {

    static final Path SCREENSHOT = Path.of("target", "failsafe-reports", "dashboard-live.png");

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path stateDir;

    @Test
    void shouldShowRealPipelineHealthAndAStanceShiftDetectedWhileThePageIsOpen(KafkaBroker broker) throws Exception {
        // Given the alerts service (under its real group id, so its lag is shown) and a story in
        String bootstrap = broker.bootstrapServers();
        TopicProvisioner.ensure(bootstrap, Topics.all(), Optional.of((short) 1));
        RawStories.send(bootstrap, "Iran's foreign ministry spokesman did not deny drone deliveries");
        String recipient = StanceStatements.uniqueRecipient();
        try (AlertsNode node = AlertsNode.start(bootstrap, AlertsApp.APPLICATION_ID, stateDir);
                StanceStatements statements = new StanceStatements(bootstrap);
                HeadlessChromium browser = HeadlessChromium.start(1600, 1000)) {
            await().atMost(WAIT).until(node::running);

            // When an analyst logs in with the token, as the banner tells them to
            browser.open(node.uri("/login?token=" + AlertsNode.TOKEN).toString());
            browser.waitFor("#conn[data-state='live']");

            // Then the pipeline health shows what the sampler read from the broker
            assertThat(browser.waitForText("#h-ready", "ready")).isEqualTo("ready");
            await().atMost(WAIT).untilAsserted(() -> {
                assertThat(browser.textOf("#h-last")).contains("ago");
                assertThat(browser.textOf("#h-dlq-processor")).matches("\\d+");
                assertThat(browser.textOf("#h-dlq-alerts")).matches("\\d+");
            });
            assertThat(cardOf(browser, recipient))
                    .as("no alert on this line yet")
                    .isNull();

            // When Iran moves from denial to non-denial on arms to the recipient
            statements.send(recipient, Stance.DENY, "deny-" + recipient, 0);
            statements.send(recipient, Stance.NON_DENIAL, "nondenial-" + recipient, 24);

            // Then the alert appears in the feed without a reload
            WebElement card = await().atMost(WAIT)
                    .ignoreException(StaleElementReferenceException.class) // a card replaced while read
                    .until(() -> cardOf(browser, recipient), Objects::nonNull);
            String selector = "li.alert[data-alert-id='" + card.getAttribute("data-alert-id") + "']";
            assertThat(browser.textOf(selector + " .headline"))
                    .isEqualTo("IRN on ARMS_TRANSFER IRN→" + recipient + ": DENY → NON_DENIAL");

            // And a click shows the evidence of both sides
            browser.click(selector + " .alert-head");
            assertThat(browser.textOf(selector + " .side-from .quote")).contains("spokesman on DENY");
            assertThat(browser.textOf(selector + " .side-to .quote")).contains("spokesman on NON_DENIAL");
            assertThat(browser.waitFor(selector + " .side-to a.story-link").getAttribute("href"))
                    .isEqualTo("https://example.org/nondenial-" + recipient);

            // And its line's timeline marks the shift
            browser.click(selector + " .show-timeline[data-state='IRN']");
            browser.waitFor("svg.timeline[data-key='" + StanceStatements.key(recipient) + "'] circle.is-shift");

            // And the alerts service, having committed what it read, has a lag to show, and with two
            // samples taken the story rate is known
            await().atMost(WAIT).untilAsserted(() -> {
                assertThat(browser.textOf("#h-lag-alerts")).matches("\\d+");
                assertThat(browser.textOf("#h-rate")).matches("\\d+\\.\\d+");
            });
            assertThat(browser.screenshot(SCREENSHOT)).isNotEmptyFile();
        }
    }

    /** The feed's card of the alert on Iran's arms line to {@code recipient}, or null. */
    private static WebElement cardOf(HeadlessChromium browser, String recipient) {
        return browser.findAll("#feed > li.alert").stream()
                .filter(card -> card.getText().contains("IRN→" + recipient + ":"))
                .findFirst()
                .orElse(null);
    }
}
