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
                    + "|offer(?:ed|s|ing)?|commit(?:ted|s)?|(?:arms|weapons) (?:dealings|deals?|trade|trading)"
                    // the Russian diplomatic name of the arms trade
                    + "|military-technical (?:cooperation|sphere|field|ties))\\b");
    private static final Pattern PURCHASE = Alternatives.pattern("\\b(?:bought|buy(?:s|ing)?|purchas(?:e|es|ed|ing)"
            // "Armenia has paid for Russian weapons that never arrived"; "paid for by Yerevan" is passive
            + "|paid (?:[\\w-]+ ){0,2}?for(?! by\\b)|acquir(?:e|ed|es|ing)|receiv(?:e|ed|es|ing)"
            + "|obtain(?:ed|s)?|imports?|imported|(?:take|takes|took|taken|taking) delivery"
            // asking is the recipient's act too: "declined Ukraine's request for ATACMS"
            + "|requests? (?:from [\\w' .-]{2,40}? )?for|requested|ask(?:s|ed|ing)? (?:[\\w'.-]+ ){0,2}?for|sought"
            + "|seeking)\\b");
    /** Who makes a claim is not the actor in it: "rejected Washington's claim that it was sending …". */
    private static final Pattern CLAIMANT = Alternatives.pattern(
            "(?:'s|\u2019s) (?:\\w+ ){0,2}?(?:claims?|accusations?|allegations?|charges?|assertions?|reports?|assessments?)\\b");

    /**
     * "The creator of the Ukraine crisis", "the war against Ukraine": a state in such a phrase is no
     * subject, nor is one after a noun and "in", "to" or "on" ("the conflict in Ukraine", "a party to
     * the Ukraine crisis"), unless it says where the weapons are made ("built in China"). Prepositions that may
     * open a fronted phrase ("In the Netherlands, …") or name a party ("clear with Turkey that buying
     * …") are left alone.
     */
    private static final Pattern OBJECT_OF_PREPOSITION = Alternatives.pattern(
            "(?:\\b(?:of|against|between|than)|(?<=\\w )(?<!(?:made|built|produced|manufactured|developed|assembled) )(?:in|to|on)) (?:the )?$");

    /**
     * "The consequences of Turkey's decision to buy", "sanctions on U.S. companies involved in arms
     * sales": a possessor, or the state of the companies in question, acts whatever precedes it.
     */
    private static final Pattern POSSESSOR = Alternatives.pattern(
            "(?:'s|\u2019s)\\b|\\s+(?:defen[cs]e |arms |military |state-owned )?"
                    + "(?:compan(?:y|ies)|firms?|manufacturers?|makers?|contractors?|entities|suppliers?|producers?|exporters?)\\b");

    /**
     * "From South Korean manufacturers", "from Soviet-era stocks", "by the Russian side": an adjective
     * naming the weapons' source.
     */
    private static final Pattern MAKERS = Alternatives.pattern("(?:-\\w+)?\\s+(?:[\\w-]+\\s+)?(?:compan(?:y|ies)|firms?"
            + "|manufacturers?|makers?|contractors?|suppliers?|producers?|exporters?|factor(?:y|ies)|plants?"
            + "|industry|industries|stocks?|stockpiles?|arsenals?|inventor(?:y|ies)|side)\\b");

    /** A pronoun as the subject of the clause a speech verb reports, a few words after it. */
    private static final Pattern PRONOUN_SUBJECT =
            Alternatives.pattern("^(?:\\s+\\S+){0,4}?\\s+(?:that\\s+)?(?:it|they|we|he|she)\\s");

    /** A verb right after the speech verb shares its subject: "denied buying", "refused to send". */
    private static final Pattern SHARED_SUBJECT = Alternatives.pattern("\\s+(?:\\w+ing|to)\\b");

    /**
     * "Ukraine's request for", "a request from Kyiv for", "a German request to sell ammunition": group 1
     * spans the asking state when named after. Who asks another to sell or supply is the recipient.
     */
    private static final Pattern REQUEST = Alternatives.pattern("\\brequests? (?:from ([\\w' .-]{2,40}?) )?"
            + "(?:for|to (?:buy|purchase|acquire|sell|supply|provide|deliver|send|transfer|export))\\b");

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
        Optional<TransferParties> held = HeldWeapons.of(reading, weapon);
        if (held.isPresent()) {
            return List.of(held.get()); // "the army is using Turkish-made drones": the user got them
        }
        String lower = reading.lower();
        Optional<StateMention> endRecipient = OnwardTransfers.endRecipient(reading, weapon.start());
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
                // "protected from Chinese technology", "casualties from the Saudi-led campaign": an
                // adjective after "from" qualifies another noun; a weapon's own adjective is read below
                .filter(agent -> agent.form() != NameForm.ADJECTIVE
                        || MAKERS.matcher(lower)
                                .region(agent.end(), lower.length())
                                .lookingAt())
                .filter(agent ->
                        !NOT_A_SOURCE.matcher(lower.substring(0, agent.start())).find())
                // "… and would not take orders from Washington" is another clause's source
                .filter(agent -> Clauses.same(reading, agent.start(), weapon.start()))
                // "Russia asked Iran for drones": whom a buyer asks supplies
                .or(() -> lower.startsWith("ask", verbAt) ? stateWithin(reading, verbAt, verbEnd) : Optional.empty())
                .or(() -> reading.adjectiveBefore(weapon.start())
                        .filter(adjective -> !adjective.equals(asking.orElse(null))))
                .map(StateMention::code)
                .or(() -> ownWeapons(reading, weapon, asking))
                .orElse(null);
        // the recipient of another clause's deliveries is not this weapon's: "dismissed the accusations
        // about North Korean missiles and accused the West of weapons deliveries to Kyiv"
        String recipient = destination(reading)
                .or(() -> reading.stateAfter("to", "for", "into"))
                // "assistance to the armed forces of Armenia, including through supplies of weapons"
                .or(() -> reading.stateAfter(FORCES_OF))
                .filter(r -> !r.code().equals(supplier) && Clauses.same(reading, r.start(), weapon.start()))
                .filter(r -> !SERVES.matcher(lower).region(0, r.start()).find())
                .or(() -> asking)
                .or(() -> cooperationPartner(reading))
                .or(() -> stateRightAfterAnyVerb(reading))
                // "ammunition that would end up in Ukraine": with no middleman named, where the weapons end
                .or(() -> endRecipient)
                .map(StateMention::code)
                .orElse(null);
        if (recipient == null && supplier != null) {
            // "Russia launched Iranian-supplied drones": who uses the weapons a state supplied got them
            recipient = userOfSupplied(reading, weapon, supplier).orElse(null);
        }
        List<String> subjects = subjects(reading, verbAt, supplier, recipient);
        if (subjects.isEmpty()) {
            subjects = officialSubject(reading, verbAt, recipient);
        }
        if (buys && recipient == null && subjects.isEmpty()) {
            // "we have acquired Pinaka systems from India," the minister said: the speaker's state buys
            recipient = firstPersonBuyer(reading, verbAt).orElse(null);
        }
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
        if (recipient == null
                && !suppliers.isEmpty()
                && EITHER_SIDE.matcher(lower).find(verbEnd)) {
            List<String> sides = eitherSide(suppliers.get(0), context);
            if (!sides.isEmpty()) {
                return sides.stream()
                        .flatMap(side -> suppliers.stream()
                                .filter(from -> !from.equals(side))
                                .map(from -> new TransferParties(from, side)))
                        .distinct()
                        .toList();
            }
        }
        // a supplier named without a recipient supplies whom the story said it did, else the story's recipient
        String to = recipient != null
                ? recipient
                : suppliers.stream()
                        .findFirst()
                        .flatMap(context::lastTransferFrom)
                        .map(StoryContext.Transfer::parties)
                        .map(TransferParties::recipient)
                        .or(() -> pronounRecipient(reading, weapon, verbAt, verbEnd, context))
                        .or(context::lastEndRecipient)
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
        List<TransferParties> pairs = new ArrayList<>(suppliers.stream()
                .filter(from -> to != null && !from.equals(to))
                .distinct()
                .map(from ->
                        buys ? ownSystemsFlowOut(new TransferParties(from, to), weapon) : new TransferParties(from, to))
                .toList());
        return throughMiddleman(reading, weapon, endRecipient, pairs, buys ? subjects : List.of());
    }

    /**
     * Weapons that go on from the state they are sold or handed to: the supplier supplies the end
     * recipient too ("sell ammunition to Germany that would end up in Ukraine"); when the end recipient
     * is the one read ("Washington would buy Korean shells to pass on to Ukraine"), the buyer is the
     * middleman the supplier sells to.
     */
    private static List<TransferParties> throughMiddleman(
            SentenceReading reading,
            WeaponTerm weapon,
            Optional<StateMention> endRecipient,
            List<TransferParties> pairs,
            List<String> buyers) {
        Optional<String> end = endRecipient
                .filter(e -> Clauses.same(reading, e.start(), weapon.start()) || e.start() > weapon.end())
                .map(StateMention::code);
        if (end.isEmpty() || pairs.isEmpty()) {
            return pairs;
        }
        List<TransferParties> all = new ArrayList<>(pairs);
        for (TransferParties pair : pairs) {
            if (pair.recipient().equals(end.get())) {
                buyers.stream()
                        .filter(buyer -> !pair.involves(buyer))
                        .findFirst()
                        .ifPresent(buyer -> all.add(new TransferParties(pair.supplier(), buyer)));
            } else if (!pair.supplier().equals(end.get())) {
                all.add(new TransferParties(pair.supplier(), end.get()));
            }
        }
        return all.stream().distinct().toList();
    }

    /**
     * A state does not buy the systems it makes from another: "the UAE told the United States it
     * would suspend talks on the purchase of F-35s" read with the buyer and seller the wrong way round
     * is set right by the F-35's maker. Only purchases: the buyer is read from the subjects, and the
     * lexicon's maker of a co-produced system is not always its seller.
     */
    private static TransferParties ownSystemsFlowOut(TransferParties parties, WeaponTerm weapon) {
        return parties.recipient().equals(weapon.maker())
                ? new TransferParties(weapon.maker(), parties.supplier())
                : parties;
    }

    /** "its F-16s", "their own drones": weapons the speaking state owns. */
    private static final Pattern POSSESSIVE = Alternatives.pattern("\\b(?:its|their|our)(?: own)?(?: [\\w-]+)?\\s+$");

    /**
     * A speaking state's "its" weapons are its own: "Rutte's government said it would look at any
     * Ukrainian request for its F-16s" makes the Netherlands the supplier.
     */
    private static Optional<String> ownWeapons(
            SentenceReading reading, WeaponTerm weapon, Optional<StateMention> asking) {
        Matcher possessive =
                POSSESSIVE.matcher(reading.lower()).region(Math.max(0, weapon.start() - 30), weapon.start());
        if (!possessive.find() || reading.speechPosition() > possessive.start()) {
            return Optional.empty();
        }
        // "… components that Moscow uses to rebuild its weapons production": its = Moscow's, not the speaker's
        int from = reading.speechPosition();
        int to = possessive.start();
        boolean another = reading.states().stream()
                .filter(s -> !s.equals(asking.orElse(null)))
                .anyMatch(s -> s.start() > from && s.end() <= to && s.form() != NameForm.ADJECTIVE);
        return another ? Optional.empty() : Optional.ofNullable(reading.speakingState());
    }

    /** "To either side", "any party to the conflict", "both sides": every state at war. */
    private static final Pattern EITHER_SIDE =
            Alternatives.pattern("\\b(?:to|for|with) (?:either|any|both|all) (?:of the )?"
                    + "(?:sides?|part(?:y|ies)|warring (?:sides|parties)|belligerents?|combatants?)\\b");

    /**
     * Whom a supplier means by "either side": the recipient the story already ties it to, when the
     * words answer that claim ("Beijing never supplied weapons to either side", after an accusation
     * about Russia), else every state at war.
     */
    private static List<String> eitherSide(String supplier, StoryContext context) {
        return context.lastTransferFrom(supplier)
                .map(last -> List.of(last.parties().recipient()))
                .orElse(context.warSides());
    }

    private static final Pattern SPOKEN_OF =
            Alternatives.pattern("\\b(?:said|says|speaking|asked|told reporters) (?:of|about) (?:the )?$");

    /** "selling it drone engines", "supplied them with missiles": a pronoun as the verb's first object. */
    private static final Pattern PRONOUN_OBJECT = Alternatives.pattern("\\s+(?:it|them)\\s+(with\\b)?");

    /**
     * The state a pronoun object stands for: one named earlier in the sentence that is not the
     * verb's subject ("Moscow says Tehran is selling it drones"), else the state an earlier sentence
     * was about that neither supplies nor speaks here.
     */
    private static Optional<String> pronounRecipient(
            SentenceReading reading, WeaponTerm weapon, int verbAt, int verbEnd, StoryContext context) {
        Matcher pronoun = PRONOUN_OBJECT
                .matcher(reading.lower())
                .region(verbEnd, reading.lower().length());
        if (!pronoun.lookingAt()
                || (pronoun.group(1) == null
                        && (weapon.start() < pronoun.end() || weapon.start() - pronoun.end() > 25))) {
            return Optional.empty();
        }
        // '"We're going to send them Patriots," Trump said of Ukraine': the attribution names them
        Optional<String> spokenOf = reading.states().stream()
                .filter(s ->
                        SPOKEN_OF.matcher(reading.lower()).region(0, s.start()).find())
                .map(StateMention::code)
                .findFirst();
        if (spokenOf.isPresent()) {
            return spokenOf;
        }
        // the subject (the state closest before the verb) and whoever speaks are not the pronoun
        List<String> excluded = new ArrayList<>();
        reading.states().stream()
                .filter(s -> s.end() <= verbAt)
                .reduce((first, second) -> second)
                .ifPresent(subject -> excluded.add(subject.code()));
        Optional.ofNullable(reading.speakingState()).ifPresent(excluded::add);
        Optional.ofNullable(weapon.maker()).ifPresent(excluded::add);
        return reading.states().stream()
                .filter(s -> s.end() <= verbAt && !excluded.contains(s.code()))
                .map(StateMention::code)
                .reduce((first, second) -> second)
                .or(() -> context.antecedentBut(excluded));
    }

    boolean involves(String state) {
        return supplier.equals(state) || recipient.equals(state);
    }

    /**
     * "Warnings from Washington", "Yerevan's drift away from Moscow": words after which "from" names no
     * supplier; a state moved away from is the one not supplying, and one that flies or fires the
     * weapons uses them.
     */
    private static final Pattern NOT_A_SOURCE =
            Alternatives.pattern("\\b(?:away|independence|distance|warnings?|pressure|criticism|objections?|calls"
                    + "|protests?|opposition|threats?|reactions?|condemnation|responses?|appeals?|requests?|demands?|pleas?)"
                    + "\\s+from\\s+(?:the\\s+)?$"
                    // "drones flown by Azerbaijan", "missiles fired by Russia": the user, not the supplier
                    + "|\\b(?:used|flown|operated|fired|launched|deployed|piloted)\\s+by\\s+(?:the\\s+)?$");

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

    /** "Iranian-supplied", "U.S.-provided": a weapon named with who supplied it. */
    private static final Pattern SUPPLIED_BY =
            Alternatives.pattern("-(?:supplied|provided|delivered|donated|sent)\\s+(?:[\\w-]+\\s+){0,2}$");

    /** The state using a weapon named with its supplier: the nearest other state before it. */
    private static Optional<String> userOfSupplied(SentenceReading reading, WeaponTerm weapon, String supplier) {
        if (!SUPPLIED_BY.matcher(reading.lower()).region(0, weapon.start()).find()) {
            return Optional.empty();
        }
        return reading.states().stream()
                .filter(s -> s.end() < weapon.start() && !s.code().equals(supplier))
                .map(StateMention::code)
                .reduce((first, nearer) -> nearer);
    }

    /** "Ukraine's request for", "a Ukrainian request for": the state asking is the recipient. */
    static Optional<StateMention> requester(SentenceReading reading) {
        Matcher request = REQUEST.matcher(reading.lower());
        if (!request.find()) {
            return Optional.empty();
        }
        int at = request.start();
        if (request.group(1) != null) {
            int from = request.start(1);
            int to = request.end(1);
            return reading.states().stream()
                    .filter(s -> s.start() >= from && s.end() <= to)
                    .findFirst();
        }
        return reading.states().stream()
                .filter(s -> s.end() <= at && at - s.end() <= 3)
                .reduce((first, second) -> second);
    }

    /**
     * An official named before the verb acts for the state: "Sisi instructed aides to produce shells
     * for Russia", "Erdogan offered Ukraine drones". Words inside a quotation are not the official's act.
     */
    private static List<String> officialSubject(SentenceReading reading, int verbAt, String recipient) {
        return reading.reportedOn()
                .or(reading::speaker)
                .filter(speaker -> speaker.name() != null && !speaker.state().equals(recipient))
                .filter(speaker -> {
                    // the dictionary writes "Erdoğan", the wire "Erdogan"
                    String surname =
                            plain(speaker.name().substring(speaker.name().lastIndexOf(' ') + 1));
                    String before = plain(reading.sentence().text().substring(0, verbAt));
                    int at = before.indexOf(surname);
                    return at >= 0 && !QuoteRuns.quoted(before, at);
                })
                .map(speaker -> List.of(speaker.state()))
                .orElse(List.of());
    }

    private static String plain(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }

    /** A recipient named by its forces: "to the armed forces of Armenia", "for the army of Mali". */
    private static final String[] FORCES_OF = {
        "to the armed forces of",
        "for the armed forces of",
        "to the army of",
        "for the army of",
        "to the military of",
        "for the military of"
    };

    /** The speaker's state when the purchase verb's subject is "we" or "our …". */
    private static Optional<String> firstPersonBuyer(SentenceReading reading, int verbAt) {
        return reading.ownSubjectBefore(verbAt) >= 0 ? reading.speaker().map(Speaker::state) : Optional.empty();
    }

    /** "A spokesman for the Chinese foreign ministry": whom a title serves is no destination. */
    private static final Pattern SERVES = Alternatives.pattern(
            "\\b(?:spokes(?:man|woman|person)|envoy|minister|ambassador"
                    + "|officials?|secretary|representative|adviser|advisor|commissioner|coordinator) (?:for|to) (?:the )?$");

    /** "Military-technical cooperation with North Korea": the arms trade's partner, right after "with". */
    private static final Pattern COOPERATION_WITH =
            Alternatives.pattern("\\bmilitary-technical (?:cooperation|ties)\\W{0,3}\\s+with\\s+(?:the\\s+)?$");

    /** The state a supplier's military-technical cooperation is with: the one it arms. */
    private static Optional<StateMention> cooperationPartner(SentenceReading reading) {
        return reading.states().stream()
                .filter(s -> COOPERATION_WITH
                        .matcher(reading.lower())
                        .region(Math.max(0, s.start() - 50), s.start())
                        .find())
                .findFirst();
    }

    /** A state inside the verb's own words: "asked Iran for". */
    private static Optional<StateMention> stateWithin(SentenceReading reading, int from, int to) {
        return reading.states().stream()
                .filter(s -> s.start() >= from && s.end() <= to)
                .findFirst();
    }

    /** The first object of any transfer verb: "has offered to sell Ukraine more drones". */
    private static Optional<StateMention> stateRightAfterAnyVerb(SentenceReading reading) {
        for (Alternatives.Found verb : TRANSFER_WORDS.in(reading.lower(), 0)) {
            Optional<StateMention> object = stateRightAfter(reading, verb.end());
            if (object.isPresent()) {
                return object;
            }
        }
        return Optional.empty();
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
                        && !CLAIMANT.matcher(reading.lower().substring(s.end())).lookingAt()
                        && !(OBJECT_OF_PREPOSITION
                                        .matcher(reading.lower())
                                        .region(0, s.start())
                                        .find()
                                && !POSSESSOR
                                        .matcher(reading.lower())
                                        .region(s.end(), reading.lower().length())
                                        .lookingAt()))
                .toList();
        List<String> subjects = new ArrayList<>();
        StateMention next = null;
        for (int i = before.size() - 1; i >= 0; i--) {
            StateMention state = before.get(i);
            if (next != null && !reading.joined(state, next)) {
                break;
            }
            subjects.add(0, state.code());
            next = state;
        }
        return subjects;
    }
}
