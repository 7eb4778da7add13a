package org.wirewatch.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.wirewatch.model.topics.Topics;

/**
 * Realistic values of every record on the public topics, read from two stories: the seed story
 * (Iran does not deny drone deliveries to Russia, October 2022) and Germany's Leopard 2 decision
 * (January 2023). Evidence offsets are computed from the bodies, so they are true ones.
 */
public final class Samples {

    public static final Instant SEED_PUBLISHED = Instant.parse("2022-10-17T09:30:00Z");
    public static final String SEED_ID = "urn:uuid:6f1c2a8e-1b8f-4c55-9a43-0d2f1e7c9b10";
    public static final String SEED_URL = "https://apnews.com/article/iran-russia-drones-ukraine";

    public static final String SEED_BODY = "Iran's foreign ministry spokesman Naser Kanaani did not deny on Monday"
            + " that Tehran had delivered drones to Russia. Iran had earlier called the claim baseless."
            + " US national security adviser Jake Sullivan said Russian officers had visited Iran to review"
            + " drones they could buy. Washington warned it would sanction anyone who supplies weapons to"
            + " Russia. Kanaani demanded that the United States lift its sanctions on Iran. Supreme Leader"
            + " Ali Khamenei said Iran stands with Russia against NATO's expansion.";

    /** Russian, Persian, German quotation marks and an emoji outside the BMP (two UTF-16 units). */
    public static final String UNICODE_BODY = "Захарова: «Иран не поставлял дроны». ایران پهپاد نفرستاده است."
            + " Berlin sagt „Ja“ zu Leopard 2 🛡️ für die Ukraine.";

    private Samples() {}

    public static Evidence evidence(String body, String sentence) {
        int start = body.indexOf(sentence);
        if (start < 0) {
            throw new IllegalArgumentException("not in body: " + sentence);
        }
        return new Evidence(sentence, start, start + sentence.length());
    }

    private static Evidence seed(String sentence) {
        return evidence(SEED_BODY, sentence);
    }

    // ---- stories.raw and stories.rejected

    public static Story seedStory() {
        return new Story(
                SEED_ID,
                "AP",
                SEED_URL,
                "Iran does not deny drone deliveries to Russia",
                SEED_BODY,
                SEED_PUBLISHED,
                Instant.parse("2022-10-17T09:30:04.512Z"),
                "en",
                "By Jon Gambrell",
                "DUBAI, United Arab Emirates");
    }

    /** The seed story as another outlet syndicated it, marked as a copy of the seed story. */
    public static Story syndicatedCopy() {
        Story seed = seedStory();
        return new Story(
                        "https://news.example.org/world/2022/10/17/iran-drones-russia",
                        "Example Daily",
                        "https://news.example.org/world/2022/10/17/iran-drones-russia",
                        "Tehran stops short of denying drone shipments",
                        seed.body(),
                        seed.publishedAt(),
                        seed.ingestedAt().plusSeconds(40),
                        "en",
                        null,
                        null)
                .asDuplicateOf(seed.id());
    }

    /** A plain-text file: no URL, byline or dateline. */
    public static Story plainTextStory() {
        return new Story(
                "sha256:4c0d7d5e9b1a",
                "inbox",
                null,
                "Iran summons German envoy",
                "Tehran summoned Germany's ambassador over remarks on drone deliveries.",
                Instant.parse("2022-10-18T07:00:00Z"),
                Instant.parse("2022-10-18T07:02:10Z"),
                "en",
                null,
                null);
    }

    public static Story unicodeStory() {
        return new Story(
                "https://ria.ru/20221017/iran-1824534.html",
                "RIA Novosti",
                "https://ria.ru/20221017/iran-1824534.html",
                "Захарова: Иран не поставлял дроны — ایران",
                UNICODE_BODY,
                Instant.parse("2022-10-17T12:15:30.250Z"),
                Instant.parse("2022-10-17T12:15:31Z"),
                "ru",
                "Мария Иванова",
                "МОСКВА");
    }

    public static RejectedInput htmlErrorPage() {
        String page = "<html><head><title>403 Forbidden</title></head></html>";
        return new RejectedInput(
                "inbox:2022-10-17-iran.xml",
                "not a feed or news item wirewatch reads: the XML root element is <html>",
                page,
                page.length(),
                Instant.parse("2022-10-17T09:31:00Z"));
    }

