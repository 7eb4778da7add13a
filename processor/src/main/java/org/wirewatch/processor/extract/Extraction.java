package org.wirewatch.processor.extract;

import java.util.List;
import org.wirewatch.model.Affiliation;
import org.wirewatch.model.ArmsTransferMention;
import org.wirewatch.model.SanctionMention;
import org.wirewatch.model.Statement;

/**
 * What one story yields, in the order found in the text.
 *
 * @param affiliations people the story tied to a state, for later stories to resolve
 */
public record Extraction(
        List<ArmsTransferMention> armsTransfers,
        List<SanctionMention> sanctions,
        List<Statement> statements,
        List<Affiliation> affiliations) {

    public static final Extraction NONE = new Extraction(List.of(), List.of(), List.of(), List.of());

    public Extraction {
        armsTransfers = List.copyOf(armsTransfers);
        sanctions = List.copyOf(sanctions);
        statements = List.copyOf(statements);
        affiliations = List.copyOf(affiliations);
    }

    /** The same findings, teaching only {@code affiliations}. */
    public Extraction withAffiliations(List<Affiliation> affiliations) {
        return new Extraction(armsTransfers, sanctions, statements, affiliations);
    }
}
