package org.wirewatch.alerts.transfers;

import java.time.Instant;

/**
 * What the stream has seen of one supplier→recipient pair (a state-store value).
 *
 * @param lastReportAt publication time of the latest report of a transfer between them
 */
record PairReports(Instant lastReportAt) {}
