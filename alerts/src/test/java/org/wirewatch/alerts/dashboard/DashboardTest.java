package org.wirewatch.alerts.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.wirewatch.model.AlertEvidence;
import org.wirewatch.testkit.HeadlessChromium;

/**
 * The dashboard page in headless Chromium against {@link StandInAlertsApi}: what an analyst sees
 * on load, a live alert arriving over SSE, its evidence, a state's stance timeline.
 */
class DashboardTest {

    static final Path SCREENSHOT = Path.of("target", "surefire-reports", "dashboard.png");
    static final Path WALL_SCREENSHOT = Path.of("target", "surefire-reports", "dashboard-wall.png");

    private static StandInAlertsApi api;
    private static HeadlessChromium browser;

    @BeforeAll
    static void start() throws Exception {
        api = DashboardFixtures.serveAll(StandInAlertsApi.start());
        browser = HeadlessChromium.start(1600, 1000);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (api != null) {
            api.close();
        }
    }

    /** Opens the page and waits until its stream is connected, so pushed events reach it. */
    private static void openDashboard(String query) {
        int before = api.connections();
        browser.open(api.url() + query);
        await().atMost(Duration.ofSeconds(15)).until(() -> api.connections() > before);
        browser.waitFor("#conn[data-state='live']");
    }

    private static String alert(String alertId) {
        return "li.alert[data-alert-id='" + alertId + "']";
    }

    @Test
    void shouldShowEveryPanelWithTheRecentAlertsAndPipelineHealth() {
        openDashboard("");

        assertThat(browser.script("document.title")).asString().contains("wirewatch");
        for (String panel : List.of("#feed-panel", "#timeline-panel", "#dyads-panel", "#health-panel")) {
            assertThat(browser.waitFor(panel).isDisplayed()).as(panel).isTrue();
        }
        browser.waitFor(alert("san-eu-irn-1"));
        assertThat(browser.findAll("#feed > li.alert"))
                .extracting(e -> e.getAttribute("data-alert-id"))
                .containsExactly("san-eu-irn-1", "ntr-irn-rus-1", "ssa-irn-rus-1");
        assertThat(browser.textOf(alert("ssa-irn-rus-1") + " .headline"))
                .isEqualTo("IRN on ARMS_TRANSFER IRN→RUS: DENY → NON_DENIAL");
        assertThat(browser.textOf(alert("ssa-irn-rus-1") + " .badge")).isEqualTo("HIGH");
        assertThat(browser.textOf("#dyads tr[data-dyad='IRN→RUS'] .total")).isEqualTo("2");
        assertThat(browser.waitForText("#h-ready", "ready")).isEqualTo("ready");
        assertThat(browser.waitForText("#h-rate", "2.50")).isEqualTo("2.50");
        assertThat(browser.textOf("#h-dlq-alerts")).isEqualTo("3");
        assertThat(browser.waitFor("#h-dlq-alerts").getAttribute("data-level")).isEqualTo("warn");
        assertThat(browser.textOf("#h-lag-alerts")).isEqualTo("12");
        assertThat(browser.textOf("#h-lag-processor")).isEqualTo("n/a");
        assertThat(browser.waitFor("#h-lag-processor").getAttribute("data-level"))
                .isEqualTo("na");
    }

    @Test
    void shouldShowAnAlertPushedOverTheStreamOnTopAndHighlighted() {
        openDashboard("");
        browser.waitFor(alert("ssa-irn-rus-1"));

        api.push("alerts.stance-shifts", "17", DashboardFixtures.irnStopsDenying("ssa-live-1", liveEvidence()));

        WebElement card = browser.waitFor(alert("ssa-live-1"));
        assertThat(card.getAttribute("class")).contains("is-new", "sev-HIGH");
        assertThat(browser.findAll("#feed > li.alert").get(0).getAttribute("data-alert-id"))
                .isEqualTo("ssa-live-1");
        assertThat(browser.waitForText("#dyads tr[data-dyad='IRN→RUS'] .total", "3"))
                .isEqualTo("3");

        api.push("alerts.stance-shifts", "18", DashboardFixtures.irnStopsDenying("ssa-live-1", liveEvidence()));
        api.push("alerts.new-transfers", "19", DashboardFixtures.usAllegesDrones());
        api.push("alerts.sanctions", "20", DashboardFixtures.euSanctionsIran());
        browser.waitForText("#alert-count", "4 alerts");
        assertThat(browser.findAll(alert("ssa-live-1")))
                .as("a repeated alert is shown once")
                .hasSize(1);
    }

    @Test
    void shouldShowTheEvidenceOfBothSidesOnClickWithQuotesAsText() {
        openDashboard("");
        api.push("alerts.stance-shifts", "21", DashboardFixtures.irnStopsDenying("ssa-live-2", liveEvidence()));
        String card = alert("ssa-live-2");
        browser.waitFor(card);

        browser.click(card + " .alert-head");

        assertThat(browser.textOf(card + " .side-from .quote")).contains(DashboardFixtures.DENIAL_QUOTE);
        assertThat(browser.textOf(card + " .side-from .speaker")).isEqualTo("Nasser Kanaani");
        assertThat(browser.textOf(card + " .side-to .quote")).contains("<b>not bold</b>");
        assertThat(browser.findAll(card + " .side-to .quote b"))
                .as("data is never markup")
                .isEmpty();
        assertThat(browser.waitFor(card + " .side-to a.story-link").getAttribute("href"))
                .isEqualTo(DashboardFixtures.SEED_URL);
        assertThat(browser.waitFor(card + " .alert-head").getAttribute("aria-expanded"))
                .isEqualTo("true");
    }

