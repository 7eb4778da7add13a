package org.wirewatch.processor.extract;

import java.util.List;
import org.wirewatch.model.SanctionMention;
import org.wirewatch.model.Stance;
import org.wirewatch.model.Story;

/**
 * A sentence that speaks of the story's last sanction without naming one: "Tehran condemned the
 * move as illegal", or the imposer explaining its decision ("we have gathered enough evidence,"
 * Borrell said). It yields a statement, never a new mention.
 */
final class SanctionReaction {

    private SanctionReaction() {}

    static SanctionFindings toLastSanction(SentenceReading reading, Story story, StoryContext context) {
        String speaker = reading.speakingState();
        if (speaker == null || context.lastSanction().isEmpty()) {
            return SanctionFindings.NONE;
        }
        SanctionMention last = context.lastSanction().get();
        Stance stance = null;
        if (speaker.equals(last.target())) {
            stance = SanctionReader.CONDEMNATION.matcher(reading.lower()).find() ? Stance.CONDEMN : null;
        } else if (speaker.equals(last.imposer())) {
            stance = SanctionStatements.stance(reading, speaker, last);
        }
        if (stance == null) {
            return SanctionFindings.NONE;
        }
        return new SanctionFindings(List.of(
                new SanctionReader.Found(null, SanctionStatements.statement(reading, story, speaker, last, stance))));
    }
}
