package org.wirewatch.model;

import static java.util.Objects.requireNonNull;

/**
 * What is transferred.
 *
 * @param system a named system such as "Shahed-136", or null
 * @param quantity the quantity as the story states it ("a small number", "14"), or null
 */
public record Weapon(WeaponCategory category, String system, String quantity) {

    public Weapon {
        requireNonNull(category, "category");
    }
}
