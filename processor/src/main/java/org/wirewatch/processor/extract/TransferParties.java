package org.wirewatch.processor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.wirewatch.processor.lexicon.NameForm;
import org.wirewatch.processor.lexicon.StateMention;
import org.wirewatch.processor.text.Alternatives;

/**
 * Supplier and recipient of a transfer a sentence talks about. Purchases swap the roles: in "Moscow
 * bought drones from Tehran" the subject is the recipient.
 */
record TransferParties(String supplier, String recipient) {

    private static final Pattern TRANSFER = Alternatives.pattern(
            "\\b(?:suppl(?:y|ied|ies|ying|iers?)|providers?|donors?|deliver(?:ed|ies|y|ing|s)?|send(?:s|ing)?|sent|provid(?:e|ed|es|ing)"
                    + "|transfer(?:red|ring|s)?|ship(?:ped|ping|ments?)|sold|sell(?:s|ing)?|sales?|gave|give[ns]?"
                    + "|giving|arm(?:ed|ing)|handed(?: over)?|hand(?:ing)? over|packages?|donat(?:e|ed|ing|ions?)"
                    + "|pour(?:s|ed|ing)?|aid|assistance|flown|airlifted|arriv(?:e|ed|es)|export(?:ed|ing|s)?|re-export(?:ed|s)?|pledg(?:e|ed|es|ing)|promis(?:e|ed|es|ing)"
                    + "|offer(?:ed|s|ing)?|commit(?:ted|s)?|(?:arms|weapons) (?:dealings|deals?|trade|trading))\\b");
    private static final Pattern PURCHASE = Alternatives.pattern(
            "\\b(?:bought|buy(?:s|ing)?|purchas(?:e|es|ed|ing)|acquir(?:e|ed|es|ing)|receiv(?:e|ed|es|ing)"
                    + "|obtain(?:ed|s)?|imports?|imported|(?:take|takes|took|taken|taking) delivery"
                    // asking is the recipient's act too: "declined Ukraine's request for ATACMS"
                    + "|requests? for|requested|ask(?:s|ed|ing)? for|sought|seeking)\\b");
    /** Who makes a claim is not the actor in it: "rejected Washington's claim that it was sending …". */
    private static final Pattern CLAIMANT = Alternatives.pattern(
            "(?:'s|\u2019s) (?:\\w+ ){0,2}?(?:claims?|accusations?|allegations?|charges?|assertions?|reports?|assessments?)\\b");

    /** A pronoun as the subject of the clause a speech verb reports, a few words after it. */
    private static final Pattern PRONOUN_SUBJECT =
            Alternatives.pattern("^(?:\\s+\\S+){0,4}?\\s+(?:that\\s+)?(?:it|they|we|he|she)\\s");

    /** A verb right after the speech verb shares its subject: "denied buying", "refused to send". */
    private static final Pattern SHARED_SUBJECT = Alternatives.pattern("\\s+(?:\\w+ing|to)\\b");

    private static final Pattern REQUEST = Alternatives.pattern("\\brequests? for\\b");

    private static final Alternatives TRANSFER_WORDS = Alternatives.of(TRANSFER);
    private static final Alternatives PURCHASE_WORDS = Alternatives.of(PURCHASE);

    private static final Pattern ARTICLE = Alternatives.pattern("\\s*(?:the\\s+)?");

    static boolean mentionsTransfer(String lower) {
        return TRANSFER_WORDS.first(lower, 0).isPresent()
                || PURCHASE_WORDS.first(lower, 0).isPresent();
    }

