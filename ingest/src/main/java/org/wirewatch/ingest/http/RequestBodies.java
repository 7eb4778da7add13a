package org.wirewatch.ingest.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads request bodies within a byte limit and a total deadline. A body is refused on its {@code
 * Content-Length} before a byte is read, and a chunked one is cut off as soon as it passes the
 * limit, so no more than the limit is ever held. Jetty's idle timeout only catches a client that
 * goes silent; one that dribbles a byte now and then would hold a server thread for ever, so the
 * connection is closed when the deadline passes, whatever the client is doing.
 */
final class RequestBodies implements AutoCloseable {

    static final int CONTENT_TOO_LARGE = 413;
    static final int REQUEST_TIMEOUT = 408;

    private static final Logger LOG = LoggerFactory.getLogger(RequestBodies.class);

    private final long maxBytes;
    private final Duration deadline;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "wirewatch-ingest-body-deadline");
        thread.setDaemon(true);
        return thread;
    });

    RequestBodies(long maxBytes, Duration deadline) {
        this.maxBytes = maxBytes;
        this.deadline = deadline;
    }

    long maxBytes() {
        return maxBytes;
    }

    /**
     * The whole body of the request.
     *
     * @throws Refusal 413 over the limit; 408 when the body did not arrive completely (past the
     *     deadline, idle, or the client went away)
     */
    byte[] read(Context ctx) throws Refusal {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw new Refusal(
                    CONTENT_TOO_LARGE,
                    "the body declares " + declared + " bytes, over the limit of " + maxBytes
                            + " bytes: split it into smaller requests",
                    new byte[0],
                    declared);
        }
        // Set by whichever comes first: the end of reading, or the deadline (which then cuts the connection).
        AtomicBoolean settled = new AtomicBoolean();
        ScheduledFuture<?> cut = timer.schedule(
                () -> {
                    if (settled.compareAndSet(false, true)) {
                        abort(ctx);
                    }
                },
                deadline.toMillis(),
                TimeUnit.MILLISECONDS);
        byte[] body;
        try {
            InputStream in = ctx.req().getInputStream();
            body = in.readNBytes(Math.toIntExact(maxBytes + 1));
        } catch (IOException e) {
            throw incomplete(settled.getAndSet(true), e);
        } finally {
            cut.cancel(false);
        }
        if (!settled.compareAndSet(false, true)) {
            throw incomplete(true, null);
        }
        if (body.length > maxBytes) {
            throw new Refusal(
                    CONTENT_TOO_LARGE,
                    "the body is larger than the limit of " + maxBytes + " bytes: split it into smaller requests",
                    body,
                    body.length);
        }
        return body;
    }

    private Refusal incomplete(boolean pastDeadline, IOException cause) {
        String reason = pastDeadline
                ? "the body was not received within " + deadline.toSeconds()
                        + " s: send it faster or in smaller requests"
                : "the body did not arrive completely (" + cause.getMessage() + ")";
        return new Refusal(REQUEST_TIMEOUT, reason);
    }

    private void abort(Context ctx) {
        try {
            ServletContextRequest.getServletContextRequest(ctx.req())
                    .getConnectionMetaData()
                    .getConnection()
                    .getEndPoint()
                    .close(new TimeoutException("request body not received within " + deadline));
        } catch (RuntimeException e) {
            LOG.warn("could not cut off a request body past its deadline", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