    @Test
    void shouldDrawTheStanceTimelineOfAChosenStateWithTheShiftMarked() {
        openDashboard("");

        chooseState("irn");
        browser.click("#lines .line[data-key='" + DashboardFixtures.IRN_ARMS_KEY + "']");

        browser.waitFor("svg.timeline[data-key='" + DashboardFixtures.IRN_ARMS_KEY + "']");
        assertThat(api.requests())
                .contains("/api/states/IRN/stances", "/api/stances/IRN%7CARMS_TRANSFER%3AIRN%3ERUS/history");
        assertThat(browser.findAll("#lines .line")).hasSize(2);
        assertThat(browser.waitFor("#lines .line[aria-pressed='true']").getAttribute("data-key"))
                .isEqualTo(DashboardFixtures.IRN_ARMS_KEY);
        List<WebElement> points = browser.findAll("svg.timeline circle.point");
        assertThat(points).extracting(p -> p.getAttribute("data-stance")).containsExactly("DENY", "DENY", "NON_DENIAL");
        assertThat(points.get(0).getAttribute("fill"))
                .isNotEqualTo(points.get(2).getAttribute("fill"));
        assertThat(points.get(1).getAttribute("class")).contains("is-background");
        assertThat(points.get(2).getAttribute("class")).contains("is-shift");
        assertThat(browser.findAll("svg.timeline .shift-ring")).hasSize(1);
        assertThat(browser.findAll("svg.timeline .shift-marker")).hasSize(1);
        assertThat(browser.findAll("#legend li[data-stance]"))
                .extracting(WebElement::getText)
                .containsExactly("DENY", "NON_DENIAL");
        assertThat(browser.script("document.querySelector('svg.timeline circle.is-shift title').textContent"))
                .asString()
                .contains("NON_DENIAL", DashboardFixtures.NON_DENIAL_QUOTE);

        points.get(2).click();
        assertThat(browser.textOf("#point-detail .quote")).contains(DashboardFixtures.NON_DENIAL_QUOTE);
    }

    @Test
    void shouldFitThePipelineHealthInItsPanelOnALaptop() {
        openDashboard("");
        browser.waitForText("#h-rate", "2.50");

        assertThat(browser.script("(() => { const p = document.getElementById('health-panel');"
                        + " return p.scrollHeight - p.clientHeight; })()"))
                .as("pixels of the panel hidden behind a scroll bar")
                .isEqualTo(0L);
    }

    @Test
    void shouldKeepTheChartAndTheChosenLineInViewWhenAStateHoldsManyLines() {
        openDashboard("?state=PRK");

        browser.waitFor("svg.timeline[data-key='" + DashboardFixtures.PRK_LATEST_KEY + "'] circle.is-shift");

        assertThat(browser.findAll("#lines .line")).hasSize(DashboardFixtures.PRK_RECIPIENTS.size());
        assertThat(browser.script("(() => { const l = document.getElementById('lines');"
                        + " return l.scrollHeight > l.clientHeight; })()"))
                .as("the list scrolls in its own box")
                .isEqualTo(true);
        assertThat(browser.script("(() => { const l = document.getElementById('lines').getBoundingClientRect();"
                        + " const b = document.querySelector('#lines .line[aria-pressed=\"true\"]')"
                        + ".getBoundingClientRect(); return b.top >= l.top && b.bottom <= l.bottom; })()"))
                .as("the chosen line is scrolled into the list's box")
                .isEqualTo(true);
        assertThat(browser.script("(() => { const p = document.getElementById('timeline-panel')"
                        + ".getBoundingClientRect(); const c = document.querySelector('svg.timeline')"
                        + ".getBoundingClientRect(); return c.height > 100 && c.bottom <= p.bottom; })()"))
                .as("the whole chart is inside the panel")
                .isEqualTo(true);
    }

    /** The whole flow on a laptop-sized window, saved for a person to look at. */
    @Test
    void shouldSaveAScreenshotOfALiveDashboard() {
        openDashboard("?state=IRN");
        browser.waitFor("svg.timeline circle.is-shift");
        api.push("alerts.stance-shifts", "22", DashboardFixtures.irnStopsDenying("ssa-live-3", liveEvidence()));
        browser.click(alert("ssa-live-3") + " .alert-head");
        browser.waitFor(alert("ssa-live-3") + " .side-to .quote");
        browser.waitForText("#h-rate", "2.50");

        Path png = browser.screenshot(SCREENSHOT);

        assertThat(png).exists().isNotEmptyFile();
    }

    @Test
    void shouldUseLargeTypeOnAWallScreen() {
        Dimension laptop = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new Dimension(2560, 1440));
        try {
            openDashboard("?wall=1&state=IRN");
            browser.waitFor("svg.timeline circle.is-shift");
            browser.waitForText("#h-rate", "2.50");

            assertThat(browser.script("getComputedStyle(document.documentElement).fontSize"))
                    .isEqualTo("24px");
            browser.screenshot(WALL_SCREENSHOT);
        } finally {
            browser.driver().manage().window().setSize(laptop);
        }
    }

    private static void chooseState(String state) {
        WebElement input = browser.waitFor("#state-input");
        input.clear();
        input.sendKeys(state);
        browser.driver()
                .findElement(By.cssSelector("#state-form button[type='submit']"))
                .click();
    }

    /** The live side's evidence carries markup, which the page must show as text. */
    private static AlertEvidence liveEvidence() {
        return new AlertEvidence(
                "urn:story:ap-1017",
                DashboardFixtures.SEED_URL,
                "Naser Kanaani",
                DashboardFixtures.NON_DENIAL_QUOTE + " <b>not bold</b>");
    }
}
