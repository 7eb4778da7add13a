package org.wirewatch.ingest.http;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirewatch.ingest.canon.Admission;
import org.wirewatch.ingest.feed.FeedReader;
import org.wirewatch.ingest.format.FormatSettings;
import org.wirewatch.ingest.format.ParsedStories;
import org.wirewatch.ingest.format.RejectedInputException;
import org.wirewatch.ingest.format.Rejections;
import org.wirewatch.ingest.format.StoryReader;
import org.wirewatch.ingest.publish.PublishException;
import org.wirewatch.ingest.publish.SourceMeters;
import org.wirewatch.ingest.publish.StoryPublisher;
import org.wirewatch.model.RejectedInput;

/**
 * {@code POST /api/stories}: reads a body in the format its {@code Content-Type} names and answers
 * only once Kafka has acknowledged what it yielded, so a client that got {@code 202} may discard
 * its copy. A refused body is sent to {@code stories.rejected} with origin {@code http:<client
 * address>}; a partly readable one is published and its bad parts rejected. When Kafka does not
 * acknowledge in time the answer is {@code 503} with {@code Retry-After}: posting the same body
 * again is safe, since stories are keyed by their stable id.
 */
final class StoryIntake {

    static final String ORIGIN_PREFIX = "http:";
    /** The story source of bodies that name none, feeds included. */
    static final String DEFAULT_SOURCE = "http";

    static final int ACCEPTED = 202;
    static final int BAD_REQUEST = 400;
    static final int SERVICE_UNAVAILABLE = 503;
    static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(StoryIntake.class);

    private final RequestBodies bodies;
    private final StoryReader stories;
    private final FeedReader feeds;
    private final StoryPublisher publisher;
    private final SourceMeters meters;
    private final Clock clock;

    /** @param settings reading limits; the body limit is {@link FormatSettings#maxBytes()} */
    StoryIntake(FormatSettings settings, Duration bodyDeadline, StoryPublisher publisher, SourceMeters meters) {
        FormatSettings http = new FormatSettings(DEFAULT_SOURCE, settings.maxBytes(), settings.clock());
        this.bodies = new RequestBodies(http.maxBytes(), bodyDeadline);
        this.stories = new StoryReader(http);
        this.feeds = new FeedReader(http);
        this.publisher = requireNonNull(publisher, "publisher");
        this.meters = requireNonNull(meters, "meters");
        this.clock = http.clock();
    }

    /** Answers the request; never throws. */
    void handle(Context ctx) {
        meters.received();
        String origin = ORIGIN_PREFIX + ctx.req().getRemoteAddr();
        try {
            accept(ctx, origin);
        } catch (Refusal refusal) {
            refuse(ctx, origin, refusal);
        } catch (PublishException e) {
            LOG.warn("a post from {} was not acknowledged by Kafka; asked to retry: {}", origin, e.getMessage());
            ctx.status(SERVICE_UNAVAILABLE)
                    .header("Retry-After", String.valueOf(RETRY_AFTER.toSeconds()))
                    .json(Map.of(
                            "error", "Kafka did not acknowledge the stories in time; post the same body again later"));
        }
    }

    /** @throws PublishException only a retriable one */
    private void accept(Context ctx, String origin) throws Refusal, PublishException {
        PostedType type = PostedType.of(ctx.header("Content-Type"));
        byte[] body = bodies.read(ctx);
        ParsedStories parsed = parse(type, body);
        try {
            Admission admission = publisher.publishStories(parsed.stories());
            meters.published(admission.stories().size());
            meters.duplicates(admission.duplicates());
            publisher.publishRejections(parsed.rejections().stream()
                    .map(part -> Rejections.ofPart(origin, part, clock.instant()))
                    .toList());
            meters.rejected(parsed.rejections().size());
        } catch (PublishException e) {
            if (e.retriable()) {
                throw e;
            }
            throw new Refusal(BAD_REQUEST, "Kafka refused the stories: " + e.getMessage(), body, body.length);
        }
        ctx.status(ACCEPTED).json(Receipt.of(parsed));
    }

    private ParsedStories parse(PostedType type, byte[] body) throws Refusal {
        try {
            return type.format().isPresent()
                    ? stories.parse(type.format().get(), body)
                    : feeds.read(body, DEFAULT_SOURCE).requireSomeStory();
        } catch (RejectedInputException e) {
            throw new Refusal(BAD_REQUEST, "the body " + e.reason(), body, body.length);
        }
    }

    private void refuse(Context ctx, String origin, Refusal refusal) {
        meters.rejected(1);
        LOG.info("a post from {} refused with {}: {}", origin, refusal.status(), refusal.reason());
        RejectedInput rejection = Rejections.ofPayload(
                origin, refusal.payload(), refusal.payloadBytes(), refusal.reason(), clock.instant());
        try {
            publisher.publishRejections(List.of(rejection));
        } catch (PublishException e) {
            // The client is told the reason all the same; only the copy on stories.rejected is lost.
            LOG.warn("the rejection of a post from {} could not be published: {}", origin, e.getMessage());
        }
        ctx.status(refusal.status()).json(Map.of("error", refusal.reason()));
    }

    /** Stops the body deadline timer. */
    void close() {
        bodies.close();
    }
}
