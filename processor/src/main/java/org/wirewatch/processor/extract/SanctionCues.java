package org.wirewatch.processor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewatch.processor.text.Alternatives;

/**
 * The wording of sanctions in a lower-cased sentence: where a sanction is spoken of (the noun, the
 * verb, or a measure that is one by nature: a blacklisting, an asset freeze, a travel ban), which
 * action the words around it describe, and the other senses of "sanction" that are no mention.
 */
final class SanctionCues {

    /** A place in the sentence where a sanction is spoken of; {@code verb} when the cue is the act itself. */
    record Cue(int start, int end, boolean verb) {}

    /**
     * Nouns naming a sanction, or naming a punitive measure that is one: export bans and controls,
     * price caps, listings, an EU-style numbered package ("the 14th package", not an aid package),
     * restrictions once they are said to be imposed on someone.
     */
    private static final Pattern NOUN =
            Alternatives.pattern("\\bsanctions?\\b(?! act\\b(?! as))|\\brestrictive measures\\b"
                    + "|\\b(?:counter|punitive |retaliatory )?measures against\\b|\\bembargo(?:es)?\\b"
                    // the targets' own name for sanctions, used by their ministries and state media of
                    // every region: "rejects the unilateral coercive measures announced by …"
                    + "|\\bcoercive measures\\b"
                    // a visa ban on a state's officials is a sanction on it, as a travel ban is
                    + "|\\bvisa (?:bans?|restrictions?)(?: (?:policy|regime))?\\b"
                    + "|\\b(?:penalty|punitive|secondary) tariffs?\\b|\\bas a penalty for\\b|\\bblacklist\\b"
                    + "|\\bentity list\\b|\\basset[- ]freezes?\\b|\\btravel bans?\\b|\\bprice caps?\\b"
                    + "|\\bspecially designated nationals\\b|\\bsdn list\\b"
                    + "|\\bexport (?:bans?|controls|curbs)\\b|\\brestrictive regime\\b|\\b(?:restrictions|curbs)(?= imposed (?:on|against)\\b)"
                    + "|\\b\\d+(?:st|nd|rd|th) package\\b(?! of (?:military|aid|weapons|security|arms))"
                    + "|\\bpenalt(?:y|ies)[\"\u201d]? (?:\\w+ ){0,3}?(?:for|because|over) (?:[\\w'\u2019]+ ){0,2}?(?:buy|purchas|import|dealing|trad"
                    + "|support)");

    /**
     * Verbs that are the act of sanctioning; "designate" only with the kind of party a sanctions list
     * names, since a government also designates holidays and heritage sites. The cue is the verb
     * alone, so that a state in its object ("froze Russian assets") is read as the target. A law's
     * name ("… Through Sanctions Act") is no act of sanctioning. "Listed" is an act only under a
     * sanctions framework or regime ("listed three airlines under the EU framework on Iran").
     */
    private static final Pattern VERB = Alternatives.pattern(
            "\\bsanction(?:ed|ing|s)?\\b(?! act\\b(?! as))|\\bblacklist(?:ed|s|ing)\\b"
                    + "|\\bembargoed\\b|\\bfr(?:eeze|eezes|eezing|oze|ozen)\\b(?= (?:\\w+ ){0,3}?assets\\b)"
                    + "|\\bdesignat(?:e|es|ed|ing|ions? of)\\b(?= (?:\\S+ ){0,8}?(?:individuals|entities|companies|firms|banks|vessels"
                    + "|tankers|people|persons|officials|officers|networks|oligarchs|businessmen|generals|makers"
                    + "|manufacturers|producers|suppliers|exporters|refiners|refineries|airlines|operators|executives"
                    + "|commanders|lenders|insurers|shippers)\\b)"
                    + "|\\b(?:was|were|been|being) designated by\\b"
                    + "|\\blist(?:s|ed|ing)\\b(?= (?:[^.;]+? )?under (?:the |its |a )?(?:[\\w-]+ ){0,3}?(?:framework|regime|sanctions))");

    /** A threat that names no measure: "would face consequences" stands for sanctions only in a sanctions story. */
    private static final Pattern CONSEQUENCES =
            Alternatives.pattern("\\b(?:face|faces|facing|bear|suffer) (?:\\w+ ){0,2}?consequences\\b");

