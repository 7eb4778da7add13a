package org.wirewatch.processor.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewatch.model.ArmsTransferMention;
import org.wirewatch.model.ArmsTransferTopic;
import org.wirewatch.model.Modality;
import org.wirewatch.model.Stance;
import org.wirewatch.model.Statement;
import org.wirewatch.model.Story;

/** Arms-transfer mentions and the statements states make about them, sentence by sentence. */
final class ArmsTransferReader {

    private final WeaponFinder weapons;

    ArmsTransferReader(WeaponFinder weapons) {
        this.weapons = weapons;
    }

    private static final Pattern HEDGE = Pattern.compile("\\b(?:reportedly|allegedly|suspected|believed to)\\b");
    private static final Pattern FUTURE = Pattern.compile("\\b(?:will|plans? to|planning to|intends? to|to be)\\b");
    private static final Pattern QUANTITY = Pattern.compile(
            "(\\d[\\d,.]*(?: million| billion)?|a small number of|dozens of|hundreds of|thousands of|several)"
                    + "\\s+(?:[\\w-]+\\s+){0,2}$",
            Pattern.CASE_INSENSITIVE);

    record Found(ArmsTransferMention mention, Statement statement) {}

    Optional<Found> read(SentenceReading reading, Story story) {
        if (reading.states().size() < 1 || !TransferParties.mentionsTransfer(reading.lower())) {
            return Optional.empty();
        }
        return weapons.in(reading.sentence().text()).flatMap(weapon -> TransferParties.of(reading, weapon)
                .map(parties -> found(reading, story, weapon, parties)));
    }

    private Found found(SentenceReading reading, Story story, WeaponTerm weapon, TransferParties parties) {
        String speaker = reading.speakingState();
        Modality modality = modality(reading, parties, speaker);
        String assertedBy =
                switch (modality) {
                    case ALLEGED, CONFIRMED, DENIED, REFUSED -> speaker;
                    default -> null;
                };
        ArmsTransferMention mention = new ArmsTransferMention(
                parties.supplier(),
                parties.recipient(),
                weapon.weapon(quantity(reading.sentence().text(), weapon)),
                modality,
                assertedBy,
                story.id(),
                story.publishedAt(),
                reading.sentence().evidence());
        return new Found(mention, statement(reading, story, weapon, parties, speaker));
    }

    private static Modality modality(SentenceReading reading, TransferParties parties, String speaker) {
        boolean party = speaker != null && parties.involves(speaker);
        return switch (reading.claim()) {
            case DENIAL -> party ? Modality.DENIED : Modality.ALLEGED;
            case NON_DENIAL -> Modality.ALLEGED;
            case REFUSAL -> Modality.REFUSED;
            case PLEDGE, CONSIDERATION -> Modality.PLANNED;
            case ADMISSION -> party ? Modality.CONFIRMED : Modality.ALLEGED;
            case ASSERTION -> assertion(reading, party, speaker);
        };
    }

    private static Modality assertion(SentenceReading reading, boolean party, String speaker) {
        if (speaker != null) {
            return party ? Modality.CONFIRMED : Modality.ALLEGED;
        }
        if (HEDGE.matcher(reading.lower()).find()) {
            return Modality.ALLEGED;
        }
        return FUTURE.matcher(reading.lower()).find() ? Modality.PLANNED : Modality.REPORTED;
    }

    private static Statement statement(
            SentenceReading reading, Story story, WeaponTerm weapon, TransferParties parties, String speaker) {
        if (speaker == null) {
            return null;
        }
        Stance stance = parties.involves(speaker) ? partyStance(reading.claim()) : thirdStateStance(reading.claim());
        if (stance == null) {
            return null;
        }
        return new Statement(
                speaker,
                reading.speakerName(),
                new ArmsTransferTopic(parties.supplier(), parties.recipient(), weapon.category()),
                stance,
                reading.quote(),
                reading.isBackground(),
                story.id(),
                story.url(),
                story.publishedAt(),
                reading.sentence().evidence());
    }

    private static Stance partyStance(ClaimKind claim) {
        return switch (claim) {
            case DENIAL -> Stance.DENY;
            case NON_DENIAL -> Stance.NON_DENIAL;
            case REFUSAL -> Stance.REFUSE;
            case PLEDGE -> Stance.PLEDGE;
            case CONSIDERATION -> Stance.CONSIDER;
            case ADMISSION, ASSERTION -> Stance.ACKNOWLEDGE;
        };
    }

    private static Stance thirdStateStance(ClaimKind claim) {
        return switch (claim) {
            case DENIAL -> Stance.DISPUTE;
            case ADMISSION, ASSERTION -> Stance.ALLEGE;
            default -> null;
        };
    }

    private static String quantity(String sentence, WeaponTerm weapon) {
        Matcher m = QUANTITY.matcher(sentence.substring(0, weapon.start()));
        return m.find() ? m.group(1) : null;
    }
}
