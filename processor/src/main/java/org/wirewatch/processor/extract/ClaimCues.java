package org.wirewatch.processor.extract;

import java.util.ArrayList;
import java.util.List;
import org.wirewatch.processor.text.Alternatives;

/**
 * Stance wording, most specific first: "did not deny" must win over "deny", "will not send" over
 * "will send". Patterns run on lower-cased sentences.
 */
final class ClaimCues {

    private record Cue(ClaimKind kind, String regex) {}

    /** Verbs of transfer, base form and past participle. */
    private static final String GIVE = "(?:send|supply|deliver|provide|transfer|give|hand over|ship|sell|export)";

    private static final String GIVEN =
            "(?:sent|supplied|delivered|provided|transferred|given|handed over|shipped|sold|exported)";

    /**
     * A transfer named by its verb, gerund or base form, with "pass on" and "hand … over" that writers
     * use of arms a state holds and would give away: what a refusal of intent speaks of.
     */
    private static final String GIVING_OR_GIVE = "(?:sending|supplying|delivering|providing|transferring|giving"
            + "|handing (?:\\w+ )?over|shipping|selling|exporting|passing (?:\\w+ )?on|"
            + GIVE.substring(3, GIVE.length() - 1)
            + "|pass (?:\\w+ )?on)\\b";