    /**
     * Every supplier→recipient pair the sentence gives for {@code weapon}. Recipients: "to/for
     * Ukraine", or right after the verb ("supplied Russia with drones", "give Ukraine F-16s").
     * Suppliers: "from/by Iran", an adjective ("Iranian drones"), else the subject — several when
     * coordinated ("the Netherlands and Denmark will give …"); purchases swap the roles. What the
     * sentence leaves out comes from the system's maker, the speaker, or the story's last transfer.
     */
    static List<TransferParties> of(SentenceReading reading, WeaponTerm weapon, StoryContext context) {
        String lower = reading.lower();
        Optional<Alternatives.Found> give = TRANSFER_WORDS.first(lower, 0);
        Optional<Alternatives.Found> buy = PURCHASE_WORDS.first(lower, 0);
        // the first verb sets the roles: "Russia took delivery of Iranian missiles" is a receipt
        boolean buys =
                buy.isPresent() && give.map(g -> buy.get().start() <= g.start()).orElse(true);
        Optional<Alternatives.Found> verb = buys ? buy : give;
        int verbAt = verb.map(Alternatives.Found::start).orElse(lower.length());
        int verbEnd = verb.map(Alternatives.Found::end).orElse(lower.length());
        Optional<StateMention> asking = requester(reading);
        String supplier = reading.stateAfter("from", "by")
                .filter(agent -> agent.start() > verbAt) // "delivered by Iran", not "remarks by the US …"
                .filter(agent ->
                        !NOT_A_SOURCE.matcher(lower.substring(0, agent.start())).find())
                .or(() -> reading.adjectiveBefore(weapon.start())
                        .filter(adjective -> !adjective.equals(asking.orElse(null))))
                .map(StateMention::code)
                .orElse(null);
        // the recipient of another clause's deliveries is not this weapon's: "dismissed the accusations
        // about North Korean missiles and accused the West of weapons deliveries to Kyiv"
        String recipient = destination(reading)
                .or(() -> reading.stateAfter("to", "for", "into"))
                .filter(r -> !r.code().equals(supplier) && Clauses.same(reading, r.start(), weapon.start()))
                .or(() -> asking)
                .or(() -> stateRightAfter(reading, verbEnd))
                .map(StateMention::code)
                .orElse(null);
        List<String> subjects = subjects(reading, verbAt, supplier, recipient);
        List<String> suppliers = new ArrayList<>();
        if (buys && recipient == null && !subjects.isEmpty()) {
            recipient = subjects.get(0);
        } else if (supplier == null) {
            suppliers.addAll(subjects);
        }
        if (supplier != null) {
            suppliers.add(supplier);
        }
        Optional<TransferParties> last = context.lastTransfer().map(StoryContext.Transfer::parties);
        if (recipient == null && suppliers.isEmpty() && weapon.maker() == null && last.isPresent()) {
            // "the missile transfers marked an escalation": neither party named, the story's transfer
            return List.of(last.get());
        }
        // a supplier named without a recipient supplies whom the story said it did, else the story's recipient
        String to = recipient != null
                ? recipient
                : suppliers.stream()
                        .findFirst()
                        .flatMap(context::lastTransferFrom)
                        .map(StoryContext.Transfer::parties)
                        .or(() -> last)
                        .map(TransferParties::recipient)
                        .orElse(null);
        if (suppliers.isEmpty()) {
            // who sent it: its maker, else whoever the story said supplies this recipient, else the speaker
            Stream.of(
                            weapon.maker(),
                            Optional.ofNullable(to)
                                    .flatMap(context::lastTransferTo)
                                    .map(t -> t.parties().supplier())
                                    .orElse(null),
                            reading.speakingState(),
                            last.map(TransferParties::supplier).orElse(null))
                    .filter(code -> code != null && !code.equals(to))
                    .findFirst()
                    .ifPresent(suppliers::add);
        }
        return suppliers.stream()
                .filter(from -> to != null && !from.equals(to))
                .distinct()
                .map(from -> new TransferParties(from, to))
                .toList();
    }

    boolean involves(String state) {
        return supplier.equals(state) || recipient.equals(state);
    }

    /** "Warnings from Washington": words after which "from" names no supplier. */
    private static final Pattern NOT_A_SOURCE =
            Alternatives.pattern("\\b(?:warnings?|pressure|criticism|objections?|calls"
                    + "|protests?|opposition|threats?|reactions?|condemnation|responses?|appeals?|requests?|demands?|pleas?)"
                    + "\\s+from\\s+(?:the\\s+)?$");

