package org.wirewatch.ingest.publish;

import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Kafka did not acknowledge every record of a publish call. Some records of the call may have
 * been written: callers retry the whole input, which is safe because records are keyed by a
 * stable id.
 */
public final class PublishException extends Exception {

    private final boolean retriable;

    PublishException(String message, Throwable cause) {
        super(
                message + ": "
                        + (cause.getMessage() != null
                                ? cause.getMessage()
                                : cause.getClass().getSimpleName()),
                cause);
        this.retriable = !isRecordAtFault(cause);
    }

    /**
     * True when trying again later may succeed (broker unreachable, timeout, not authorized yet);
     * false when Kafka refuses the record itself (too large, unserializable), so the input must be
     * rejected instead.
     */
    public boolean retriable() {
        return retriable;
    }

    private static boolean isRecordAtFault(Throwable cause) {
        return cause instanceof RecordTooLargeException
                || cause instanceof RecordBatchTooLargeException
                || cause instanceof SerializationException;
    }
}
