package org.wirewatch.alerts.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.wirewatch.alerts.api.pipeline.PipelineHealth;
import org.wirewatch.alerts.query.AlertFilter;

/**
 * The JSON endpoints. {@code /api/...} answers for the whole application (gathering from, or
 * forwarding to, other instances; {@code /api/pipeline} reads topics and groups every instance
 * sees alike); {@code /internal/...} answers from this instance's stores only, and is what the
 * other instances call.
 */
final class QueryRoutes {

    private final AlertsCluster cluster;
    private final KafkaStreams streams;
    private final Supplier<PipelineHealth> pipeline;
    private final Map<String, Supplier<ServiceState>> alsoRunning;

    /** @param alsoRunning services running beside this one (in {@code up}), reported by /health too */
    QueryRoutes(
            AlertsCluster cluster,
            KafkaStreams streams,
            Supplier<PipelineHealth> pipeline,
            Map<String, Supplier<ServiceState>> alsoRunning) {
        this.cluster = cluster;
        this.streams = streams;
        this.pipeline = pipeline;
        this.alsoRunning = alsoRunning;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/health", this::health);
        routes.get("/ready", this::ready);
        routes.get(
                "/api/alerts",
                ctx -> ctx.json(cluster.recentAlerts(AlertQuery.parse(ctx.queryParamMap()), ctx.queryString())));
        routes.get(
                "/api/states/{state}/stances",
                ctx -> ctx.json(cluster.stancesOf(AlertQuery.state(ctx.pathParam("state")))));
        routes.get(
                "/api/stances/{key}/history",
                ctx -> ctx.json(cluster.history(key(ctx))
                        .orElseThrow(() -> new NotFoundResponse("no stance history for " + key(ctx)))));
        routes.get("/api/pipeline", ctx -> ctx.json(pipeline.get()));
        routes.get("/internal/alerts", ctx -> {
            AlertQuery query = AlertQuery.parse(ctx.queryParamMap());
            ctx.json(local(() -> cluster.local().recentAlerts(query.filter(), query.limit())));
        });
        routes.get(
                "/internal/states/{state}/stances",
                ctx -> ctx.json(local(() -> cluster.local().stancesOf(AlertQuery.state(ctx.pathParam("state"))))));
        routes.get(
                "/internal/stances/{key}/history",
                ctx -> ctx.json(local(() -> cluster.local().history(key(ctx)))
                        .orElseThrow(() -> new NotFoundResponse("no stance history for " + key(ctx)))));
    }

    /**
     * Each service's state, 200 when all are up and 503 otherwise: for load balancers and the
     * operator's first look. Open without a token, so it tells states only.
     */
    private void health(Context ctx) {
        Map<String, String> states = new TreeMap<>();
        KafkaStreams.State alerts = streams.state();
        states.put("alerts", alerts.name());
        boolean up = alerts.isRunningOrRebalancing();
        for (var service : alsoRunning.entrySet()) {
            ServiceState state = service.getValue().get();
            states.put(service.getKey(), state.state());
            up &= state.up();
        }
        ctx.status(up ? 200 : 503).json(Map.of("status", up ? "UP" : "DOWN", "services", states));
    }

    /** Ready when Kafka Streams runs and this instance's stores answer. */
    private void ready(Context ctx) {
        KafkaStreams.State state = streams.state();
        if (state != KafkaStreams.State.RUNNING) {
            ctx.status(503).json(Map.of("error", "Kafka Streams is " + state + ", not RUNNING"));
            return;
        }
        try {
            cluster.local().recentAlerts(AlertFilter.ALL, 1);
        } catch (InvalidStateStoreException e) {
            ctx.status(503).json(Map.of("error", "stores are not queryable: " + e.getMessage()));
            return;
        }
        ctx.json(Map.of("status", "READY", "streams", state.name()));
    }

    /** {@code STATE|LINE}, e.g. {@code IRN|ARMS_TRANSFER:IRN>RUS}; Javalin has decoded it. */
    private static String key(Context ctx) {
        String key = ctx.pathParam("key");
        int bar = key.indexOf('|');
        if (bar < 1 || bar == key.length() - 1) {
            throw new BadQuery(
                    "a stance key is STATE|LINE, e.g. IRN|ARMS_TRANSFER:IRN>RUS (URL-encoded), was '" + key + "'");
        }
        AlertQuery.state(key.substring(0, bar));
        return key;
    }

    private static <T> T local(Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidStateStoreException e) {
            throw new PeerUnavailable("stores are not queryable now (starting or rebalancing); retry shortly", e);
        }
    }
}
