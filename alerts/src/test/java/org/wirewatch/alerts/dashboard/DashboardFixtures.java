package org.wirewatch.alerts.dashboard;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wirewatch.alerts.query.AlertEntry;
import org.wirewatch.alerts.stance.CurrentStance;
import org.wirewatch.alerts.stance.HistoryPoint;
import org.wirewatch.alerts.stance.LineHistory;
import org.wirewatch.model.AlertEvidence;
import org.wirewatch.model.AlignmentTopic;
import org.wirewatch.model.ArmsTransferTopic;
import org.wirewatch.model.EstablishedStance;
import org.wirewatch.model.Modality;
import org.wirewatch.model.NewStance;
import org.wirewatch.model.NewTransferAlert;
import org.wirewatch.model.SanctionAction;
import org.wirewatch.model.SanctionAlert;
import org.wirewatch.model.SanctionReason;
import org.wirewatch.model.Severity;
import org.wirewatch.model.Stance;
import org.wirewatch.model.StanceShiftAlert;
import org.wirewatch.model.Weapon;
import org.wirewatch.model.WeaponCategory;

/**
 * What the stand-in API answers, built from the real records so the page reads the real JSON
 * shapes: the seed story's Iran line (DENY, then NON_DENIAL), a new-transfer and a sanction alert.
 */
final class DashboardFixtures {

    static final String IRN_ARMS_KEY = "IRN|ARMS_TRANSFER:IRN>RUS";
    static final String SEED_URL = "https://apnews.com/article/iran-russia-drones-ukraine";
    static final String DENIAL_QUOTE = "The claim that Iran delivered drones to Russia is baseless.";
    static final String NON_DENIAL_QUOTE =
            "did not deny on Monday that Tehran had delivered drones to Russia"; // the reported clause

    private static final Instant DENIED_AT = Instant.parse("2022-10-06T08:00:00Z");
    private static final Instant SEED_AT = Instant.parse("2022-10-17T09:30:00Z");
    private static final ArmsTransferTopic IRN_TO_RUS = new ArmsTransferTopic("IRN", "RUS", WeaponCategory.UNSPECIFIED);

    private DashboardFixtures() {}

    static AlertEvidence denial() {
        return new AlertEvidence("urn:story:irna-1006", null, "Nasser Kanaani", DENIAL_QUOTE);
    }

    static AlertEvidence nonDenial() {
        return new AlertEvidence("urn:story:ap-1017", SEED_URL, "Naser Kanaani", NON_DENIAL_QUOTE);
    }

    /** The seed story's alert: IRN on ARMS_TRANSFER IRN→RUS, DENY → NON_DENIAL. */
    static StanceShiftAlert irnStopsDenying(String alertId, AlertEvidence to) {
        return new StanceShiftAlert(
                alertId,
                "IRN",
                IRN_TO_RUS,
                new EstablishedStance(Stance.DENY, DENIED_AT, List.of(denial())),
                new NewStance(Stance.NON_DENIAL, SEED_AT, List.of(to)),
                1,
                Severity.HIGH,
                SEED_AT.plusSeconds(4));
    }

    static NewTransferAlert usAllegesDrones() {
        return new NewTransferAlert(
                "ntr-irn-rus-1",
                "IRN",
                "RUS",
                new Weapon(WeaponCategory.UAV, "Shahed-136", null),
                Modality.ALLEGED,
                "USA",
                SEED_AT,
                null,
                List.of(new AlertEvidence(
                        "urn:story:ap-1017",
                        SEED_URL,
                        "Jake Sullivan",
                        "Russian officers had visited Iran to review drones they could buy.")),
                Severity.MEDIUM,
                SEED_AT.plusSeconds(4));
    }

    static SanctionAlert euSanctionsIran() {
        return new SanctionAlert(
                "san-eu-irn-1",
                "EU",
                "IRN",
                SanctionAction.IMPOSED,
                List.of("Shahed Aviation Industries", "Qods Aviation Industries"),
                SanctionReason.ARMS_TRANSFER,
                Instant.parse("2022-10-20T11:00:00Z"),
                List.of(new AlertEvidence(
                        "urn:story:reuters-1020",
                        "https://www.reuters.com/world/eu-sanctions-iran-drones",
                        null,
                        "The EU imposed sanctions on three Iranian individuals and one entity over drones.")),
                Severity.CRITICAL,
                Instant.parse("2022-10-20T11:00:03Z"));
    }

    /** GET /api/alerts: newest first. */
    static List<AlertEntry> recentAlerts() {
        return List.of(
                AlertEntry.of(euSanctionsIran()),
                AlertEntry.of(usAllegesDrones()),
                AlertEntry.of(irnStopsDenying("ssa-irn-rus-1", nonDenial())));
    }

