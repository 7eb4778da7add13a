package org.wirewatch.processor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.wirewatch.model.SanctionMention;
import org.wirewatch.model.Stance;
import org.wirewatch.model.Statement;
import org.wirewatch.model.Story;
import org.wirewatch.processor.text.Alternatives;

/**
 * A sentence that speaks of the story's last sanctions without naming one: "Tehran condemned the
 * move as illegal", the imposer explaining its decision ("we have gathered enough evidence,"
 * Borrell said), or a member of the imposing organisation backing or holding up "the resolution".
 * It yields statements, never a new mention; a target condemning a joint measure condemns each
 * imposer's part of it.
 */
final class SanctionReaction {

    /**
     * What a member must speak of for its words to be about the organisation's sanctions: the
     * measures themselves, the vote, or the act on them ("Hungary can agree to the extension").
     */
    private static final Pattern REFERENCE = Alternatives.pattern("\\b(?:measures|resolution|sanctions|package|embargo"
            + "|penalties|restrictions|voted|vote|veto\\w*|extension|renewal|rollover|reimposition|listings?)\\b");

    private SanctionReaction() {}

    static SanctionFindings toLastSanction(SentenceReading reading, Story story, StoryContext context) {
        List<String> speakers = SanctionStatements.speakers(reading);
        List<SanctionReader.Found> found = new ArrayList<>();
        for (String speaker : speakers) {
            for (SanctionMention last : answered(reading, speaker, context)) {
                Stance stance = stance(reading, speaker, last);
                if (stance != null) {
                    Statement statement = SanctionStatements.statement(reading, story, speaker, last, stance);
                    found.add(new SanctionReader.Found(null, statement));
                }
            }
        }
        return found.isEmpty() ? SanctionFindings.NONE : new SanctionFindings(found);
    }

    /**
     * The sanctions a speaker reacts to: the story's last ones, unless the speaker is the target of
     * the sanctions the story opened with and names none of the later imposers. A target rejecting
     * "the measures" or "the decision" answers what the story is about, not the partners' "parallel
     * measures" or "own sanctions" told in passing after it.
     */
    private static List<SanctionMention> answered(SentenceReading reading, String speaker, StoryContext context) {
        List<SanctionMention> last = context.lastSanctions();
        List<SanctionMention> lead = context.leadSanctions().stream()
                .filter(s -> speaker.equals(s.target()))
                .toList();
        boolean leadImposerLast = last.stream()
                .anyMatch(l -> lead.stream().anyMatch(s -> s.imposer().equals(l.imposer())));
        boolean laterImposerNamed = last.stream()
                .anyMatch(l -> reading.states().stream().anyMatch(s -> s.code().equals(l.imposer())));
        boolean lastOnSpeaker = last.stream().anyMatch(l -> speaker.equals(l.target()));
        List<SanctionMention> heard =
                lead.isEmpty() || leadImposerLast || laterImposerNamed || !lastOnSpeaker ? last : lead;
        // "Choke on your sanctions, you British, and the Americans too": naming whom it answers, a
        // speaker answers those alone, not every imposer the last sentence named
        List<SanctionMention> named = heard.stream()
                .filter(h -> reading.states().stream().anyMatch(s -> s.code().equals(h.imposer())))
                .toList();
        return named.isEmpty() ? heard : named;
    }

    private static Stance stance(SentenceReading reading, String speaker, SanctionMention last) {
        boolean member = Memberships.isMember(speaker, last.imposer());
        boolean thirdState = !speaker.equals(last.imposer())
                && !member
                && REFERENCE.matcher(reading.lower()).find();
        if (speaker.equals(last.target()) || thirdState) {
            // any other state speaks on the target's row: "Lavrov said the sanctions were arrogant"
            return SanctionReader.CONDEMNATION.matcher(reading.lower()).find() ? Stance.CONDEMN : null;
        }
        if (speaker.equals(last.imposer())
                || member && REFERENCE.matcher(reading.lower()).find()) {
            return SanctionStatements.stance(reading, speaker, last);
        }
        return null;
    }
}
