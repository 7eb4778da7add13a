package org.wirewatch.processor.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewatch.processor.lexicon.StateMention;

/**
 * Supplier and recipient of a transfer a sentence talks about. Purchases swap the roles: in "Moscow
 * bought drones from Tehran" the subject is the recipient.
 */
record TransferParties(String supplier, String recipient) {

    private static final Pattern TRANSFER = Pattern.compile(
            "\\b(?:suppl(?:y|ied|ies|ying)|deliver(?:ed|ies|y|ing|s)?|send(?:s|ing)?|sent|provid(?:e|ed|es|ing)"
                    + "|transfer(?:red|ring|s)?|ship(?:ped|ping|ments?)|sold|sell(?:s|ing)?|sales?|gave|give"
                    + "|arm(?:ed|ing)|handed over|packages?)\\b");
    private static final Pattern PURCHASE = Pattern.compile(
            "\\b(?:bought|buy(?:s|ing)?|purchas(?:e|es|ed|ing)|acquir(?:e|ed|es|ing)|receiv(?:e|ed|es|ing)"
                    + "|obtain(?:ed|s)?|imports?|imported)\\b");

    static boolean mentionsTransfer(String lower) {
        return TRANSFER.matcher(lower).find() || PURCHASE.matcher(lower).find();
    }

    static Optional<TransferParties> of(SentenceReading reading, WeaponTerm weapon) {
        String supplier = reading.stateAfter("from", "by")
                .or(() -> reading.adjectiveBefore(weapon.start()))
                .map(StateMention::code)
                .orElse(null);
        String recipient =
                reading.stateAfter("to", "for", "into").map(StateMention::code).orElse(null);
        Matcher purchase = PURCHASE.matcher(reading.lower());
        String subject = subject(reading, supplier, recipient);
        if (purchase.find() && recipient == null) {
            recipient = subject;
        } else if (supplier == null) {
            supplier = subject;
        }
        if (supplier == null && weapon.maker() != null && !weapon.maker().equals(recipient)) {
            supplier = weapon.maker(); // "Russia received Shahed drones": Iran makes them
        }
        if (supplier == null || recipient == null || supplier.equals(recipient)) {
            return Optional.empty();
        }
        return Optional.of(new TransferParties(supplier, recipient));
    }

    boolean involves(String state) {
        return supplier.equals(state) || recipient.equals(state);
    }

    /**
     * The first state named that is not already a party, else the speaker's own ("we have not sent
     * drones to Russia", "his country").
     */
    private static String subject(SentenceReading reading, String supplier, String recipient) {
        return reading.states().stream()
                .map(StateMention::code)
                .filter(code -> !code.equals(supplier) && !code.equals(recipient))
                .findFirst()
                .orElseGet(() -> {
                    String speaker = reading.speakingState();
                    return speaker == null || speaker.equals(recipient) || speaker.equals(supplier) ? null : speaker;
                });
    }
}