    /** GET /api/states/IRN/stances. */
    static List<CurrentStance> irnStances() {
        return List.of(
                new CurrentStance(
                        IRN_ARMS_KEY,
                        "IRN",
                        IRN_TO_RUS.line(),
                        WeaponCategory.UNSPECIFIED,
                        Stance.NON_DENIAL,
                        0,
                        SEED_AT,
                        List.of(nonDenial())),
                new CurrentStance(
                        "IRN|" + new AlignmentTopic("RUS").line(),
                        "IRN",
                        new AlignmentTopic("RUS").line(),
                        WeaponCategory.UNSPECIFIED,
                        Stance.SUPPORT,
                        1,
                        SEED_AT.minusSeconds(86400),
                        List.of(new AlertEvidence(
                                "urn:story:ap-1017",
                                SEED_URL,
                                "Ali Khamenei",
                                "Iran stands with Russia against NATO's expansion."))));
    }

    /** GET /api/stances/IRN|ARMS_TRANSFER:IRN>RUS/history: denied twice (once recalled), then the shift. */
    static LineHistory irnArmsHistory() {
        return new LineHistory(
                IRN_ARMS_KEY,
                "IRN",
                IRN_TO_RUS.line(),
                List.of(
                        new HistoryPoint(
                                WeaponCategory.UNSPECIFIED, Stance.DENY, -1, DENIED_AT, false, false, denial()),
                        new HistoryPoint(
                                WeaponCategory.UAV,
                                Stance.DENY,
                                -1,
                                Instant.parse("2022-10-11T10:00:00Z"),
                                true,
                                false,
                                new AlertEvidence(
                                        "urn:story:tass-1011",
                                        "https://tass.com/world/iran-drones",
                                        null,
                                        "Tehran had earlier rejected reports of drone supplies.")),
                        new HistoryPoint(
                                WeaponCategory.UNSPECIFIED, Stance.NON_DENIAL, 0, SEED_AT, false, true, nonDenial())));
    }

    /** North Korea's arms to fifteen recipients: more lines than the timeline panel has room for. */
    static final List<String> PRK_RECIPIENTS = List.of(
            "AGO", "BLR", "CHN", "CUB", "ERI", "IRN", "LBY", "MLI", "MMR", "NIC", "RUS", "SDN", "SYR", "VEN", "YEM");

    /** The last line in the list, and the latest to move: the one the page shows first. */
    static final String PRK_LATEST_KEY = "PRK|ARMS_TRANSFER:PRK>YEM";

    /** GET /api/states/PRK/stances. */
    static List<CurrentStance> prkStances() {
        return PRK_RECIPIENTS.stream()
                .map(recipient -> new CurrentStance(
                        "PRK|ARMS_TRANSFER:PRK>" + recipient,
                        "PRK",
                        "ARMS_TRANSFER:PRK>" + recipient,
                        WeaponCategory.UNSPECIFIED,
                        Stance.DENY,
                        -1,
                        recipient.equals("YEM") ? SEED_AT : DENIED_AT,
                        List.of(denial())))
                .toList();
    }

    /** GET /api/stances/PRK|ARMS_TRANSFER:PRK>YEM/history: a denial, then a non-denial. */
    static LineHistory prkYemenHistory() {
        return new LineHistory(
                PRK_LATEST_KEY,
                "PRK",
                "ARMS_TRANSFER:PRK>YEM",
                List.of(
                        new HistoryPoint(
                                WeaponCategory.UNSPECIFIED, Stance.DENY, -1, DENIED_AT, false, false, denial()),
                        new HistoryPoint(
                                WeaponCategory.UNSPECIFIED, Stance.NON_DENIAL, 0, SEED_AT, false, true, nonDenial())));
    }

    /** GET /api/pipeline. */
    static Map<String, Object> pipeline() {
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("storiesPerSecond", 2.5);
        Map<String, Object> lag = new LinkedHashMap<>();
        lag.put("alerts", 12);
        lag.put("processor", null); // a group that has committed nothing yet
        health.put("consumerLag", lag);
        health.put("deadLetters", Map.of("processor", 0, "alerts", 3));
        health.put("lastStoryAt", Instant.now().minusSeconds(20).toString());
        return health;
    }

    /** Every canned answer, by the raw path the page requests. */
    static StandInAlertsApi serveAll(StandInAlertsApi api) {
        return api.answer("/api/alerts", recentAlerts())
                .answer("/api/states/IRN/stances", irnStances())
                .answer("/api/stances/IRN%7CARMS_TRANSFER%3AIRN%3ERUS/history", irnArmsHistory())
                .answer("/api/states/PRK/stances", prkStances())
                .answer("/api/stances/PRK%7CARMS_TRANSFER%3APRK%3EYEM/history", prkYemenHistory())
                .answer("/api/pipeline", pipeline())
                .answer("/ready", Map.of("status", "ready"));
    }
}
