package org.wirewatch.processor.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewatch.model.ArmsTransferMention;
import org.wirewatch.model.ArmsTransferTopic;
import org.wirewatch.model.Modality;
import org.wirewatch.model.Stance;
import org.wirewatch.model.Statement;
import org.wirewatch.model.Story;
import org.wirewatch.model.WeaponCategory;
import org.wirewatch.processor.lexicon.StateMention;
import org.wirewatch.processor.text.Alternatives;

/** Arms-transfer mentions and the statements states make about them, sentence by sentence. */
final class ArmsTransferReader {

    private final WeaponFinder weapons;

    ArmsTransferReader(WeaponFinder weapons) {
        this.weapons = weapons;
    }

    private static final Pattern HEDGE = Alternatives.pattern("\\b(?:reportedly|allegedly|suspected|believed to)\\b");
    /** A transfer that has happened: "has sent", "were delivered", "arrived", "received". */
    private static final Pattern DONE = Alternatives.pattern(
            "\\b(?:has|have|had|was|were) (?:already |now |been )*(?:sent|supplied|delivered|provided|transferred|handed"
                    + "|shipped|given|received|flown|airlifted|unloaded)\\b|\\b(?:arrived|received|took delivery)\\b"
                    + "|\\b(?:started|begun|began|starting) (?:to )?(?:deliver|send|supply|ship|provid|hand)"
                    + "|\\b(?:deliveries|shipments|transfers) (?:have|has) (?:begun|started)\\b");

    /** A negation right before the future: "no plans to", "not going to". */
    private static final Pattern NEGATED = Alternatives.pattern("(?:\\bno|\\bnot|\\bnever|n't)\\s*$");

    /** People sent to a war are not weapons: a stance on them waits for no arms transfer. */
    private static final Pattern PEOPLE =
            Alternatives.pattern("\\b(?:soldiers|troops|personnel|fighters|mercenaries|workers|volunteers)\\b");

    /** What is to come. Not "would": in wire copy it is as often a condition as reported future. */
    private static final Pattern FUTURE = Alternatives.pattern(
            "\\b(?:will|plans? to|planning to|intends? to|to be|(?:is|are) (?:set|due|expected) to)\\b");

    private static final Pattern QUANTITY = Alternatives.pattern(
            "(\\d[\\d,.]*(?: million| billion)?|a small number of|dozens of|hundreds of|thousands of|several)"
                    + "\\s+(?:[\\w-]+\\s+){0,2}$",
            Pattern.CASE_INSENSITIVE);

    /** A mention (null when the sentence only states a stance) and its statement (or null). */
    record Found(ArmsTransferMention mention, Statement statement) {}

    List<Found> read(SentenceReading reading, Story story, StoryContext context) {
        if (ACCUSATION.matcher(reading.lower()).find()
                || reading.cues().stream().anyMatch(cue -> cue.kind() == ClaimKind.DENIAL)) {
            context.accusationHeard();
        }
        List<Found> found = readClaims(reading, story, context);
        // a question ("Has Beijing given Russia lethal aid?") asserts nothing and is nobody's line; it
        // still names the transfer the answer after it speaks of
        return question(reading) ? List.of() : found;
    }

    /** A sentence asked, not told: it ends in a question mark outside any quotation it closes. */
    private static boolean question(SentenceReading reading) {
        String text = reading.sentence().text().strip();
        return text.endsWith("?");
    }

