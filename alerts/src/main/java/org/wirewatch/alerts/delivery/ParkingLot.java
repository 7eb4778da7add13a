package org.wirewatch.alerts.delivery;

import org.wirewatch.model.ParkedDelivery;

/**
 * Where deliveries wait for a later attempt. Both calls return only once the change is durable,
 * or throw: a caller commits nothing it has not parked.
 */
interface ParkingLot extends AutoCloseable {

    /** Parks a delivery, or replaces the parked one of the same subscription and alert. */
    void park(ParkedDelivery delivery);

    /** Removes a delivered one. */
    void release(String subscription, String alertId);

    @Override
    void close();
}
