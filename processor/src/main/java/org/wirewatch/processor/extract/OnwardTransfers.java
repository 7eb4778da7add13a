package org.wirewatch.processor.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.wirewatch.processor.lexicon.StateMention;
import org.wirewatch.processor.text.Alternatives;

/**
 * Weapons sent through a middleman to an end recipient: "hand its jets to the United States, which
 * would decide whether they end up in the hands of Ukrainian pilots", "buy shells from Korean makers
 * to pass on to Ukraine", "sell ammunition that would end up in Ukraine". The analyst follows the
 * weapons: the supplier supplies the end recipient as well as the state it sells or hands them to.
 */
final class OnwardTransfers {

    /** Wording of where the weapons go after the middleman, right before the end recipient. */
    private static final Pattern ONWARD = Alternatives.pattern("\\b(?:end(?:s|ed|ing)? up|wind(?:s|ing)? up|wound up)"
            + "\\s+(?:in|with)\\s+(?:the\\s+hands\\s+of\\s+)?(?:the\\s+)?$"
            + "|\\b(?:pass(?:es|ed|ing)?|hand(?:s|ed|ing)?|send(?:s|ing)?|sent)\\s+(?:them\\s+|it\\s+)?on\\s+to\\s+(?:the\\s+)?$"
            + "|\\b(?:routed|forwarded|destined|earmarked)\\s+(?:on\\s+)?(?:to|for)\\s+(?:the\\s+)?$");

    /** How far before the state the onward wording may start. */
    private static final int REACH = 40;

    private OnwardTransfers() {}

    /**
     * Whether {@code parties} is the onward leg of weapons the same supplier hands a middleman in this
     * sentence. The supplier's words commit it on the leg it controls: whether the jets handed to
     * Washington reach Ukraine is for Washington to decide, so the onward leg is told, not pledged.
     */
    static boolean endLeg(
            SentenceReading reading, WeaponTerm weapon, TransferParties parties, List<TransferParties> pairs) {
        return endRecipient(reading, weapon.start())
                        .filter(end -> end.code().equals(parties.recipient()))
                        .isPresent()
                && pairs.stream()
                        .anyMatch(other -> other.supplier().equals(parties.supplier())
                                && !other.recipient().equals(parties.recipient()));
    }

    /** The end recipient the sentence names after {@code from}, else empty. */
    static Optional<StateMention> endRecipient(SentenceReading reading, int from) {
        String lower = reading.lower();
        return reading.states().stream()
                .filter(s -> s.start() > from)
                .filter(s -> ONWARD.matcher(lower)
                        .region(Math.max(from, s.start() - REACH), s.start())
                        .find())
                .findFirst();
    }
}
