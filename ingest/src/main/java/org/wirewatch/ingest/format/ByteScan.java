package org.wirewatch.ingest.format;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Scans of raw input eight bytes at a time, for the bulk path (JSON Lines): a file of 4 MiB is
 * scanned for its line ends and checked for non-ASCII bytes before anything is parsed.
 */
final class ByteScan {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long NEWLINES = LOW_BITS * '\n';

    private ByteScan() {}

    /** The index of the first byte from {@code from} with its high bit set (not ASCII), or the length. */
    static int firstNonAscii(byte[] bytes, int from) {
        int i = from;
        for (; i + Long.BYTES <= bytes.length; i += Long.BYTES) {
            if (((long) LONGS.get(bytes, i) & HIGH_BITS) != 0) {
                break;
            }
        }
        while (i < bytes.length && bytes[i] >= 0) {
            i++;
        }
        return i;
    }

    /** The index of the first newline from {@code from}, or the length when there is none. */
    static int nextNewline(byte[] bytes, int from) {
        int i = from;
        for (; i + Long.BYTES <= bytes.length; i += Long.BYTES) {
            long word = (long) LONGS.get(bytes, i) ^ NEWLINES; // a newline byte becomes zero
            if (((word - LOW_BITS) & ~word & HIGH_BITS) != 0) {
                break;
            }
        }
        while (i < bytes.length && bytes[i] != '\n') {
            i++;
        }
        return i;
    }
}
