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

    private StrictUtf8() {}

    /** @return the text, without a leading byte-order mark */
    static String decode(byte[] bytes) throws RejectedInputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new RejectedInputException("is not valid UTF-8: invalid byte sequence at byte offset " + in.position()
                    + "; save the file as UTF-8");
        }
        out.flip();
        String text = out.toString();
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }
}
