package org.wirewatch.processor.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Stance wording, most specific first: "did not deny" must win over "deny", "will not send" over
 * "will send". Patterns run on lower-cased sentences.
 */
final class ClaimCues {

    private record Cue(ClaimKind kind, Pattern pattern) {}

    private static final List<Cue> CUES = List.of(
            cue(
                    ClaimKind.NON_DENIAL,
                    "(?:did|does|do|would|will|could)(?: not|n't) deny|declined to (?:confirm or )?deny"
                            + "|neither confirm(?:ed)? nor den(?:y|ied)|not confirm or deny|stopped short of denying"
                            + "|refused to (?:confirm or )?deny|predates? the war"),
            cue(
                    ClaimKind.REFUSAL,
                    "(?:will|would|shall) not (?:send|supply|deliver|provide|transfer)|won't (?:send|supply|deliver)"
                            + "|ruled out (?:sending|supplying|delivering|providing)"
                            + "|refused to (?:send|supply|deliver|provide)|no plans? to (?:send|supply|deliver)"),
            cue(
                    ClaimKind.DENIAL,
                    "\\bden(?:y|ies|ied|ying|ial)\\b|baseless|fabricat|\\bfalse\\b|never (?:supplied|sent|delivered"
                            + "|provided|transferred)|(?:rejected|dismissed) (?:the )?(?:claims?|reports?|accusations?)"),
            cue(ClaimKind.ADMISSION, "\\b(?:admitted|acknowledged|confirmed|conceded)\\b"),
            cue(
                    ClaimKind.PLEDGE,
                    "(?:will|would|is to|are to|agreed to|pledged to|promised to|decided to) (?:send|supply|deliver"
                            + "|provide|transfer)|\\bpledged\\b|\\bapproved (?:the )?(?:delivery|transfer|sale)"),
            cue(
                    ClaimKind.CONSIDERATION,
                    "(?:considering|weighing|examining|studying) (?:whether to |a request to )?(?:send|supply"
                            + "|deliver|provide|the (?:delivery|transfer|request))"));

    private ClaimCues() {}

    static ClaimKind classify(String lowerSentence) {
        for (Cue cue : CUES) {
            if (cue.pattern().matcher(lowerSentence).find()) {
                return cue.kind();
            }
        }
        return ClaimKind.ASSERTION;
    }

    private static Cue cue(ClaimKind kind, String regex) {
        return new Cue(kind, Pattern.compile(regex));
    }
}