    /**
     * "Sanction" in other senses: sports and doping bodies, a court or a professional body disciplining
     * someone, a regulator's fine, "sanctioned" meaning approved. The sentence is no mention at all.
     */
    private static final Pattern OTHER_SENSE = Alternatives.pattern("\\b(?:fifa|uefa|ioc|wada|rusada|doping|athletes?"
            + "|league|club|olympics?|olympic|referee|tournament|(?:football|athletics|sports?|boxing"
            + "|swimming|skating) (?:federation|body|association)|officially sanctioned|judge|lawyers?|attorneys?"
            + "|plaintiffs?|disciplinary|misconduct|regulator|securities and exchange|fined)\\b|\\w-sanctioned\\b"
            + "|\\bsanctioned (?:the|a|an) (?:plan|deal|merger|use|project|operation|attack|raid|strike|killing"
            + "|event|race|bout|fight|match)\\b");

    private SanctionCues() {}

    /** Every cue in the sentence, in order. */
    static List<Cue> find(String lower, boolean sanctionsStory) {
        List<Cue> cues = new ArrayList<>();
        collect(NOUN_WORDS, lower, false, cues);
        collect(VERB_WORDS, lower, true, cues);
        if (sanctionsStory) {
            collect(CONSEQUENCE_WORDS, lower, false, cues);
        }
        cues.sort(java.util.Comparator.comparingInt(Cue::start));
        return withoutOverlaps(cues);
    }

    /**
     * "The measures, announced by …", "the new restrictions imposed by …": the sanctions the story
     * spoke of last, named again by a word that is no cue by itself, with their agent. Looked for
     * only once the story has named a sanction; without an agent the sentence only reacts to them.
     */
    private static final Pattern BACK_REFERENCE = Alternatives.pattern(
            "\\b(?:the|these|those|such)(?: new| latest)? (measures|restrictions|penalties)(?=,? \\w+ed by\\b)");

    /**
     * A target's answer in kind: "countermeasures", "counter-sanctions", "reciprocal measures". By
     * themselves they are as often trade retaliation; only in a story that has named a sanction are
     * they sanctions of their own, on the state that imposed the first ones.
     */
    private static final Pattern COUNTER = Alternatives.pattern(
            "\\b(?:counter-?measures|counter-?sanctions|(?:reciprocal|retaliatory|similar) measures)\\b");

    /** The counter-measures in a sentence of a story that already spoke of sanctions. */
    static List<Cue> counterMeasures(String lower) {
        List<Cue> cues = new ArrayList<>();
        Matcher m = COUNTER.matcher(lower);
        while (m.find()) {
            cues.add(new Cue(m.start(), m.end(), false));
        }
        return cues;
    }

    /** The cues that only name again the sanctions the story spoke of last. */
    static List<Cue> backReferences(String lower) {
        List<Cue> cues = new ArrayList<>();
        java.util.regex.Matcher m = BACK_REFERENCE.matcher(lower);
        while (m.find()) {
            cues.add(new Cue(m.start(1), m.end(1), false));
        }
        return cues;
    }

    /** True for a sentence using "sanction" in another sense, or a story that is about none. */
    static boolean otherSense(String lower) {
        return OTHER_SENSE.matcher(lower).find();
    }

    /** The cheap relevance test on raw text: the noun or the verb, in any case. */
    static boolean any(String lower) {
        return anchored(lower)
                && (NOUN.matcher(lower).find() || VERB.matcher(lower).find());
    }

    /** Whether the text holds a word some cue needs: when not, it speaks of no sanction. */
    static boolean anchored(String lower) {
        return ANCHORS.stream().anyMatch(lower::contains);
    }

    /**
     * A word every noun or verb cue contains. Most news has none of them, and a plain substring search
     * rules that out far faster than the cue patterns, which try each alternative at every position.
     */
    private static final List<String> ANCHORS = List.of(
            "sanction",
            "measures",
            "embargo",
            "tariff",
            "penalt",
            "blacklist",
            "entity list",
            "asset",
            "travel ban",
            "visa ban",
            "visa restriction",
            "freez",
            "froze",
            "designat",
            "consequences",
            "listed",
            "listing",
            "lists",
            "price cap",
            "sdn",
            "export ban",
            "export control",
            "export curb",
            "restrictive regime",
            "restrictions imposed",
            "curbs imposed",
            "th package",
            "st package",
            "nd package",
            "rd package");

    private static final Alternatives NOUN_WORDS = Alternatives.of(NOUN);
    private static final Alternatives VERB_WORDS = Alternatives.of(VERB);
    private static final Alternatives CONSEQUENCE_WORDS = Alternatives.of(CONSEQUENCES);

    private static void collect(Alternatives cue, String lower, boolean verb, List<Cue> into) {
        for (Alternatives.Found found : cue.in(lower)) {
            into.add(new Cue(found.start(), found.end(), verb));
        }
    }

    private static List<Cue> withoutOverlaps(List<Cue> sorted) {
        List<Cue> kept = new ArrayList<>();
        for (Cue cue : sorted) {
            if (kept.isEmpty() || cue.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(cue);
            }
        }
        return kept;
    }
}
