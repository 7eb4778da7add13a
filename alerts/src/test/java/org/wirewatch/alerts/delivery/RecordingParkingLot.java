package org.wirewatch.alerts.delivery;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.wirewatch.model.ParkedDelivery;

/** A parking lot that keeps what it was told, in order, for unit tests. */
final class RecordingParkingLot implements ParkingLot {

    final List<ParkedDelivery> parked = new CopyOnWriteArrayList<>();
    final List<String> released = new CopyOnWriteArrayList<>();

    @Override
    public void park(ParkedDelivery delivery) {
        parked.add(delivery);
    }

    @Override
    public void release(String subscription, String alertId) {
        released.add(ParkedDelivery.keyOf(subscription, alertId));
    }

    @Override
    public void close() {}
}
