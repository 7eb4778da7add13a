package org.wirewatch.model;

/** Weapon categories of arms-transfer mentions and topics; {@code UNSPECIFIED} is arms in general. */
public enum WeaponCategory {
    UAV,
    MISSILE,
    AIR_DEFENSE,
    ARTILLERY,
    AMMUNITION,
    ARMORED_VEHICLE,
    AIRCRAFT,
    NAVAL,
    SMALL_ARMS,
    UNSPECIFIED
}
