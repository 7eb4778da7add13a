package org.wirewatch.processor.extract;

import java.util.Optional;
import org.wirewatch.model.Affiliation;

/** People learned from earlier stories to speak for a state, by the name stories write. */
@FunctionalInterface
public interface KnownSpeakers {

    KnownSpeakers NONE = name -> Optional.empty();

    Optional<Affiliation> named(String name);
}
