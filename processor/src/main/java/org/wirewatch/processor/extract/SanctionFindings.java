package org.wirewatch.processor.extract;

import java.util.List;
import java.util.function.Consumer;

/**
 * What one sentence yields about sanctions: none, one, or several findings ("Britain, France and
 * Germany imposed …" is three). Each finding carries a new mention, a statement, or both.
 */
record SanctionFindings(List<SanctionReader.Found> all) {

    static final SanctionFindings NONE = new SanctionFindings(List.of());

    SanctionFindings {
        all = List.copyOf(all);
    }

    /** Hands each finding, if any, to {@code action}, in the order found. */
    void ifPresent(Consumer<? super SanctionReader.Found> action) {
        all.forEach(action);
    }

    boolean isEmpty() {
        return all.isEmpty();
    }
}
