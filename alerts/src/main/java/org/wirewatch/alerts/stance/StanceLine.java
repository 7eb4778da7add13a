package org.wirewatch.alerts.stance;

import java.util.Map;
import java.util.TreeMap;
import org.wirewatch.model.ArmsTransferTopic;
import org.wirewatch.model.StatementTopic;
import org.wirewatch.model.WeaponCategory;

/**
 * What a state holds on one line (a state-store value): a position per weapon category for arms
 * lines, with {@code UNSPECIFIED} for statements about arms in general; a single {@code
 * UNSPECIFIED} position for sanctions and alignment lines.
 */
record StanceLine(Map<WeaponCategory, Position> positions) {

    static final StanceLine EMPTY = new StanceLine(Map.of());

    StanceLine {
        positions = Map.copyOf(positions);
    }

    /**
     * The position a statement on {@code category} is compared with: the one on that category, else
     * the general one. "Tanks: yes" then "jets: no" is no shift; "no weapons" then "drones" is.
     */
    Position comparable(WeaponCategory category) {
        Position own = positions.get(category);
        return own != null ? own : positions.get(WeaponCategory.UNSPECIFIED);
    }

    Position get(WeaponCategory category) {
        return positions.get(category);
    }

    StanceLine with(WeaponCategory category, Position position) {
        Map<WeaponCategory, Position> next = new TreeMap<>(positions);
        next.put(category, position);
        return new StanceLine(next);
    }

    static WeaponCategory categoryOf(StatementTopic topic) {
        return topic instanceof ArmsTransferTopic arms ? arms.category() : WeaponCategory.UNSPECIFIED;
    }
}
