package org.wirewatch.ingest.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.json.JavalinJackson;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirewatch.ingest.format.FormatSettings;
import org.wirewatch.ingest.publish.SourceMeters;
import org.wirewatch.ingest.publish.StoryPublisher;
import org.wirewatch.model.access.AccessGate;
import org.wirewatch.model.json.Json;

/**
 * The ingest service's HTTP server: {@code POST /api/stories} ({@link StoryIntake}), {@code GET
 * /health} (open) and {@code GET /metrics} (Prometheus), behind the same {@link AccessGate} as the
 * alerts API. Slow and half-open clients are cut off by Jetty's idle timeout and the body deadline;
 * headers are parsed without holding a thread and are limited in size.
 */
public final class StoryReceiver implements AutoCloseable {

    public static final String STORIES_PATH = "/api/stories";
    /** The source tag of what the receiver counts. */
    public static final String SOURCE = "http";

    private static final Logger LOG = LoggerFactory.getLogger(StoryReceiver.class);
    private static final int MAX_HEADER_BYTES = 8 * 1024;

    private final Javalin app;
    private final StoryIntake intake;
    private final ReceiverSettings settings;
    private final InetSocketAddress address;

    private StoryReceiver(
            ReceiverSettings settings, StoryIntake intake, PrometheusMeterRegistry registry, BooleanSupplier healthy) {
        this.settings = settings;
        this.intake = intake;
        AccessGate gate = new AccessGate(settings.token());
        this.app = Javalin.create(config -> configure(config, gate, registry, healthy));
        app.start(settings.bindHost(), settings.port());
        for (Connector connector : app.jettyServer().server().getConnectors()) {
            ((ServerConnector) connector).setIdleTimeout(settings.idleTimeout().toMillis());
        }
        this.address = new InetSocketAddress(settings.bindHost(), app.port());
        LOG.info(banner());
    }

    /**
     * Starts serving.
     *
     * @param reading the limits of what is read; the body limit is their {@code maxBytes}
     * @param publisher publishes to {@code stories.raw} and {@code stories.rejected}
     * @param registry the service's registry: {@code /metrics} serves it, and the receiver counts
     *     into it with source {@value #SOURCE}
     * @param healthy whether the service is running, for {@code /health}
     */
    public static StoryReceiver start(
            ReceiverSettings settings,
            FormatSettings reading,
            StoryPublisher publisher,
            PrometheusMeterRegistry registry,
            BooleanSupplier healthy) {
        StoryIntake intake = new StoryIntake(
                reading, settings.bodyDeadline(), publisher, SourceMeters.register(registry, SOURCE, reading.clock()));
        try {
            return new StoryReceiver(settings, intake, registry, healthy);
        } catch (RuntimeException e) {
            intake.close();
            throw e;
        }
    }

    /** Where the server listens; the port is the bound one when 0 was asked for. */
    public InetSocketAddress address() {
        return address;
    }

    /** A line for a banner: where stories are posted, and whether a token is needed. */
    public String banner() {
        return settings.banner(address.getHostString() + ":" + address.getPort());
    }

    private void configure(
            JavalinConfig config, AccessGate gate, PrometheusMeterRegistry registry, BooleanSupplier healthy) {
        config.startup.showJavalinBanner = false;
        config.jsonMapper(new JavalinJackson(Json.mapper(), false));
        config.jetty.modifyHttpConfiguration(http -> {
            http.setRequestHeaderSize(MAX_HEADER_BYTES);
            http.setSendServerVersion(false);
            http.setIdleTimeout(settings.idleTimeout().toMillis());
        });
        var routes = config.routes;
        routes.before(ctx -> {
            if (!gate.admits(ctx.path(), ctx.header("Authorization"), ctx.cookie(AccessGate.COOKIE))) {
                throw new UnauthorizedResponse("a token is required: Authorization: Bearer <token>");
            }
        });
        routes.get("/health", ctx -> health(ctx, healthy));
        routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(registry.scrape()));
        routes.post(STORIES_PATH, intake::handle);
        routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure answering {} {}", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal error: " + e);
        });
    }

    private static void health(Context ctx, BooleanSupplier healthy) {
        boolean up = healthy.getAsBoolean();
        ctx.status(up ? 200 : 503).json(Map.of("status", up ? "UP" : "DOWN"));
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("error", message));
    }

    /** Stops accepting requests; requests under way finish first (Jetty's graceful stop). */
    @Override
    public void close() {
        app.stop();
        intake.close();
    }
}
