package org.wirewatch.alerts.api;

/**
 * One service's state as {@code /health} reports it.
 *
 * @param up whether it is doing its work (a rebalancing Kafka Streams service counts as up)
 * @param state a word for people, e.g. {@code RUNNING}
 */
public record ServiceState(boolean up, String state) {}