    private List<Found> readClaims(SentenceReading reading, Story story, StoryContext context) {
        List<WeaponTerm> terms = weapons.all(reading.sentence().text());
        // "we have Turkish drones": possession or use by the recipient tells a transfer without a transfer verb
        boolean transfer = TransferParties.mentionsTransfer(reading.lower())
                || nominal(reading, terms)
                || terms.stream().anyMatch(term -> HeldWeapons.of(reading, term).isPresent());
        if (terms.isEmpty() || !transfer) {
            return stanceOnLastTransfer(reading, story, context, terms);
        }
        List<TransferParties> firstPairs = TransferParties.of(reading, terms.get(0), context);
        Map<WeaponTerm, List<TransferParties>> partiesOf = new LinkedHashMap<>();
        terms.forEach(term ->
                partiesOf.put(term, partiesOf.isEmpty() ? firstPairs : pairsOf(reading, term, firstPairs, context)));
        if (partiesOf.values().stream().allMatch(List::isEmpty)) {
            return stanceOnLastTransfer(reading, story, context, terms);
        }
        List<Found> found = new ArrayList<>();
        for (Map.Entry<WeaponTerm, List<TransferParties>> entry : partiesOf.entrySet()) {
            WeaponTerm term = entry.getKey();
            List<TransferParties> termPairs = entry.getValue();
            for (TransferParties parties : termPairs) {
                if (ownedByAnother(reading, term, parties)) {
                    continue; // "shooting down Russian ballistic missiles" is not part of this transfer
                }
                ClaimKind claim = answersAnAccusation(
                        reading, undelivered(reading, Clauses.claimAt(reading, term.start())), context);
                if (claim == ClaimKind.ASSERTION && RequestedTransfers.asked(reading, term)) {
                    continue; // "urged Seoul to send air defences": lobbying, until the asked state answers
                }
                if (!supposedOrDisputed(reading, term, parties, claim)) {
                    found.add(new Found(mention(reading, story, term, parties, claim), null));
                }
                // each category takes the stance of its own clause: "acknowledged sending drones,
                // but said claims of missile deliveries were false"; a clause apart from the speech that
                // does not govern it is the story's narration ("Germany has already handed Ukraine
                // Gepards, and has promised …")
                Optional<SentenceReading.LaterVoice> laterVoice = reading.laterVoice(term.start());
                if ((Clauses.scene(reading, term.start()) && laterVoice.isEmpty())
                        || (!reading.speechGoverns(term.start())
                                && !Clauses.same(reading, term.start(), reading.speechPosition()))) {
                    continue;
                }
                Optional<SentenceReading.LaterVoice> later = laterVoice.filter(v -> !reading.speakerState()
                        .map(StateMention::code)
                        .orElse("")
                        .equals(v.state()));
                List<String> voices =
                        later.map(v -> List.of(v.state())).orElseGet(() -> voices(reading, parties, termPairs));
                // the later speaker's words start at their verb: what the sentence said before is not theirs
                ClaimKind heard = later.map(v -> ClaimCues.find(
                                        reading.cues(),
                                        v.from(),
                                        reading.lower().length())
                                .kind())
                        .orElse(claim);
                ClaimKind voiced =
                        OnwardTransfers.endLeg(reading, term, parties, termPairs) ? onwardClaim(heard, reading) : heard;
                for (String voice : voices) {
                    if (voiced == ClaimKind.ASSERTION
                            && !parties.involves(voice)
                            && Clauses.hypothetical(reading, term.start())) {
                        continue; // "if the United States supplied the tanks, they would burn" alleges nothing
                    }
                    Statement statement = statement(reading, story, term.category(), parties, voiced, voice);
                    if (statement != null) {
                        found.add(new Found(null, statement));
                    }
                }
                deniersAfter(reading, term).stream()
                        .map(denier -> statement(reading, story, term.category(), parties, ClaimKind.DENIAL, denier))
                        .filter(java.util.Objects::nonNull)
                        .forEach(statement -> found.add(new Found(null, statement)));
            }
        }
        partiesOf.entrySet().stream()
                .filter(entry -> !entry.getValue().isEmpty())
                .findFirst()
                .ifPresent(entry ->
                        context.transfer(entry.getValue().get(0), entry.getKey().category()));
        context.lastTransfer().ifPresent(last -> found.addAll(deferredStances(story, context, last)));
        return found;
    }

    /**
     * Stances that answer a claim about an act, by either party; a pledge, a refusal or a
     * consideration is a supplier's about its own weapons.
     */
    private static final Set<ClaimKind> ANSWERS_A_CLAIM =
            EnumSet.of(ClaimKind.DENIAL, ClaimKind.NON_DENIAL, ClaimKind.ADMISSION);

