package org.wirewatch.alerts.api;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpResponseException;
import io.javalin.http.SameSite;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.http.sse.SseHandler;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirewatch.alerts.api.metrics.TopicOffsetCounters;
import org.wirewatch.alerts.api.pipeline.PipelineSampler;
import org.wirewatch.alerts.api.stream.AlertStream;
import org.wirewatch.alerts.api.stream.AlertTail;
import org.wirewatch.model.access.AccessGate;
import org.wirewatch.model.json.Json;

/**
 * The alerts service's HTTP server: the query API, the alert stream, pipeline health, health,
 * readiness and Prometheus metrics, and the dashboard's static files (classpath {@code /dashboard}, when
 * present) — all behind the {@link AccessGate}. Started by {@link #start}, stopped by {@link
 * #close}.
 */
public final class AlertsHttp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertsHttp.class);
    /** Requests are GETs with small queries; a bigger header or body is refused, not buffered. */
    private static final int MAX_HEADER_BYTES = 8 * 1024;

    private static final long MAX_BODY_BYTES = 64 * 1024;

    private final Javalin app;
    private final KafkaStreamsMetrics streamsMetrics;
    private final PipelineSampler pipeline;
    private final AlertStream stream;
    private final InetSocketAddress address;

    private AlertsHttp(
            ApiSettings settings,
            KafkaStreams streams,
            String bootstrapServers,
            PrometheusMeterRegistry registry,
            Map<String, Supplier<ServiceState>> alsoRunning) {
        this.streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(registry);
        this.pipeline = PipelineSampler.start(bootstrapServers, registry);
        TopicOffsetCounters.register(pipeline, registry);
        this.stream = new AlertStream(new AlertTail(bootstrapServers, registry), bootstrapServers, settings.sse());
        HostInfo self = settings.advertised() == null ? null : HostInfo.buildFromEndpoint(settings.advertised());
        AlertsCluster cluster = new AlertsCluster(streams, self, new Peers(settings.token()));
        AccessGate gate = new AccessGate(settings.token());
        this.app = Javalin.create(config -> configure(
                config, settings, gate, new QueryRoutes(cluster, streams, pipeline::health, alsoRunning), registry));
        app.start(settings.bindHost(), settings.port());
        for (Connector connector : app.jettyServer().server().getConnectors()) {
            ((ServerConnector) connector).setIdleTimeout(settings.idleTimeout().toMillis());
        }
        this.address = new InetSocketAddress(settings.bindHost(), app.port());
        LOG.info(settings.banner(settings.bindHost() + ":" + app.port()));
    }

    /**
     * Starts serving. {@code registry} is the service's one registry: other components (webhook
     * delivery) count into it too, and {@code /metrics} serves it.
     *
     * @param streams the running (or starting) alerts topology, for queries and its metrics
     * @param bootstrapServers for the alert stream's and the pipeline sampler's own clients
     */
    public static AlertsHttp start(
            ApiSettings settings,
            KafkaStreams streams,
            String bootstrapServers,
            PrometheusMeterRegistry registry,
            Map<String, Supplier<ServiceState>> alsoRunning) {
        return new AlertsHttp(settings, streams, bootstrapServers, registry, alsoRunning);
    }

    /** Where the server listens; the port is the bound one when 0 was asked for. */
    public InetSocketAddress address() {
        return address;
    }

    private void configure(
            JavalinConfig config,
            ApiSettings settings,
            AccessGate gate,
            QueryRoutes queries,
            PrometheusMeterRegistry registry) {
        config.startup.showJavalinBanner = false;
        config.jsonMapper(new JavalinJackson(Json.mapper(), false));
        config.http.maxRequestSize = MAX_BODY_BYTES;
        config.jetty.modifyHttpConfiguration(http -> {
            http.setRequestHeaderSize(MAX_HEADER_BYTES);
            http.setSendServerVersion(false);
            http.setIdleTimeout(settings.idleTimeout().toMillis());
        });
        if (AlertsHttp.class.getResource("/dashboard") != null) {
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/dashboard";
                files.location = Location.CLASSPATH;
            });
        }
        var routes = config.routes;
        routes.before(ctx -> {
            if (!gate.admits(ctx.path(), ctx.header("Authorization"), ctx.cookie(AccessGate.COOKIE))) {
                throw new UnauthorizedResponse("a token is required: Authorization: Bearer <token>, or /login?token=");
            }
        });
        routes.get("/login", ctx -> login(ctx, gate));
        routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(registry.scrape()));
        queries.addTo(routes);
        routes.before(AlertStream.PATH, stream::admit);
        routes.get(AlertStream.PATH, new SseHandler(stream::open));
        routes.exception(BadQuery.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        routes.exception(PeerUnavailable.class, (e, ctx) -> error(ctx, 503, e.getMessage()));
        routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
    }

    /** Turns a token into a cookie a browser sends with every request, EventSource included. */
    private static void login(Context ctx, AccessGate gate) {
        if (gate.requiresToken()) {
            String token = ctx.queryParam("token");
            if (!gate.matches(token)) {
                throw new UnauthorizedResponse("wrong or missing token");
            }
            ctx.cookie(new Cookie(AccessGate.COOKIE, token, "/", -1, false, true, null, SameSite.STRICT));
        }
        ctx.redirect("/");
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("error", message));
    }

    /** Stops accepting requests, ends open streams and closes the service's own Kafka clients. */
    @Override
    public void close() {
        app.stop();
        stream.close();
        pipeline.close();
        streamsMetrics.close();
    }
}
