package org.wirewatch.processor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    private Transfer transfer;
    private SanctionMention sanction;

    Optional<Transfer> lastTransfer() {
        return Optional.ofNullable(transfer);
    }

    Optional<SanctionMention> lastSanction() {
        return Optional.ofNullable(sanction);
    }

    void transfer(TransferParties parties, WeaponCategory category) {
        transfer = new Transfer(parties, category);
    }

    void sanction(SanctionMention mention) {
        sanction = mention;
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
