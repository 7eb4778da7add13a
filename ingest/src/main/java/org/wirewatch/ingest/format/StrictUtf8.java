package org.wirewatch.ingest.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes input as UTF-8 and refuses anything else. A lenient decoder would turn a Latin-1 or
 * UTF-16 file into text full of U+FFFD that the processor would then read as a story.
 */
final class StrictUtf8 {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** Decoded text is thrown away while checking; this is the window it passes through. */
    private static final int CHECK_CHUNK_CHARS = 8 * 1024;

    private StrictUtf8() {}

    /** @return the text, without a leading byte-order mark */
    static String decode(byte[] bytes) throws RejectedInputException {
        CharBuffer out = CharBuffer.allocate(bytes.length);
        decodeInto(bytes, out);
        out.flip();
        String text = out.toString();
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    /**
     * Checks the bytes are UTF-8 without keeping the text: ASCII, most of what wires send, is
     * recognised by a scan; only from the first other byte on is the input decoded.
     *
     * @return where the content starts: 3 after a byte-order mark, else 0
     */
    static int check(byte[] bytes) throws RejectedInputException {
        int firstNonAscii = ByteScan.firstNonAscii(bytes, 0);
        if (firstNonAscii < bytes.length) {
            CharBuffer scratch = CharBuffer.allocate(CHECK_CHUNK_CHARS);
            ByteBuffer in = ByteBuffer.wrap(bytes, firstNonAscii, bytes.length - firstNonAscii);
            CharsetDecoder decoder = strictDecoder();
            CoderResult result;
            do {
                scratch.clear();
                result = decoder.decode(in, scratch, true);
            } while (result.isOverflow());
            requireValid(result.isError() ? result : flush(decoder, scratch), in);
        }
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3
                : 0;
    }

    private static void decodeInto(byte[] bytes, CharBuffer out) throws RejectedInputException {
        CharsetDecoder decoder = strictDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = decoder.decode(in, out, true);
        requireValid(result.isError() ? result : decoder.flush(out), in);
    }

    private static CoderResult flush(CharsetDecoder decoder, CharBuffer scratch) {
        scratch.clear();
        return decoder.flush(scratch);
    }

    private static void requireValid(CoderResult result, ByteBuffer in) throws RejectedInputException {
        if (result.isError()) {
            throw new RejectedInputException("is not valid UTF-8: invalid byte sequence at byte offset " + in.position()
                    + "; save the file as UTF-8");
        }
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
