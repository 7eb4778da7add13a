package org.wirewatch.processor.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.wirewatch.model.SanctionAction;
import org.wirewatch.model.SanctionMention;
import org.wirewatch.model.SanctionReason;
import org.wirewatch.model.SanctionsTopic;
import org.wirewatch.model.Stance;
import org.wirewatch.model.Statement;
import org.wirewatch.model.Story;
import org.wirewatch.processor.lexicon.StateMention;

/** Sanction mentions and imposers' statements about them, sentence by sentence. */
final class SanctionReader {

    private final WeaponFinder weapons;

    SanctionReader(WeaponFinder weapons) {
        this.weapons = weapons;
    }

    private static final Pattern SANCTION = Pattern.compile("\\bsanction(?:s|ed|ing)?\\b");
    /** "Sanction" in other senses: sports bodies, approvals. */
    private static final Pattern OTHER_SENSE =
            Pattern.compile("\\b(?:fifa|uefa|league|club|olympic|doping|referee|approved|officially sanctioned)\\b");

    private record ActionCue(SanctionAction action, Pattern pattern) {}

    private static final List<ActionCue> ACTIONS = List.of(
            cue(
                    SanctionAction.DEMANDED_LIFT,
                    "(?:demand|call|urg)(?:s|ed|ing)? (?:for )?(?:the )?(?:lifting|an end|remov)"),
            cue(SanctionAction.LIFTED, "\\b(?:lift(?:s|ed|ing)?|remov(?:e|ed|es|ing)|scrap(?:ped|s)?)\\b"),
            cue(SanctionAction.EASED, "\\beas(?:e|ed|es|ing)\\b|\\brelief\\b"),
            cue(SanctionAction.EXTENDED, "\\b(?:extend(?:s|ed|ing)?|renew(?:s|ed|ing)?|prolong(?:s|ed)?)\\b"),
            cue(
                    SanctionAction.THREATENED,
                    "\\b(?:threat(?:en(?:s|ed|ing)?)?|warn(?:s|ed|ing)?|could face|would face)\\b"),
            cue(SanctionAction.CONSIDERED, "\\b(?:consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?)\\b"),
            cue(
                    SanctionAction.IMPOSED,
                    "\\b(?:impos(?:e|ed|es|ing)|slap(?:s|ped)?|announc(?:e|ed|es)|"
                            + "sanctioned|designat(?:e|ed|es)|blacklist(?:ed|s)?|adopt(?:s|ed))\\b|new sanctions"));

    record Found(SanctionMention mention, Statement statement) {}

    Optional<Found> read(SentenceReading reading, Story story) {
        if (reading.states().isEmpty()
                || !SANCTION.matcher(reading.lower()).find()
                || OTHER_SENSE.matcher(reading.lower()).find()) {
            return Optional.empty();
        }
        SanctionAction action = action(reading.lower());
        String imposer = imposer(reading, action);
        if (imposer == null) {
            return Optional.empty();
        }
        String target = reading.stateAfter("on", "against", "of")
                .map(StateMention::code)
                .filter(code -> !code.equals(imposer))
                .orElse(null);
        SanctionMention mention = new SanctionMention(
                imposer,
                target,
                List.of(),
                action,
                armsRelated(reading) ? SanctionReason.ARMS_TRANSFER : null,
                story.id(),
                story.publishedAt(),
                reading.sentence().evidence());
        return Optional.of(new Found(mention, statement(reading, story, mention)));
    }

    private static SanctionAction action(String lower) {
        return ACTIONS.stream()
                .filter(cue -> cue.pattern().matcher(lower).find())
                .map(ActionCue::action)
                .findFirst()
                .orElse(SanctionAction.IMPOSED);
    }

    /** The first state named, except for a demand to lift, where the demander is the target. */
    private static String imposer(SentenceReading reading, SanctionAction action) {
        List<String> codes =
                reading.states().stream().map(StateMention::code).distinct().toList();
        if (action == SanctionAction.DEMANDED_LIFT) {
            return codes.size() > 1 ? codes.get(1) : null;
        }
        return codes.get(0);
    }

    private boolean armsRelated(SentenceReading reading) {
        return weapons.in(reading.sentence().text()).isPresent() && TransferParties.mentionsTransfer(reading.lower());
    }

    private static Statement statement(SentenceReading reading, Story story, SanctionMention mention) {
        String speaker = reading.speakingState();
        Stance stance = speaker == null ? null : stance(speaker, mention);
        if (stance == null) {
            return null;
        }
        return new Statement(
                speaker,
                reading.speakerName(),
                new SanctionsTopic(mention.imposer(), mention.target()),
                stance,
                reading.quote(),
                reading.isBackground(),
                story.id(),
                story.url(),
                story.publishedAt(),
                reading.sentence().evidence());
    }

    private static Stance stance(String speaker, SanctionMention mention) {
        if (speaker.equals(mention.imposer())) {
            return switch (mention.action()) {
                case IMPOSED, EXTENDED -> Stance.IMPOSE;
                case THREATENED -> Stance.THREATEN;
                case CONSIDERED -> Stance.CONSIDER;
                case EASED, LIFTED -> Stance.LIFT;
                case DEMANDED_LIFT -> null;
            };
        }
        boolean target = speaker.equals(mention.target()) || mention.action() == SanctionAction.DEMANDED_LIFT;
        return target ? Stance.CONDEMN : null;
    }

    private static ActionCue cue(SanctionAction action, String regex) {
        return new ActionCue(action, Pattern.compile(regex));
    }
}