    /**
     * A pledge to a middleman who decides whether the weapons go on ("ready to hand its jets to the
     * United States, which would decide whether they end up with Ukrainian pilots") only considers
     * the end recipient; a refusal to sell what would end up there refuses it outright.
     */
    private static ClaimKind onwardClaim(ClaimKind claim, SentenceReading reading) {
        boolean pledged = claim == ClaimKind.PLEDGE || (claim == ClaimKind.ASSERTION && futureTense(reading));
        return pledged ? ClaimKind.CONSIDERATION : claim;
    }

    /** The stances its parties took before the story named this transfer. */
    private static List<Found> deferredStances(Story story, StoryContext context, StoryContext.Transfer transfer) {
        List<Found> found = new ArrayList<>();
        for (StoryContext.DeferredStance stance : context.takeDeferred()) {
            SentenceReading earlier = stance.reading();
            WeaponCategory category = stance.category() != null ? stance.category() : transfer.category();
            // a supplier's stance (pledge, refusal, consideration) by a state outside this transfer is
            // about its own weapons for the same recipient, as when it follows the transfer
            earlier.speakingStates().stream()
                    .filter(speaker -> ANSWERS_A_CLAIM.contains(earlier.claim())
                            ? transfer.parties().involves(speaker)
                            : transfer.parties().supplier().equals(speaker)
                                    || (!transfer.parties().recipient().equals(speaker)
                                            && sameWeapons(stance.category(), transfer.category())))
                    .map(speaker -> statement(
                            earlier,
                            story,
                            category,
                            ownOffer(earlier.claim(), transfer, speaker).parties(),
                            earlier.claim(),
                            speaker))
                    .filter(java.util.Objects::nonNull)
                    .forEach(statement -> found.add(new Found(null, statement)));
        }
        return found;
    }

    /** A stance on weapons the story names later: the same kind, or one that names no kind. */
    private static boolean sameWeapons(WeaponCategory stanceOn, WeaponCategory transferred) {
        return stanceOn == null || stanceOn == transferred;
    }

    /**
     * Weapons bought and paid for that have not come: "we have contracts for which we have already
     * paid, and the weapons have not been delivered". The buyer saying so denies the delivery, it does
     * not acknowledge it.
     */
    private static final Pattern UNDELIVERED = Alternatives.pattern(
            "\\b(?:never|not|yet to|failed to)\\s+(?:yet\\s+)?(?:been\\s+)?(?:arrived?|delivered|deliver|supplied"
                    + "|shipped|received)\\b|\\bundelivered\\b");

    /** Wording of a purchase agreed: what makes an arrival that did not come an undelivered order. */
    private static final Pattern PAID =
            Alternatives.pattern("\\b(?:paid|payments?|prepaid|contracts?|ordered|orders?)\\b");

    private static ClaimKind undelivered(SentenceReading reading, ClaimKind claim) {
        // "not delivered" reads as a refusal by itself; after a payment it is the buyer's denial of the delivery
        boolean saysItCame = claim == ClaimKind.ASSERTION || claim == ClaimKind.ADMISSION || claim == ClaimKind.REFUSAL;
        return saysItCame
                        && UNDELIVERED.matcher(reading.lower()).find()
                        && PAID.matcher(reading.lower()).find()
                ? ClaimKind.DENIAL
                : claim;
    }

    /** Words telling of an accusation: "accused", "the allegations", "rumours". */
    private static final Pattern ACCUSATION =
            Alternatives.pattern("\\b(?:accus(?:e|es|ed|ing|ations?)|allegations?|alleged(?:ly)?|rumou?rs?)\\b");

    /** A transfer said not to be going on now: "Pakistan is not supplying ammunition to Ukraine". */
    private static final Pattern NOT_GOING_ON = Alternatives.pattern(
            "\\b(?:is|are|was|were)(?: not|n't) (?:currently |now )?(?:sending|supplying|delivering|providing|giving"
                    + "|shipping|selling|exporting)\\b");

    /** Wording of a refusal for the future, that no accusation turns into a denial. */
    private static final Pattern FOR_THE_FUTURE = Alternatives.pattern(
            "\\b(?:will|would|won't|shall|plans?|intends?|going to|refus\\w*|rul(?:e|ed|es|ing) out)\\b");

