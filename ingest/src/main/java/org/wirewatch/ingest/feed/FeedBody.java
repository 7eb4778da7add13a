package org.wirewatch.ingest.feed;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.wirewatch.ingest.format.RejectedInputException;

/**
 * Reads a response body as a stream within a byte limit, both as sent and after decompression.
 * Reading stops one byte past the limit, so a huge body costs at most the limit in memory and
 * transfer, and a compression bomb is detected after inflating the limit, not the bomb.
 */
final class FeedBody {

    private FeedBody() {}

    /** @param contentEncoding the {@code Content-Encoding} header, or null */
    static byte[] read(InputStream body, String contentEncoding, int maxBytes)
            throws RejectedInputException, IOException {
        String encoding = contentEncoding == null ? "" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        boolean gzip = encoding.equals("gzip") || encoding.equals("x-gzip");
        if (!gzip && !encoding.isEmpty() && !encoding.equals("identity")) {
            throw new RejectedInputException(
                    "the body is encoded as '" + contentEncoding + "', which was not asked for (only gzip is)");
        }
        LimitedStream sent = new LimitedStream(body, maxBytes);
        try (InputStream decoded = gzip ? new GZIPInputStream(sent) : sent) {
            byte[] bytes = decoded.readNBytes(maxBytes + 1);
            if (bytes.length <= maxBytes) {
                return bytes;
            }
            // Only inflation can yield more bytes than were sent: a plain body stops at LimitExceeded.
            throw new RejectedInputException("the gzip body inflates to more than the limit of " + maxBytes
                    + " bytes after " + sent.count + " bytes sent: refused as a compression bomb");
        } catch (LimitExceeded e) {
            throw new RejectedInputException("the body as sent is larger than the limit of " + maxBytes + " bytes", e);
        } catch (ZipException | EOFException e) {
            throw new RejectedInputException("the body is declared gzip but is not valid gzip: " + e.getMessage(), e);
        }
    }

    /** Counts the bytes read and fails past the limit, before the decompressor sees them. */
    private static final class LimitedStream extends FilterInputStream {
        private final long limit;
        private long count;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, (int) Math.min(length, limit + 1 - count));
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws LimitExceeded {
            count += n;
            if (count > limit) {
                throw new LimitExceeded();
            }
        }
    }

    private static final class LimitExceeded extends IOException {
        LimitExceeded() {
            super("body over the limit");
        }
    }
}