    /** A feed polled twice: two stories, then a 503. */
    public static FeedState harbourWireAfterAnOutage() {
        return FeedState.initial("https://news.example.org/world.rss")
                .afterFetch(
                        Instant.parse("2022-10-17T09:00:00Z"),
                        "\"5f2a-1c\"",
                        "Mon, 17 Oct 2022 09:00:00 GMT",
                        List.of("hw-1001", "hw-1002"),
                        3,
                        0,
                        1)
                .afterFailure(Instant.parse("2022-10-17T09:05:00Z"), "answered HTTP 503 instead of a feed", 1);
    }

    public static RejectedInput emptyFile() {
        return new RejectedInput(
                "inbox:empty.txt", "the file is empty", null, 0, Instant.parse("2022-10-17T09:32:00Z"));
    }

    // ---- mentions

    /** Sullivan: Russian officers reviewed drone purchases in Iran — roles swapped, asserted by the USA. */
    public static ArmsTransferMention allegedDrones() {
        return new ArmsTransferMention(
                "IRN",
                "RUS",
                new Weapon(WeaponCategory.UAV, null, null),
                Modality.ALLEGED,
                "USA",
                SEED_ID,
                SEED_PUBLISHED,
                seed("US national security adviser Jake Sullivan said Russian officers had visited Iran to review"
                        + " drones they could buy."));
    }

    public static ArmsTransferMention confirmedShaheds() {
        String body = "Foreign Minister Hossein Amir-Abdollahian said Iran had provided Russia with a small number"
                + " of Shahed-136 drones months before the war.";
        return new ArmsTransferMention(
                "IRN",
                "RUS",
                new Weapon(WeaponCategory.UAV, "Shahed-136", "a small number"),
                Modality.CONFIRMED,
                null,
                "https://www.reuters.com/world/middle-east/iran-admits-drones-2022-11-05/",
                Instant.parse("2022-11-05T10:12:00Z"),
                evidence(body, body));
    }

    public static SanctionMention threatenedSanctions() {
        return new SanctionMention(
                "USA",
                null,
                List.of(),
                SanctionAction.THREATENED,
                SanctionReason.ARMS_TRANSFER,
                SEED_ID,
                SEED_PUBLISHED,
                seed("Washington warned it would sanction anyone who supplies weapons to Russia."));
    }

    public static SanctionMention demandedLift() {
        return new SanctionMention(
                "USA",
                "IRN",
                List.of(),
                SanctionAction.DEMANDED_LIFT,
                null,
                SEED_ID,
                SEED_PUBLISHED,
                seed("Kanaani demanded that the United States lift its sanctions on Iran."));
    }

    public static SanctionMention imposedOnDroneMakers() {
        String body = "The Treasury sanctioned Beijing Yunze Technology and Chengdu Sanhang for supplying drone"
                + " parts to Russia.";
        return new SanctionMention(
                "USA",
                "CHN",
                List.of("Beijing Yunze Technology", "Chengdu Sanhang"),
                SanctionAction.IMPOSED,
                SanctionReason.ARMS_TRANSFER,
                "https://home.treasury.gov/news/press-releases/jy2001",
                Instant.parse("2024-01-10T15:00:00Z"),
                evidence(body, body));
    }

    // ---- statements, one per topic kind

    public static Statement iranDoesNotDeny() {
        return new Statement(
                "IRN",
                "Naser Kanaani, Iran's foreign ministry spokesman",
                new ArmsTransferTopic("IRN", "RUS", WeaponCategory.UAV),
                Stance.NON_DENIAL,
                "did not deny on Monday that Tehran had delivered drones to Russia",
                false,
                SEED_ID,
                SEED_URL,
                SEED_PUBLISHED,
                seed("Iran's foreign ministry spokesman Naser Kanaani did not deny on Monday that Tehran had"
                        + " delivered drones to Russia."));
    }

    /** What the seed story reports as said earlier: background, no speaker named. */
    public static Statement iranHadDenied() {
        return new Statement(
                "IRN",
                null,
                new ArmsTransferTopic("IRN", "RUS", WeaponCategory.UNSPECIFIED),
                Stance.DENY,
                "called the claim baseless",
                true,
                SEED_ID,
                SEED_URL,
                SEED_PUBLISHED,
                seed("Iran had earlier called the claim baseless."));
    }

    /** Open-ended sanctions (target null), no speaker, story without URL. */
    public static Statement usThreatensSanctions() {
        return new Statement(
                "USA",
                null,
                new SanctionsTopic("USA", null),
                Stance.THREATEN,
                "it would sanction anyone who supplies weapons to Russia",
                false,
                SEED_ID,
                null,
                SEED_PUBLISHED,
                seed("Washington warned it would sanction anyone who supplies weapons to Russia."));
    }

