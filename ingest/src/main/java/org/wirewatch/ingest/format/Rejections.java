package org.wirewatch.ingest.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.wirewatch.model.RejectedInput;

/**
 * Builds the {@link RejectedInput} records that tell {@code stories.rejected} what was refused and
 * why. Origins: {@code <prefix>:<file name>} for a whole file ({@code http:<client address>} for a
 * request), with {@code #line=7} or {@code #item=2} appended for one part of it; {@code
 * feed:<name>} for a feed.
 */
public final class Rejections {

    /** Enough bytes for {@link RejectedInput#MAX_PAYLOAD_CHARS} characters of ASCII text. */
    private static final int PREVIEW_BYTES = RejectedInput.MAX_PAYLOAD_CHARS;

    private Rejections() {}

    /**
     * A whole file. Only its first bytes are read, so an oversized file costs no more than a small
     * one; they are decoded leniently, since the file may be rejected for not being UTF-8.
     */
    public static RejectedInput ofFile(String origin, Path file, String reason, Instant at) throws IOException {
        long size = Files.size(file);
        try (InputStream in = Files.newInputStream(file)) {
            return ofPayload(origin, in.readNBytes(PREVIEW_BYTES), size, reason, at);
        }
    }

    /**
     * A whole input received as bytes (a request or a feed's body), of which {@code payload} is all
     * or the first part and {@code size} the full size; empty for an input that never arrived (a
     * failed fetch). Decoded leniently, since it may be rejected for not being UTF-8.
     */
    public static RejectedInput ofPayload(String origin, byte[] payload, long size, String reason, Instant at) {
        String preview = new String(payload, 0, Math.min(payload.length, PREVIEW_BYTES), StandardCharsets.UTF_8);
        return new RejectedInput(origin, reason, preview, size, at);
    }

    /** One part of a file; {@code fileOrigin} is the file's own origin. */
    public static RejectedInput ofPart(String fileOrigin, RejectedPart part, Instant at) {
        return new RejectedInput(
                fileOrigin + "#" + part.unit() + "=" + part.number(),
                part.reason(),
                part.payload(),
                part.payload().getBytes(StandardCharsets.UTF_8).length,
                at);
    }
}
