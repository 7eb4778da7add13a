package org.wirewatch.processor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.wirewatch.model.SanctionMention;
import org.wirewatch.model.WeaponCategory;

/**
 * What the story has been talking about so far: a quote that says only "Germany will not go it
 * alone," or "Tehran condemned the move" refers to the last transfer or sanction the story named.
 * One per story; not thread-safe.
 */
final class StoryContext {

    /** The last transfer the story named, with the weapon category it spoke of. */
    record Transfer(TransferParties parties, WeaponCategory category) {}

    /** Every transfer the story named, in order. */
    private final List<Transfer> transfers = new ArrayList<>();
    /** The states at war in the story, whom "either side" and "any party to the conflict" mean; may be empty. */
    private final List<String> warSides;
    /** The states of the sentences before the one being read that named any, oldest first. */
    private final List<List<String>> earlierStates = new ArrayList<>();
    /** The states of the sentence being read: earlier ones once the next sentence starts. */
    private List<String> currentStates = List.of();

    /** Whether the story so far has told of an accusation or its rejection ("rejected reports that …"). */
    private boolean accusationInPlay;

    /** The story tells of an accusation: what a party says after it answers it. */
    void accusationHeard() {
        accusationInPlay = true;
    }

    /** Whether an accusation was told in the story so far, this sentence included. */
    boolean accusationInPlay() {
        return accusationInPlay;
    }

    /** How many sentences back a pronoun reaches for the state it stands for. */
    private static final int REMEMBERED_SENTENCES = 3;

    StoryContext() {
        this(List.of());
    }

    /** @param warSides the states at war in the story ("either side"), possibly none */
    StoryContext(List<String> warSides) {
        this.warSides = List.copyOf(warSides);
    }

    /** A new sentence starts; {@code states} are its states, in order. */
    void sentence(List<String> states) {
        if (!currentStates.isEmpty()) {
            earlierStates.add(currentStates);
        }
        if (earlierStates.size() > REMEMBERED_SENTENCES) {
            earlierStates.remove(0);
        }
        currentStates = List.copyOf(states);
    }

    /**
     * What "it" stands for: the first state, none of {@code excluded}, of the latest sentence before
     * this one that names one. The first state named is most often the subject, and a pronoun most
     * often continues the subject ("Russia has asked Iran for drones. Tehran denied selling it …").
     */
    Optional<String> antecedentBut(List<String> excluded) {
        for (int i = earlierStates.size() - 1; i >= 0; i--) {
            Optional<String> first = earlierStates.get(i).stream()
                    .filter(code -> !excluded.contains(code))
                    .findFirst();
            if (first.isPresent()) {
                return first;
            }
        }
        return Optional.empty();
    }

    List<String> warSides() {
        return warSides;
    }
    /** The sanctions the last sentence speaking of any named, in order; never null. */
    private List<SanctionMention> sanctions = List.of();

    Optional<Transfer> lastTransfer() {
        return last(transfer -> true);
    }

    /** The last sanction named: the one a bare "the sanctions" most likely means. */
    Optional<SanctionMention> lastSanction() {
        return sanctions.isEmpty() ? Optional.empty() : Optional.of(sanctions.get(sanctions.size() - 1));
    }

    /**
     * Every sanction the last such sentence named: "Britain, France and Germany imposed …" is three,
     * and "Tehran condemned the measures" answers all of them.
     */
    List<SanctionMention> lastSanctions() {
        return sanctions;
    }

    void transfer(TransferParties parties, WeaponCategory category) {
        transfers.add(new Transfer(parties, category));
    }

    /** The last transfer into {@code recipient}, if the story named one. */
    Optional<Transfer> lastTransferTo(String recipient) {
        return last(transfer -> transfer.parties().recipient().equals(recipient));
    }

    /** The last transfer {@code supplier} made, if the story named one. */
    Optional<Transfer> lastTransferFrom(String supplier) {
        return last(transfer -> transfer.parties().supplier().equals(supplier));
    }

    /**
     * Where a supplier named without a recipient most likely sends: the recipient of the last
     * transfer whose recipient passes no weapons on in the story. In "Slovakia approved sending its
     * MiG-29s to Ukraine; the US offered Bratislava helicopters in exchange; Warsaw would deliver four
     * MiG-29s", Warsaw's jets go to Ukraine, not to Slovakia, which gives its own away.
     */
    Optional<String> lastEndRecipient() {
        Set<String> passingOn =
                transfers.stream().map(t -> t.parties().supplier()).collect(Collectors.toSet());
        return last(transfer -> !passingOn.contains(transfer.parties().recipient()))
                .or(this::lastTransfer)
                .map(transfer -> transfer.parties().recipient());
    }

    /**
     * The last transfer {@code state} is a party to, else the last one: "the request is being
     * examined," says Berlin's spokesperson after a question about British missiles and German ones.
     */
    Optional<Transfer> lastTransferOf(String state) {
        return last(transfer -> transfer.parties().involves(state)).or(this::lastTransfer);
    }

    private Optional<Transfer> last(Predicate<Transfer> wanted) {
        for (int i = transfers.size() - 1; i >= 0; i--) {
            if (wanted.test(transfers.get(i))) {
                return Optional.of(transfers.get(i));
            }
        }
        return Optional.empty();
    }

    /** Remembers what one sentence (or one stretch of it) named; an empty list changes nothing. */
    void sanctions(List<SanctionMention> named) {
        if (!named.isEmpty()) {
            sanctions = List.copyOf(named);
            if (leadSanctions.isEmpty()) {
                leadSanctions = sanctions;
            }
        }
    }

    /** The sanctions the story named first: what it is about, whatever others it names later. */
    private List<SanctionMention> leadSanctions = List.of();

    /** The sanctions of the story's first sentence naming any; never null. */
    List<SanctionMention> leadSanctions() {
        return leadSanctions;
    }

    /** A stance a state took before the story named the transfer it is about. */
    record DeferredStance(SentenceReading reading, WeaponCategory category) {}

    private final List<DeferredStance> deferred = new ArrayList<>();

    /** "Iran's cooperation with Russia predates the war," before the drones are named: kept for later. */
    void defer(SentenceReading reading, WeaponCategory category) {
        deferred.add(new DeferredStance(reading, category));
    }

    /** The stances deferred so far, handed over once. */
    List<DeferredStance> takeDeferred() {
        List<DeferredStance> taken = List.copyOf(deferred);
        deferred.clear();
        return taken;
    }
}