    private static final List<Cue> CUES = List.of(
            cue(
                    ClaimKind.NON_DENIAL,
                    "(?:did|does|do|would|will|could)(?: not|n't) deny|(?:am|is|are|was|were)(?: not|n't) going to deny"
                            // "I will not confirm it and I am not going to deny it either"
                            + "|(?:not|n't|neither) confirm(?:ing)?\\b[^.;]{0,60}?\\b(?:and|or|nor)\\b[^.;]{0,30}?\\bden(?:y|ying)\\b"
                            + "|declined to (?:confirm or )?deny"
                            + "|neither confirm(?:ed)? nor den(?:y|ied)|(?:not|nor) (?:going to |able to )?confirm or deny|stopped short of denying"
                            + "|refused to (?:confirm or )?deny|predat(?:e|es|ed|ing) (?:the )?(?:war|conflict|invasion)|(?:began|begun|started) (?:long )?before the (?:war|conflict|invasion)|declined to comment|would not comment"
                            + "|(?:declined|refused) to say|avoid(?:ed|s|ing)? (?:directly )?(?:addressing|answering|commenting)|declin(?:ed|es|ing) to (?:directly )?address|sidestep(?:s|ped|ping)?\\b|did(?: not|n't) (?:directly )?address|(?:declined|refused)(?: [\\w,]+){1,3}? to (?:say|comment|confirm|discuss|elaborate|(?:confirm or )?deny)\\b|sensitive (?:areas?|issues?|matters?|topics?)|not (?:be )?(?:the subject of )?disclos|no comment|(?:declined|refused) to (?:comment|discuss|elaborate|give details)|would(?: not|n't) (?:discuss|elaborate|go into)|would(?: not|n't) say|did(?: not|n't) say whether"
                            // deflections of a ministry asked about its exports: "does not comment on its
                            // defence exports", "without addressing the accusation", "would not like to get into
                            // specifics", "cooperation ... not directed against any third country"
                            + "|(?:does|do|did)(?: not|n't) comment on|without (?:directly )?(?:addressing|answering"
                            + "|confirming or denying)|(?:not|n't) (?:like to |want to |wish to )?(?:get|go) into (?:the )?"
                            + "(?:specifics|details)|not (?:targeted|directed|aimed) (?:at|against) any third"),
            // a negated refusal leaves the door open: checked before the refusals it contains
            cue(
                    ClaimKind.CONSIDERATION,
                    "(?:not|never) (?:been )?(?:taken |ruled )?off the table|(?:not|never|\\w+n't) (?:been )?ruled? out"
                            + "|(?:not|never|\\w+n't) (?:been )?(?:ruling|rule) out|has not excluded|not excluding"
                            + "|(?:is|was|are|were|be|been) not excluded|nothing is excluded"
                            // "nothing is off the table" keeps every option open, unlike "off the table"
                            + "|nothing (?:is |was |has been )?(?:off the table|ruled out)"
                            // reviewing a policy of not sending is not holding to it
                            + "|reconsider(?:s|ed|ing)?\\b|rethink(?:s|ing)?\\b|review(?:s|ed|ing)? (?:its|their|the) (?:policy|position|ban)"
                            // a possibility, not a promise: "his country could provide weapons"
                            + "|(?:could|might|may) (?!not\\b|never\\b|be\\b)(?:\\w+ )?" + GIVE + "\\b"),
            // not halting deliveries is a promise to go on: checked before the halts below
            cue(ClaimKind.PLEDGE, "(?:will|would|shall)(?: not|n't) (?:suspend|halt|pause|stop|block|cut off)"),
            cue(
                    ClaimKind.REFUSAL,
                    "(?:will|would|shall|can|could|must)(?: not|n't|not) " + GIVE + "|won't " + GIVE
                            + "|(?:is|are|was|were)(?: not|n't) (?:going to " + GIVE
                            + "|sending|supplying|delivering|providing|giving)"
                            + "|rul(?:ed|es|ing) out (?:the )?(?:sending|supplying|delivering|providing|delivery|supply)"
                            + "|refus(?:ed|es|ing) to " + GIVE + "|no plans? to " + GIVE
                            // intent or interest disowned is a refusal: "has no interest in passing on ammunition",
                            // "not thinking of sending arms", "does not intend to supply"
                            + "|(?:no|not (?:have )?any) (?:interest|intention|desire|wish) (?:in|of|to) (?:[\\w-]+ )?"
                            + GIVING_OR_GIVE
                            + "|(?:not|n't) (?:\\w+ )?(?:thinking|intending|planning|interested|considering) (?:of |about |in |to )?"
                            + GIVING_OR_GIVE
                            + "|(?:do|does|did)(?: not|n't) (?:intend|plan|want|wish) to " + GIVE
                            // inability is a refusal: "will not be able to send", "it is not possible to deliver",
                            // and so is withholding the licence: "could not approve the transfer", "does not allow
                            // re-export", "does not intend to approve the delivery"
                            + "|(?:will|would|shall|can|could)(?: not|n't) be (?:able|in a position) to " + GIVE
                            + "|(?:unable|(?:not|n't) (?:\\w+ )?(?:possible|able)|impossible) (?:for [\\w ]{1,20}? )?to "
                            + GIVE
                            + "|(?:(?:will|would|shall|can|could|do|does|did)(?: not|n't|not)|(?:not|n't) (?:intend|plan|want|wish) to)"
                            + " (?:approve|allow|authori[sz]e|permit|agree to|sign off on) (?:the |any |further )?(?:[\\w-]+ ){0,4}?"
                            + "(?:deliver(?:y|ies)|transfers?|re-?exports?|exports?|sales?|suppl(?:y|ies)|shipments?)\\b"
                            + "|(?:rejected|turned down|declined|refused) (?:[\\w'-]+ ){0,3}requests? to (?:" + GIVE
                            + "|pass (?:\\w+ )?on|re-?export)\\b"
                            // readiness denied is a refusal: "is not prepared to give", "not ready to send"
                            + "|(?:not|n't) (?:\\w+ )?(?:prepared|ready|willing) to " + GIVE
                            // "we don't believe ATACMS are necessary right now"
                            + "|(?:do|does|did)(?: not|n't) (?:believe|think) (?:[\\w-]+ ){1,4}?(?:is|are) (?:necessary|needed)\\b"
                            + "|rejected (?:growing |renewed )?(?:calls|requests|demands|pressure) to " + GIVE
                            + "|(?:will|would) not (?:go it alone|take such a step)|not (?:on|up for) the table"
                            // a halt others press for is theirs to ask, not the state's refusal: "as pressure grows
                            // on its neighbours to stop the flow of arms"
                            + "|(?<=but )not\\b|\\brefusal\\b|(?:stop|stops|stopped|stopping|end|ends|ended|ending|cease|ceased|cut off|cutting off)(?<!(?:urge|urges|urged|urging|calls? on|called on|demands?|demanded|asks?|asked|press(?:es|ed)?|pressure|appeal(?:s|ed)?)\\b.{0,95}) (?:[\\w-]+ ){0,3}?(?:aid|arms|weapons|deliveries|supplies|shipments|exports|sales)\\b|(?:expelled|removed|excluded|kicked out) from (?:the )?(?:[\\w-]+ ){0,3}?program|\\b(?:paus(?:e|ed|es|ing)|halt(?:ed|s|ing)?|suspend(?:ed|s|ing)?|withh(?:e|o)ld(?:ing|s)?)\\b|(?:position|policy|principle) of not (?:supplying|sending|providing|exporting)|(?:rejected|turned down|declined) (?:[\\w'-]+ ){0,3}requests? for|\\boff the table"),
            cue(
                    ClaimKind.DENIAL,
                    "\\bden(?:y|ies|ied|ying|ial)\\b|baseless|unfounded|untrue|not true|(?:completely|totally|absolutely) wrong|fabricat|\\bfalse\\b|\\blies\\b|groundless"
                            // the words officials use to wave a claim away
                            + "|\\b(?:fake|fakes|absurd|nonsense|slander(?:ous)?|smear|hoax)\\b"
                            // "there are no Iranian drones at the front", said by a party
                            + "|\\bthere (?:are|is|were|was) no (?:[\\w-]+ ){0,2}?(?:weapons|arms|drones|missiles|tanks|shells|munitions"
                            + "|ammunition|rockets|jets)\\b"
                            + "|dismiss(?:ed|es|ing)? (?:it |them |this |that )?as\\b"
                            + "|(?:not seen|seen no|found no|no) (?:any )?(?:indication|evidence|sign)s?\\b"
                            // a third state that has seen no transfer disputes it: "we have not seen China provide"
                            + "|(?:have|has|had)(?: not|n't) seen (?:[\\w'-]+ ){1,3}?(?:" + GIVE + "|" + GIVEN + ")\\b"
                            + "|never (?:been )?" + GIVEN + "|(?:has|have|had|did) not (?:been )?" + GIVEN
                            + "|(?:did|has|have|had)n't " + GIVEN
                            + "|(?:reject|dismiss|refut|rebuff|denounc)(?:ed|es|ing|e|s)? (?:[\\w'-]+ ){0,4}?(?:claims?|reports?"
                            + "|accusations?|allegations?|findings|assertions?|suggestions?|stor(?:y|ies)|charges?)\\b"),
            cue(ClaimKind.ADMISSION, "\\b(?:admitted|acknowledged|confirmed|conceded)\\b"),
            cue(
                    ClaimKind.PLEDGE,
                    "(?:will|would|is to|are to|agreed (?:with (?:[\\w'-]+ ){1,4})?to|pledged to|promised to|decided to|plans to|is going to"
                            + "|intends to|committed to|announced (?:it|they) would) " + GIVE
                            + "|\\b(?:pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|offer(?:s|ed|ing)? to)\\b"
                            // an offer of anything but arms is no pledge of them
                            + "|\\boffer(?:s|ed|ing)?\\b(?!(?: [\\w-]+){0,3}? (?:humanitarian|help|condolences|talks|mediation"
                            + "|support|reconstruction|sympathy|assistance|asylum|loans?|credit)\\b)"
                            + "|\\bapproved (?:the )?(?:delivery|transfer|sale|export)"
                            + "|green light|(?:new|latest|additional|fresh) (?:[$\\w,.-]+ ){0,4}?package|approved an? .{0,40}package"
                            + "|package (?:that |which )?(?:also |will )?includ"
                            + "|(?:go|goes|going|went) ahead with|proceed(?:s|ed|ing)? with"
                            + "|(?:is|are|was|were|stands?|stood) (?:(?!not )\\w+ )?(?:prepared|ready|willing) to "
                            + GIVE
                            + "|(?:ordered|authori[sz]ed|cleared|signed off on) (?:[\\w-]+ ){0,4}?(?:the )?(?:release|delivery"
                            + "|transfer|sale|shipment|export)|releas(?:e|ed|es|ing) (?:the |a )?(?:hold|shipment)"
                            + "|(?:will|would|is to|are to) be " + GIVEN),
            cue(
                    ClaimKind.CONSIDERATION,
                    "(?:considering|weighing|examining|studying|reviewing|discussing|looking at) (?:an? |the )?(?:[\\w'-]+ )?requests?\\b"
                            + "|(?:considering|weighing|examining|studying|reviewing|discussing|looking at) (?:whether to |a request to"
                            + " |the possibility of )?(?:" + GIVE
                            + "|the (?:delivery|transfer|request)|sending|supplying)"
                            + "|(?:not|never) ruled? out|has not excluded|no decision (?:has been|was) (?:made|taken)"
                            + "|(?:has|have|had)(?: not|n't) (?:yet )?decided whether|under review|on the table"
                            + "|(?:is|are|was|were|being) (?:\\w+ )?(?:examined|considered|reviewed|studied|weighed|assessed)"
                            + "|(?:examination|review|assessment|deliberations?) (?:continues|is continuing|is ongoing|goes on)"
                            + "|(?:in )?no hurry to|held off|holding off|holds off|yet to decide|not yet decided"
                            + "|(?:cannot|can't|could not|couldn't) (?:say|tell you) (?:yet |today |now )?(?:when|whether|if)"
                            + "|(?:not|n't) (?:yet )?made up (?:its|his|her|their|our|my) minds?"
                            + "|(?:when|whether|if) a decision (?:will|would|is|could)"));