    /** "Flown into an air base near Ankara", "delivered to Murted Air Base in Ankara": where the weapons went. */
    private static Optional<StateMention> destination(SentenceReading reading) {
        return reading.states().stream()
                .filter(s -> DESTINATION
                        .matcher(reading.lower().substring(Math.max(0, s.start() - 80), s.start()))
                        .find())
                .findFirst();
    }

    private static final Pattern DESTINATION =
            Alternatives.pattern("\\b(?:delivered|flown|shipped|sent|arrived|landed|brought"
                    + "|transported|unloaded)\\s+(?:[\\w'-]+\\s+){0,3}?(?:to|into|at)\\s+(?:an?\\s+|the\\s+)?(?:[\\w'-]+\\s+){0,4}?"
                    + "(?:air\\s?base|base|port|airport|airfield|facility|depot|harbou?r)\\s+(?:near|in|outside|at)\\s+(?:the\\s+)?$"
                    + "|\\b(?:arrived|landed)\\s+(?:[\\w'-]+\\s+){0,2}?in\\s+(?:the\\s+)?$");

    /** "Ukraine's request for", "a Ukrainian request for": the state asking is the recipient. */
    static Optional<StateMention> requester(SentenceReading reading) {
        Matcher request = REQUEST.matcher(reading.lower());
        if (!request.find()) {
            return Optional.empty();
        }
        int at = request.start();
        return reading.states().stream()
                .filter(s -> s.end() <= at && at - s.end() <= 3)
                .reduce((first, second) -> second);
    }

    /** A state named right after the verb: the first object of "give Ukraine F-16s". */
    private static Optional<StateMention> stateRightAfter(SentenceReading reading, int verbEnd) {
        // an adjective there modifies the weapon ("bought Iranian drones"); a name is the object
        return reading.states().stream()
                .filter(s -> s.form() != NameForm.ADJECTIVE)
                .filter(s -> s.start() >= verbEnd && s.start() - verbEnd <= 5)
                .filter(s -> ARTICLE.matcher(reading.lower().substring(verbEnd, s.start()))
                        .matches())
                .findFirst();
    }

    /**
     * The subject: the state closest before the verb that is not otherwise a party, with the states
     * coordinated to it ("the Netherlands and Denmark will give"). Closest, because in "Sullivan said
     * Washington believed Iran would provide Russia with drones" the supplier is Iran.
     */
    private static List<String> subjects(SentenceReading reading, int verbAt, String supplier, String recipient) {
        // the states that speak of the transfer are not its subject ("Britain and France said the
        // missile transfers …" names no supplier) unless a pronoun makes them so ("France said it would send")
        int speech = reading.speechPosition();
        boolean reported = speech < verbAt
                && !PRONOUN_SUBJECT
                        .matcher(reading.lower().substring(reading.speechEnd(), verbAt))
                        .find()
                && !SHARED_SUBJECT
                        .matcher(reading.lower())
                        .region(reading.speechEnd(), reading.lower().length())
                        .lookingAt();
        List<String> speakers = reported ? reading.speakingStates() : List.of();
        List<StateMention> before = reading.states().stream()
                .filter(s -> s.start() < verbAt
                        && !(s.start() < speech && speakers.contains(s.code()))
                        && !s.code().equals(supplier)
                        && !s.code().equals(recipient)
                        && !CLAIMANT.matcher(reading.lower().substring(s.end())).lookingAt())
                .toList();
        List<String> subjects = new ArrayList<>();
        StateMention next = null;
        for (int i = before.size() - 1; i >= 0; i--) {
            StateMention state = before.get(i);
            if (next != null
                    && !SentenceReading.JOINED
                            .matcher(reading.lower().substring(state.end(), next.start()))
                            .matches()) {
                break;
            }
            subjects.add(0, state.code());
            next = state;
        }
        return subjects;
    }
}
