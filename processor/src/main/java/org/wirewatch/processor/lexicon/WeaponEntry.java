package org.wirewatch.processor.lexicon;

import org.wirewatch.model.WeaponCategory;

/**
 * What a weapon term stands for.
 *
 * @param system the canonical name of a named system, or null for a generic word ("drones")
 * @param maker the state that makes the system (it implies the supplier), or null
 * @param needsContext the term is also an ordinary word ("Patriot", "tanks"): count it only near
 *     an arms cue
 */
public record WeaponEntry(WeaponCategory category, String system, String maker, boolean needsContext) {}