    /**
     * "X is not supplying …" answers what it is said in answer to: after a request it refuses, after
     * an accusation ("rejected reports that Pakistan was supplying shells") it denies what is claimed.
     */
    private static ClaimKind answersAnAccusation(SentenceReading reading, ClaimKind claim, StoryContext context) {
        boolean denial = claim == ClaimKind.REFUSAL
                && context.accusationInPlay()
                && NOT_GOING_ON.matcher(reading.lower()).find()
                && !FOR_THE_FUTURE.matcher(reading.lower()).find();
        return denial ? ClaimKind.DENIAL : claim;
    }

    /** "…, which Pyongyang and Moscow deny": who answers the claim in a clause of its own. */
    private static final Pattern WHICH_DENY = Alternatives.pattern(
            ", (?:which|an? (?:accusation|allegation|claim|charge)(?: that| which)?) ([^,;]{1,60}?) (?:both |all |each )?"
                    + "(?:deny|denies|denied|have denied|has denied|reject|rejects|rejected"
                    + "|have rejected|has rejected|dispute|disputes|dismissed)\\b");

    private static List<String> deniersAfter(SentenceReading reading, WeaponTerm term) {
        Matcher which = WHICH_DENY.matcher(reading.lower());
        if (!which.find(term.end())) {
            return List.of();
        }
        int from = which.start(1);
        int to = which.end(1);
        return reading.states().stream()
                .filter(s -> s.start() >= from && s.end() <= to)
                .map(StateMention::code)
                .distinct()
                .toList();
    }

    /** "Iranian drones for Russia", "Leopard tanks for Ukraine": a transfer named without a verb. */
    private static boolean nominal(SentenceReading reading, List<WeaponTerm> terms) {
        return terms.stream().anyMatch(term -> reading.states().stream()
                .anyMatch(s -> s.start() > term.end()
                        && s.start() - term.end() <= 30
                        && FOR_STATE
                                .matcher(reading.lower().substring(term.end(), s.start()))
                                .matches()));
    }

    private static final Pattern FOR_STATE =
            Alternatives.pattern("(?:\\s+[\\w-]+){0,2}?\\s+(?:for|to)\\s+(?:the\\s+)?");

    /**
     * The parties of a weapon after the first: those of the first, unless its maker is not among their
     * suppliers ("Ankara had begun taking delivery of Russia's S-400" beside an American F-35).
     */
    private static List<TransferParties> pairsOf(
            SentenceReading reading, WeaponTerm term, List<TransferParties> firstPairs, StoryContext context) {
        boolean otherMaker = term.maker() != null
                && firstPairs.stream().noneMatch(p -> p.supplier().equals(term.maker()));
        return otherMaker ? TransferParties.of(reading, term, context) : firstPairs;
    }

    private static boolean ownedByAnother(SentenceReading reading, WeaponTerm term, TransferParties parties) {
        // "a Ukrainian request for F-16s": the adjective names who asks, not whose jets they are
        Optional<StateMention> asking = TransferParties.requester(reading);
        return reading.adjectiveBefore(term.start())
                .filter(adjective -> !adjective.equals(asking.orElse(null)))
                .map(StateMention::code)
                .filter(owner -> !owner.equals(parties.supplier()))
                .isPresent();
    }