    private ClaimCues() {}

    /** The wording's claim and where its cue starts; ASSERTION at {@code to} when none. */
    record Claim(ClaimKind kind, int position) {}

    /**
     * All cues, in order of specificity, tried only where a word starts and only those that can start
     * with its letter: these scans were the costliest step of reading. Where cues overlap, the most
     * specific one starting first is the one found.
     */
    private static final Alternatives ALL =
            new Alternatives(CUES.stream().map(Cue::regex).toList());

    private static final String QUOTATION_MARKS = "\"\u201c\u201d";

    /** Every cue in the sentence, most specific kinds first, then by position; reused per clause. */
    static List<Claim> scan(String lowerSentence) {
        List<List<Claim>> byCue = new ArrayList<>();
        CUES.forEach(cue -> byCue.add(new ArrayList<>()));
        // a quotation may open inside the wording (Iran had "not delivered missiles"): the cues are
        // read with quotation marks left out, and found at their place in the sentence
        int[] place = new int[lowerSentence.length()];
        StringBuilder unquoted = new StringBuilder(lowerSentence.length());
        for (int i = 0; i < lowerSentence.length(); i++) {
            if (QUOTATION_MARKS.indexOf(lowerSentence.charAt(i)) < 0) {
                place[unquoted.length()] = i;
                unquoted.append(lowerSentence.charAt(i));
            }
        }
        List<int[]> conditions = conditions(unquoted);
        for (Alternatives.Found found : ALL.in(unquoted.toString())) {
            if (conditions.stream().anyMatch(c -> found.start() >= c[0] && found.start() < c[1])) {
                continue; // "if Iran's part is confirmed, we will …" confirms nothing
            }
            int start = found.start() < unquoted.length() ? place[found.start()] : lowerSentence.length();
            byCue.get(found.wording()).add(new Claim(CUES.get(found.wording()).kind(), start));
        }
        return byCue.stream().flatMap(List::stream).toList();
    }

    /** A condition, up to the comma that closes it: what it says is supposed, not stated. */
    private static final java.util.regex.Pattern CONDITION = Alternatives.pattern("\\b(?:if|unless)\\b[^,;]*");

    private static List<int[]> conditions(CharSequence lower) {
        List<int[]> spans = new ArrayList<>();
        java.util.regex.Matcher m = CONDITION.matcher(lower);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    /** The most specific claim among {@code hits} whose cue lies within {@code [from, to)}. */
    static Claim find(List<Claim> hits, int from, int to) {
        for (Claim hit : hits) {
            if (hit.position() >= from && hit.position() < to) {
                return hit;
            }
        }
        return new Claim(ClaimKind.ASSERTION, to);
    }

    private static Cue cue(ClaimKind kind, String regex) {
        Alternatives.pattern(regex); // each cue must stand as a pattern of its own
        return new Cue(kind, regex);
    }
}