    public static Statement iranCondemnsSanctions() {
        return new Statement(
                "IRN",
                "Naser Kanaani",
                new SanctionsTopic("USA", "IRN"),
                Stance.CONDEMN,
                "demanded that the United States lift its sanctions on Iran",
                false,
                SEED_ID,
                SEED_URL,
                SEED_PUBLISHED,
                seed("Kanaani demanded that the United States lift its sanctions on Iran."));
    }

    public static Statement khameneiSupportsRussia() {
        return new Statement(
                "IRN",
                "Supreme Leader Ali Khamenei",
                new AlignmentTopic("RUS"),
                Stance.SUPPORT,
                "Iran stands with Russia against NATO's expansion",
                false,
                SEED_ID,
                SEED_URL,
                SEED_PUBLISHED,
                seed("Supreme Leader Ali Khamenei said Iran stands with Russia against NATO's expansion."));
    }

    public static Statement berlinPledgesLeopards() {
        String body = "Chancellor Olaf Scholz said Germany will send 14 Leopard 2 A6 tanks to Ukraine.";
        return new Statement(
                "DEU",
                "Chancellor Olaf Scholz",
                new ArmsTransferTopic("DEU", "UKR", WeaponCategory.ARMORED_VEHICLE),
                Stance.PLEDGE,
                "Germany will send 14 Leopard 2 A6 tanks to Ukraine",
                false,
                "https://www.dw.com/en/germany-to-send-leopard-2-tanks-to-ukraine/a-64523470",
                "https://www.dw.com/en/germany-to-send-leopard-2-tanks-to-ukraine/a-64523470",
                Instant.parse("2023-01-25T11:40:00Z"),
                evidence(body, body));
    }

    /** Quoted in Russian, with its offsets past a non-BMP emoji. */
    public static Statement unicodeDenial() {
        return new Statement(
                "RUS",
                "Мария Захарова",
                new ArmsTransferTopic("IRN", "RUS", WeaponCategory.UAV),
                Stance.DENY,
                "Иран не поставлял дроны",
                false,
                unicodeStory().id(),
                unicodeStory().url(),
                unicodeStory().publishedAt(),
                evidence(UNICODE_BODY, "Berlin sagt „Ja“ zu Leopard 2 🛡️ für die Ukraine."));
    }

    // ---- alerts

    public static StanceShiftAlert iranStopsDenying() {
        return new StanceShiftAlert(
                "b3c1f0d2e4a5968778695a4b3c2d1e0f",
                "IRN",
                new ArmsTransferTopic("IRN", "RUS", WeaponCategory.UAV),
                new EstablishedStance(
                        Stance.DENY,
                        Instant.parse("2022-07-12T14:05:00Z"),
                        List.of(new AlertEvidence(
                                "https://www.reuters.com/world/middle-east/iran-dismisses-us-drone-claim-2022-07-12/",
                                "https://www.reuters.com/world/middle-east/iran-dismisses-us-drone-claim-2022-07-12/",
                                "Naser Kanaani",
                                "the claim that Iran supplies drones to Russia is baseless"))),
                new NewStance(
                        Stance.NON_DENIAL,
                        SEED_PUBLISHED,
                        List.of(new AlertEvidence(
                                SEED_ID,
                                SEED_URL,
                                "Naser Kanaani, Iran's foreign ministry spokesman",
                                "did not deny on Monday that Tehran had delivered drones to Russia"))),
                1,
                Severity.HIGH,
                SEED_PUBLISHED);
    }

    public static StanceShiftAlert berlinRefusesThenPledges() {
        return new StanceShiftAlert(
                "0f9e8d7c6b5a49382716a5b4c3d2e1f0",
                "DEU",
                new ArmsTransferTopic("DEU", "UKR", WeaponCategory.ARMORED_VEHICLE),
                new EstablishedStance(
                        Stance.REFUSE,
                        Instant.parse("2022-09-13T16:00:00Z"),
                        List.of(new AlertEvidence(
                                "dpa:20220913:leopard",
                                null,
                                "Christine Lambrecht",
                                "Germany will not go it alone in delivering Western battle tanks"))),
                new NewStance(
                        Stance.PLEDGE,
                        Instant.parse("2023-01-25T11:40:00Z"),
                        List.of(new AlertEvidence(
                                "https://www.dw.com/en/germany-to-send-leopard-2-tanks-to-ukraine/a-64523470",
                                "https://www.dw.com/en/germany-to-send-leopard-2-tanks-to-ukraine/a-64523470",
                                "Chancellor Olaf Scholz",
                                "Germany will send 14 Leopard 2 A6 tanks to Ukraine"))),
                2,
                Severity.CRITICAL,
                Instant.parse("2023-01-25T11:40:00Z"));
    }