    /**
     * "We will not go it alone," the minister said: a stance with neither weapon nor parties speaks
     * to the transfer the story last named.
     */
    private static List<Found> stanceOnLastTransfer(
            SentenceReading reading, Story story, StoryContext context, List<WeaponTerm> terms) {
        if (context.lastTransfer().isEmpty()) {
            if (reading.claim() != ClaimKind.ASSERTION
                    && !reading.speakingStates().isEmpty()
                    && !PEOPLE.matcher(reading.lower()).find()) {
                context.defer(reading, terms.isEmpty() ? null : terms.get(0).category());
            }
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        // "Both Moscow and Pyongyang deny it": each state named as speaking takes the stance
        for (String speaker : reading.speakingStates()) {
            // a stance speaks to the speaker's own transfer; a bare description to the story's last one
            // a recipient's thanks ("Zelensky thanked Washington") speaks to what it received from the thanked
            Optional<StoryContext.Transfer> about = reading.claim() != ClaimKind.ASSERTION
                    ? context.lastTransferOf(speaker).map(last -> ownOffer(reading.claim(), last, speaker))
                    : context.lastTransfer()
                            .filter(last -> pointsAt(reading, terms, last, speaker))
                            .or(() -> GRATITUDE.matcher(reading.lower()).find()
                                    ? context.lastTransferTo(speaker)
                                    : Optional.empty());
            about.map(last -> statement(
                            reading,
                            story,
                            terms.isEmpty() ? last.category() : terms.get(0).category(),
                            last.parties(),
                            reading.claim(),
                            speaker))
                    .ifPresent(statement -> found.add(new Found(null, statement)));
        }
        return found;
    }

    /**
     * Macron, asked about fighter jets for Ukraine, says "nothing is excluded": a pledge, refusal or
     * consideration by a state outside the transfer in question is about its own weapons for the
     * same recipient.
     */
    private static StoryContext.Transfer ownOffer(ClaimKind claim, StoryContext.Transfer last, String speaker) {
        boolean supplierStance =
                claim == ClaimKind.PLEDGE || claim == ClaimKind.REFUSAL || claim == ClaimKind.CONSIDERATION;
        if (!supplierStance || last.parties().involves(speaker)) {
            return last;
        }
        return new StoryContext.Transfer(
                new TransferParties(speaker, last.parties().recipient()), last.category());
    }

    /**
     * A third state describing the weapons of the supplier in question ("Ukrainian officials said the
     * drones were Iranian-made Shahed-136s"): an allegation of that transfer without a transfer verb.
     */
    private static boolean pointsAt(
            SentenceReading reading, List<WeaponTerm> terms, StoryContext.Transfer last, String speaker) {
        String supplier = last.parties().supplier();
        if (last.parties().involves(speaker) || terms.isEmpty()) {
            return false;
        }
        WeaponTerm weapon = terms.get(0);
        return supplier.equals(weapon.maker())
                || reading.adjectiveBefore(weapon.start())
                        .map(StateMention::code)
                        .filter(supplier::equals)
                        .isPresent();
    }

    /**
     * No transfer is claimed when the clause only supposes one ("any arms transfer from the DPRK to
     * Russia would violate …") or a state outside it says it has no evidence of it ("we have not seen
     * China provide lethal assistance"): the stance may count, the mention does not.
     */
    private static boolean supposedOrDisputed(
            SentenceReading reading, WeaponTerm term, TransferParties parties, ClaimKind claim) {
        if (claim == ClaimKind.ASSERTION && Clauses.hypothetical(reading, term.start())) {
            return true;
        }
        String speaker = reading.speechGoverns(term.start()) ? reading.speakingState() : null;
        return claim == ClaimKind.DENIAL && speaker != null && !parties.involves(speaker);
    }

    private static ArmsTransferMention mention(
            SentenceReading reading, Story story, WeaponTerm weapon, TransferParties parties, ClaimKind claim) {
        String speaker = reading.speechGoverns(weapon.start()) ? reading.speakingState() : null;
        if (speaker != null
                && !parties.involves(speaker)
                && GRATITUDE.matcher(reading.lower()).find()) {
            speaker = null; // a third state thanking for another's weapons asserts nothing of them: the story tells it
        }
        Modality modality = modality(reading, claim, parties, speaker);
        String assertedBy = modality == Modality.REPORTED ? null : speaker;
        return new ArmsTransferMention(
                parties.supplier(),
                parties.recipient(),
                weapon.weapon(quantity(reading.sentence().text(), weapon)),
                modality,
                assertedBy,
                story.id(),
                story.publishedAt(),
                reading.sentence().evidence());
    }

    private static Modality modality(
            SentenceReading reading, ClaimKind claim, TransferParties parties, String speaker) {
        boolean party = speaker != null && parties.involves(speaker);
        return switch (claim) {
            case DENIAL -> party ? Modality.DENIED : Modality.ALLEGED;
            case NON_DENIAL -> Modality.ALLEGED;
            case REFUSAL -> Modality.REFUSED;
            case PLEDGE, CONSIDERATION -> Modality.PLANNED;
            // "Biden has confirmed it: the United States will send 31 Abrams" confirms a plan, not a delivery
            case ADMISSION -> party ? (futureTense(reading) ? Modality.PLANNED : Modality.CONFIRMED) : Modality.ALLEGED;
            case ASSERTION -> assertion(reading, party, speaker);
        };
    }

    /**
     * A party speaking of what may come: "which jets Britain might eventually be able to give",
     * "nothing was excluded when it came to sending jets". A possibility is not a delivery confirmed.
     */
    private static final Pattern POSSIBLE = Alternatives.pattern("\\b(?:might|may|could)(?! not\\b| have\\b|n't)"
            + "|\\b(?:would|will) be able to\\b|\\beventually\\b|\\bnothing (?:is|was) (?:\\w+ )?excluded\\b"
            + "|\\bnot exclud(?:e|es|ing)\\b|\\b(?:is|was|are|were) not excluded\\b");

    private static Modality assertion(SentenceReading reading, boolean party, String speaker) {
        boolean intended = futureTense(reading)
                || intent(reading)
                || (party
                        && POSSIBLE.matcher(reading.lower()).find()
                        && !DONE.matcher(reading.lower()).find());
        if (party && intended) {
            return Modality.PLANNED;
        }
        if (speaker != null) {
            return party ? Modality.CONFIRMED : Modality.ALLEGED;
        }
        if (HEDGE.matcher(reading.lower()).find()) {
            return Modality.ALLEGED;
        }
        return intended || FUTURE.matcher(reading.lower()).find() ? Modality.PLANNED : Modality.REPORTED;
    }

    /**
     * Wording of a transfer agreed or intended but not done: "signed a letter of intent for Ukraine to
     * acquire Gripens", "approved potential arms sales", "deliveries would follow in the coming days".
     * Only the mention's modality reads it: a stance needs more than a deal reported.
     */
    private static final Pattern INTENT =
            Alternatives.pattern("\\bwould (?!have\\b|not\\b|never\\b|be (?:destroyed|burn)"
                    + ")|\\b(?:agreements?|deals?|contracts?|letter of intent|memorandum|accord)\\b[^.;]{0,60}?\\bto (?:buy|acquire"
                    + "|purchase|supply|sell|deliver|provide|produce)\\b|\\bdecision to (?:send|supply|deliver|provide|give|sell|buy)"
                    + "|\\b(?:potential|possible|proposed|planned|prospective) (?:arms |weapons )?(?:sales?|transfers?|deliver(?:y|ies)"
                    + "|purchases?)\\b|\\bin the coming (?:days|weeks|months|years)\\b|\\bsigned (?:an? |the )?(?:agreement|deal"
                    + "|contract|letter of intent|memorandum)");

    /** Intent without a transfer done in the same sentence ("has already handed over … and would …" is done). */
    private static boolean intent(SentenceReading reading) {
        return INTENT.matcher(reading.lower()).find()
                && !DONE.matcher(reading.lower()).find();
    }

    /**
     * Who speaks on a pair: the sentence's speakers ("Britain, France and Germany said …"), except
     * that coordinated suppliers taking the same step ("Denmark, the Netherlands and Norway have
     * pledged F-16s") each speak for their own transfer.
     */
    private static List<String> voices(SentenceReading reading, TransferParties parties, List<TransferParties> pairs) {
        List<String> speakers = reading.speakingStates();
        boolean coordinated = pairs.size() > 1 && pairs.stream().anyMatch(p -> speakers.contains(p.supplier()));
        return coordinated ? List.of(parties.supplier()) : speakers;
    }

    private static Statement statement(
            SentenceReading reading, Story story, WeaponCategory category, TransferParties parties, ClaimKind claim) {
        return statement(reading, story, category, parties, claim, reading.speakingState());
    }

    private static Statement statement(
            SentenceReading reading,
            Story story,
            WeaponCategory category,
            TransferParties parties,
            ClaimKind claim,
            String speaker) {
        if (speaker == null) {
            return null;
        }
        boolean recipientSpeaks = speaker.equals(parties.recipient());
        Stance stance =
                parties.involves(speaker) ? partyStance(claim, reading, recipientSpeaks) : thirdStateStance(claim);
        if (THANKED_FOR.contains(claim) && GRATITUDE.matcher(reading.lower()).find()) {
            if (recipientSpeaks) {
                // "thank you to our partners for fulfilling their promises", "grateful for the decision": the
                // recipient thanking for the weapons acknowledges them; the promise it names is the supplier's
                stance = Stance.ACKNOWLEDGE;
            } else if (!parties.involves(speaker)) {
                // "Biden thanked Scholz for Germany's decision to send Leopards": a third state's thanks allege nothing
                return null;
            }
        }
        if (stance == null) {
            return null;
        }
        return reading.statement(
                speaker, new ArmsTransferTopic(parties.supplier(), parties.recipient(), category), stance, story);
    }

    /**
     * The recipient thanking its suppliers; "thanks to them" gives a cause, not thanks, and "a hundred
     * thank-yous are not a hundred tanks" is a reproach.
     */
    private static final Pattern GRATITUDE =
            Alternatives.pattern("\\bthanks\\b(?! to\\b)|\\b(?:thank(?:ed|ing)?|grateful|gratitude)\\b(?!-)");

    /** What a recipient's thanks turns into an acknowledgement: its word of the transfer, or of the promise. */
    private static final Set<ClaimKind> THANKED_FOR =
            EnumSet.of(ClaimKind.ASSERTION, ClaimKind.PLEDGE, ClaimKind.ADMISSION);

    private static Stance partyStance(ClaimKind claim, SentenceReading reading, boolean recipientSpeaks) {
        return switch (claim) {
            case DENIAL -> Stance.DENY;
            case NON_DENIAL -> Stance.NON_DENIAL;
            case REFUSAL -> Stance.REFUSE;
            case PLEDGE -> Stance.PLEDGE;
            case CONSIDERATION -> Stance.CONSIDER;
            // "Biden has confirmed it: the United States will send 31 Abrams" confirms a pledge
            case ADMISSION -> futureTense(reading) ? Stance.PLEDGE : Stance.ACKNOWLEDGE;
            case ASSERTION -> tenseStance(reading, recipientSpeaks);
        };
    }

    /**
     * A purchase told as done: "we bought Israeli drones years ago", "Armenia has acquired artillery
     * systems from India", "has placed orders for". Said by the buyer, it acknowledges the transfer.
     */
    private static final Pattern BOUGHT = Alternatives.pattern(
            "\\b(?:bought|purchased|acquired|placed (?:\\w+ ){0,2}?orders?|(?:has|have|had) (?:already )?ordered)\\b");

    /**
     * A party speaking of a transfer without stance wording: what it will do is a pledge, what it has
     * done an acknowledgement; anything else says too little to be its line.
     */
    private static Stance tenseStance(SentenceReading reading, boolean recipientSpeaks) {
        if (futureTense(reading)) {
            return Stance.PLEDGE;
        }
        if (FUTURE.matcher(reading.lower()).find()) {
            return null; // "no plans to", "will not": too little to be a line without a stance word
        }
        boolean done = DONE.matcher(reading.lower()).find()
                || (recipientSpeaks && BOUGHT.matcher(reading.lower()).find());
        return done ? Stance.ACKNOWLEDGE : null;
    }

    /** A future the sentence does not negate: "will send", but not "no plans to send". */
    private static boolean futureTense(SentenceReading reading) {
        Matcher future = FUTURE.matcher(reading.lower());
        return future.find()
                && !NEGATED.matcher(reading.lower().substring(0, future.start()))
                        .find();
    }

    /**
     * A third state on someone else's transfer: disputing it, or alleging it — whether it says the
     * transfer happened, is planned or is being considered.
     */
    private static Stance thirdStateStance(ClaimKind claim) {
        return switch (claim) {
            case DENIAL -> Stance.DISPUTE;
            case NON_DENIAL, REFUSAL -> null;
            case ADMISSION, ASSERTION, PLEDGE, CONSIDERATION -> Stance.ALLEGE;
        };
    }

    private static String quantity(String sentence, WeaponTerm weapon) {
        Matcher m = QUANTITY.matcher(sentence.substring(0, weapon.start()));
        return m.find() ? m.group(1) : null;
    }
}
