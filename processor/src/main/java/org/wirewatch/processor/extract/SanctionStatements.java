package org.wirewatch.processor.extract;

import java.util.ArrayList;
import java.util.List;
import org.wirewatch.model.SanctionAction;
import org.wirewatch.model.SanctionMention;
import org.wirewatch.model.SanctionsTopic;
import org.wirewatch.model.Stance;
import org.wirewatch.model.Statement;
import org.wirewatch.model.Story;

/**
 * What the states speaking in a sentence say about a sanction it names: the imposer imposes,
 * threatens or lifts; the target condemns; a member of the imposing organisation speaks on the
 * organisation's row. A third state's words are not a stance on the sanction.
 */
final class SanctionStatements {

    private SanctionStatements() {}

    /** The mention with the first speaker's statement, then each further speaker's statement alone. */
    static List<SanctionReader.Found> of(SentenceReading reading, Story story, SanctionMention mention) {
        List<SanctionReader.Found> found = new ArrayList<>();
        found.add(new SanctionReader.Found(mention, null));
        for (String speaker : reading.speakingStates()) {
            Stance stance = stance(reading, speaker, mention);
            if (stance != null) {
                found.add(new SanctionReader.Found(null, statement(reading, story, speaker, mention, stance)));
            }
        }
        return found;
    }

    /** The stance of {@code speaker} on the sanction, or null when it takes none on it. */
    static Stance stance(SentenceReading reading, String speaker, SanctionMention mention) {
        if (speaker.equals(mention.target())) {
            return Stance.CONDEMN;
        }
        if (Memberships.isMember(speaker, mention.imposer())) {
            boolean holdsUp = SanctionReader.vetoed(reading) || mention.action() == SanctionAction.THREATENED;
            return holdsUp ? Stance.OPPOSE : Stance.IMPOSE;
        }
        if (speaker.equals(mention.imposer())) {
            return switch (mention.action()) {
                case IMPOSED, EXTENDED -> Stance.IMPOSE;
                case THREATENED -> Stance.THREATEN;
                case CONSIDERED -> Stance.CONSIDER;
                case EASED, LIFTED -> Stance.LIFT;
                case DEMANDED_LIFT -> null;
            };
        }
        return mention.action() == SanctionAction.DEMANDED_LIFT ? Stance.CONDEMN : null;
    }

    static Statement statement(
            SentenceReading reading, Story story, String speaker, SanctionMention mention, Stance stance) {
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
}
