package org.wirewatch.processor.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewatch.processor.lexicon.StateMention;
import org.wirewatch.processor.text.Alternatives;

/**
 * A transfer told from the recipient's side, as possession, use or purchase of weapons named with
 * their supplier: "we have Turkish drones", "the army is using Turkish-made TB2s", "we bought
 * Israeli drones years ago", "Russia has launched hundreds of Iranian-designed drones". Whoever
 * holds, uses or buys them is the recipient; the state of the adjective is the supplier. Only an
 * adjective the sentence writes counts: a system's maker alone ("Poland has MiG-29s") says nothing
 * of a transfer, the jets may be decades old.
 */
final class HeldWeapons {

    /**
     * A verb of having, using or buying (group 1), then up to the supplier's adjective only a few words
     * of quantity or degree, no clause break: its subject is the weapons' holder.
     */
    private static final Pattern HOLDS_THEN_GAP = Alternatives.pattern("\\b(has|have|had|possess(?:es|ed)?|owns|owned"
            + "|using|uses|used|deploy(?:s|ed|ing)?|operat(?:es|ed|ing)|field(?:s|ed|ing)"
            + "|launch(?:es|ed|ing)|fired|relie[sd] on|rely on"
            + "|bought|buys|buying|purchased|acquired|ordered|(?:interest|interested) in)"
            + "(?:\\s+(?:also|already|now|long|since|been|the|some|many|more|several|dozens of"
            + "|hundreds of|thousands of|a number of|a few|at least|[\\d,]+))*\\s+$");

    /** How far before the weapon a holding verb is looked for. */
    private static final int REACH = 60;

    private HeldWeapons() {}

    /**
     * The supplier and holder of {@code weapon} when the sentence says a state holds, uses or buys
     * weapons named with another state's adjective, else empty.
     */
    static Optional<TransferParties> of(SentenceReading reading, WeaponTerm weapon) {
        Optional<StateMention> adjective = reading.adjectiveBefore(weapon.start());
        // "if it was proven that Russia had used Iranian drones" supposes the use, it tells no transfer
        if (adjective.isEmpty() || Clauses.hypothetical(reading, weapon.start())) {
            return Optional.empty();
        }
        StateMention supplier = adjective.get();
        int verbAt = verbBefore(reading.lower(), supplier.start());
        if (verbAt < 0) {
            return Optional.empty();
        }
        return holder(reading, verbAt, supplier.code())
                .filter(holder -> !holder.equals(supplier.code()))
                .map(holder -> new TransferParties(supplier.code(), holder));
    }

    /** Where a holding verb starts that ends at most REACH before the supplier's adjective, else -1. */
    private static int verbBefore(String lower, int adjectiveAt) {
        Matcher verb = HOLDS_THEN_GAP.matcher(lower).region(Math.max(0, adjectiveAt - REACH - 30), adjectiveAt);
        return verb.find() && verb.end(1) > adjectiveAt - REACH ? verb.start(1) : -1;
    }

    /**
     * Who holds: the speaker when the clause's subject is theirs ("we", "our forces", "his country's
     * army"), else the state named closest before the verb in the same clause.
     */
    private static Optional<String> holder(SentenceReading reading, int verbAt, String supplier) {
        String lower = reading.lower();
        Optional<StateMention> named = reading.states().stream()
                .filter(s -> s.end() <= verbAt && !s.code().equals(supplier))
                .filter(s -> Clauses.same(reading, s.start(), verbAt))
                .filter(s ->
                        !CLAUSE_BREAK.matcher(lower.substring(s.end(), verbAt)).find())
                .reduce((first, nearer) -> nearer);
        int own = reading.ownSubjectBefore(verbAt);
        Optional<String> speaker = reading.speaker().map(Speaker::state);
        // "we know Russia has Iranian drones": a state named after the pronoun is the subject
        if (own >= 0 && speaker.isPresent() && named.map(s -> s.end() <= own).orElse(true)) {
            return speaker;
        }
        return named.map(StateMention::code);
    }

    /** A comma or quotation between the state and the verb: the state belongs to another clause. */
    private static final Pattern CLAUSE_BREAK = Alternatives.pattern("[,;:\"\u201C\u201D]");
}
