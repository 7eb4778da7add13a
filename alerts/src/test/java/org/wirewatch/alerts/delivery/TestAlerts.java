package org.wirewatch.alerts.delivery;

import java.time.Instant;
import java.util.List;
import org.wirewatch.model.AlertEvidence;
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

/** Alerts of each topic, with the id and severity a test chooses. */
public final class TestAlerts {

    public static final Instant AT = Instant.parse("2022-10-17T09:30:00Z");

    private TestAlerts() {}

    /** Iran stops denying drone deliveries to Russia: states IRN and RUS, ARMS_TRANSFER. */
    public static StanceShiftAlert iranStopsDenying(String alertId, Severity severity) {
        return new StanceShiftAlert(
                alertId,
                "IRN",
                new ArmsTransferTopic("IRN", "RUS", WeaponCategory.UAV),
                new EstablishedStance(Stance.DENY, Instant.parse("2022-07-12T14:05:00Z"), List.of()),
                new NewStance(
                        Stance.NON_DENIAL,
                        AT,
                        List.of(new AlertEvidence("urn:test:seed", null, "Naser Kanaani", "did not deny"))),
                1,
                severity,
                AT);
    }

    /** North Korean shells for Russia: states PRK and RUS, ARMS_TRANSFER. */
    public static NewTransferAlert northKoreanShells(String alertId, Severity severity) {
        return new NewTransferAlert(
                alertId,
                "PRK",
                "RUS",
                new Weapon(WeaponCategory.AMMUNITION, null, null),
                Modality.ALLEGED,
                "USA",
                AT,
                null,
                List.of(new AlertEvidence("urn:test:prk", null, null, "shipped containers of munitions")),
                severity,
                AT);
    }

    /** US sanctions on Iran: states USA and IRN, SANCTIONS. */
    public static SanctionAlert usSanctionsIran(String alertId, Severity severity) {
        return new SanctionAlert(
                alertId,
                "USA",
                "IRN",
                SanctionAction.IMPOSED,
                List.of("Qods Aviation Industries"),
                SanctionReason.ARMS_TRANSFER,
                AT,
                List.of(new AlertEvidence("urn:test:qods", null, null, "The Treasury designated Qods Aviation")),
                severity,
                AT);
    }
}
