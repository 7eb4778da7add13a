package org.wirewatch.processor.extract;

import org.wirewatch.model.Weapon;
import org.wirewatch.model.WeaponCategory;

/**
 * A weapon named in a sentence.
 *
 * @param system the named system ("Shahed-136"), or null for a generic term ("drones")
 * @param maker the state that makes the named system, or null
 * @param start offset of the term in the sentence
 */
record WeaponTerm(WeaponCategory category, String system, String maker, int start, int end) {

    Weapon weapon(String quantity) {
        return new Weapon(category, system, quantity);
    }
}
