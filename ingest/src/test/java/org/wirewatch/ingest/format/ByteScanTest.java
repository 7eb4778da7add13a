package org.wirewatch.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ByteScanTest {

    @Test
    void shouldFindTheFirstNewlineWhereverItFallsInAWordOfEightBytes() {
        for (int length = 0; length <= 20; length++) {
            for (int at = 0; at < length; at++) {
                byte[] bytes = filled(length, (byte) 'a');
                bytes[at] = '\n';
                if (at + 3 < length) {
                    bytes[at + 3] = '\n'; // a later one must not be taken
                }
                for (int from = 0; from <= at; from++) {
                    assertThat(ByteScan.nextNewline(bytes, from))
                            .as("length %d, newline at %d, from %d", length, at, from)
                            .isEqualTo(at);
                }
            }
            assertThat(ByteScan.nextNewline(filled(length, (byte) 'a'), 0)).isEqualTo(length);
        }
    }

    @Test
    void shouldNotTakeBytesNearANewlineForOne() {
        // 0x0B and 0x8A differ from '\n' (0x0A) in one bit; 0x09 borrows in the subtraction
        byte[] bytes = {0x0B, (byte) 0x8A, 0x09, 0x0B, (byte) 0x8A, 0x09, 0x0B, 0x0B, 0x0A};

        assertThat(ByteScan.nextNewline(bytes, 0)).isEqualTo(8);
    }

    @Test
    void shouldFindTheFirstNonAsciiByteWhereverItFalls() {
        for (int length = 0; length <= 20; length++) {
            for (int at = 0; at < length; at++) {
                byte[] bytes = filled(length, (byte) 0x7F);
                bytes[at] = (byte) 0x80;
                assertThat(ByteScan.firstNonAscii(bytes, 0))
                        .as("length %d, at %d", length, at)
                        .isEqualTo(at);
            }
            assertThat(ByteScan.firstNonAscii(filled(length, (byte) 0x7F), 0)).isEqualTo(length);
        }
    }

    private static byte[] filled(int length, byte value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, value);
        return bytes;
    }
}