    /** Neutrality to support, with empty evidence lists and an evidence entry without URL or speaker. */
    public static StanceShiftAlert iranDropsNeutrality() {
        return new StanceShiftAlert(
                "5a4b3c2d1e0f9e8d7c6b5a4938271605",
                "IRN",
                new AlignmentTopic("RUS"),
                new EstablishedStance(Stance.NEUTRAL, Instant.parse("2022-03-01T08:00:00Z"), List.of()),
                new NewStance(
                        Stance.SUPPORT,
                        SEED_PUBLISHED,
                        List.of(new AlertEvidence(
                                SEED_ID, null, null, "Iran stands with Russia against NATO's expansion"))),
                1,
                Severity.MEDIUM,
                SEED_PUBLISHED);
    }

    public static StanceShiftAlert usMovesToImpose() {
        return new StanceShiftAlert(
                "9d8c7b6a5f4e3d2c1b0a998877665544",
                "USA",
                new SanctionsTopic("USA", null),
                new EstablishedStance(Stance.THREATEN, SEED_PUBLISHED, List.of()),
                new NewStance(Stance.IMPOSE, Instant.parse("2022-10-20T18:00:00Z"), List.of()),
                1,
                Severity.HIGH,
                Instant.parse("2022-10-20T18:00:00Z"));
    }

    public static Affiliation kanaaniSpeaksForIran() {
        return new Affiliation(
                "Nasser Kanaani",
                "IRN",
                "foreign ministry spokesman",
                "urn:newsml:example.com:20221017:iran-drones",
                Instant.parse("2022-10-17T09:30:00Z"));
    }

    public static NewTransferAlert northKoreanShellsForRussia() {
        return new NewTransferAlert(
                "5d0c6b8e1f2a3b4c5d6e7f8091a2b3c4",
                "PRK",
                "RUS",
                new Weapon(WeaponCategory.AMMUNITION, null, "about 1,000 containers"),
                Modality.ALLEGED,
                "USA",
                Instant.parse("2023-10-13T15:00:00Z"),
                null,
                List.of(new AlertEvidence(
                        "urn:example:prk-containers",
                        null,
                        null,
                        "The White House said North Korea had shipped about 1,000 containers of munitions to Russia.")),
                Severity.MEDIUM,
                Instant.parse("2023-10-13T15:00:00Z"));
    }

    public static SanctionAlert treasuryDesignatesDroneMaker() {
        return new SanctionAlert(
                "9a8b7c6d5e4f30211203f4e5d6c7b8a9",
                "USA",
                "IRN",
                SanctionAction.IMPOSED,
                List.of("Qods Aviation Industries"),
                SanctionReason.ARMS_TRANSFER,
                Instant.parse("2022-11-15T18:00:00Z"),
                List.of(new AlertEvidence(
                        "urn:example:qods-designation",
                        null,
                        null,
                        "The Treasury designated Qods Aviation Industries for building drones that Russia flies over"
                                + " Ukraine.")),
                Severity.HIGH,
                Instant.parse("2022-11-15T18:00:00Z"));
    }

    // ---- alerts.webhook-parked

    /** The receiver answered 503 three times; the next attempt is due a minute later. */
    public static ParkedDelivery deskReceiverDown() {
        StanceShiftAlert alert = iranStopsDenying();
        return new ParkedDelivery(
                "sanctions-desk",
                "alerts.stance-shifts",
                alert.alertId(),
                new String(
                        Topics.STANCE_SHIFTS.valueSerde().serializer().serialize("alerts.stance-shifts", alert),
                        StandardCharsets.UTF_8),
                3,
                Instant.parse("2022-10-17T09:30:01Z"),
                "HTTP 503",
                false,
                Instant.parse("2022-10-17T09:31:05.250Z"));
    }

    /** The receiver refused the alert (HTTP 410): parked as permanent, retried only rarely. */
    public static ParkedDelivery deskRefusesSanctionAlert() {
        SanctionAlert alert = treasuryDesignatesDroneMaker();
        return new ParkedDelivery(
                "siem",
                "alerts.sanctions",
                alert.alertId(),
                new String(
                        Topics.SANCTION_ALERTS.valueSerde().serializer().serialize("alerts.sanctions", alert),
                        StandardCharsets.UTF_8),
                1,
                Instant.parse("2022-11-15T18:00:02Z"),
                "HTTP 410: the receiver refused it",
                true,
                Instant.parse("2022-11-15T19:00:02Z"));
    }
}
