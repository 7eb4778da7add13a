package org.wirewatch.alerts.api.stream;

import io.javalin.http.Context;
import io.javalin.http.ServiceUnavailableResponse;
import io.javalin.http.sse.SseClient;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirewatch.alerts.api.AlertQuery;
import org.wirewatch.alerts.api.ApiSettings.SseLimits;
import org.wirewatch.alerts.api.BadQuery;

/**
 * {@code GET /api/alerts/stream}: alerts as Server-Sent Events ({@code id:} the {@link
 * ResumeToken}, {@code event:} the alert topic, {@code data:} the alert JSON as published),
 * filtered as {@code /api/alerts} is. A client resumes with the {@code Last-Event-ID} header (or
 * the {@code lastEventId} parameter); without one it starts at the live end. Each client has a
 * thread of its own, so at most {@link SseLimits#maxClients()} are served at once.
 */
public final class AlertStream implements AutoCloseable {

    public static final String PATH = "/api/alerts/stream";

    private static final Logger LOG = LoggerFactory.getLogger(AlertStream.class);
    private static final String REQUEST = AlertStream.class.getName() + ".request";

    private final AlertTail tail;
    private final String bootstrapServers;
    private final SseLimits limits;
    private final Semaphore slots;

    public AlertStream(AlertTail tail, String bootstrapServers, SseLimits limits) {
        this.tail = tail;
        this.bootstrapServers = bootstrapServers;
        this.limits = limits;
        this.slots = new Semaphore(limits.maxClients());
    }

    /**
     * Runs before the stream opens, while a 400 or 503 can still be answered: reads the filters and
     * the resume position, and takes a client slot.
     */
    public void admit(Context ctx) {
        String accept = ctx.header("Accept");
        if (accept == null || !accept.contains("text/event-stream")) {
            throw new BadQuery("the alert stream is Server-Sent Events: ask with Accept: text/event-stream");
        }
        AlertQuery query = AlertQuery.parse(ctx.queryParamMap());
        String lastEventId = ctx.header("Last-Event-ID");
        if (lastEventId == null || lastEventId.isBlank()) {
            lastEventId = ctx.queryParam("lastEventId");
        }
        ResumeToken from = lastEventId == null || lastEventId.isBlank() ? null : ResumeToken.decode(lastEventId);
        if (!slots.tryAcquire()) {
            throw new ServiceUnavailableResponse("too many alert stream clients; retry later");
        }
        ctx.attribute(REQUEST, new Admitted(query, from));
    }

    /** Serves an admitted client on a thread of its own; the request stays open until it ends. */
    public void open(SseClient sse) {
        Admitted admitted = sse.ctx().attribute(REQUEST);
        if (admitted == null) {
            sse.close();
            return;
        }
        sse.keepAlive();
        StreamClient client =
                new StreamClient(sse, admitted.query().filter(), limits.queueCapacity(), limits.heartbeat());
        Thread thread = new Thread(() -> serve(client, sse, admitted.from()), "alert-stream-client");
        thread.setDaemon(true);
        thread.start();
    }

    private void serve(StreamClient client, SseClient sse, ResumeToken from) {
        try {
            client.serve(tail, bootstrapServers, from);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("alert stream client failed: {}", e.toString());
        } finally {
            tail.unsubscribe(client);
            sse.close();
            slots.release();
        }
    }

    /** Clients in service now. */
    public int clients() {
        return limits.maxClients() - slots.availablePermits();
    }

    @Override
    public void close() {
        tail.close();
    }

    private record Admitted(AlertQuery query, ResumeToken from) {}
}
