package org.wirewatch.ingest.poller;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wirewatch.ingest.feed.FeedFetcher;
import org.wirewatch.ingest.feed.FeedReader;
import org.wirewatch.ingest.feed.FeedVersion;
import org.wirewatch.ingest.feed.FetchOutcome;
import org.wirewatch.ingest.format.ParsedStories;
import org.wirewatch.ingest.format.RejectedInputException;
import org.wirewatch.ingest.format.RejectedPart;
import org.wirewatch.ingest.format.Rejections;
import org.wirewatch.model.FeedState;
import org.wirewatch.model.RejectedInput;
import org.wirewatch.model.Story;
import org.wirewatch.model.topics.Topics;

/**
 * One fetch of one feed, up to what to publish: the stories not seen before, a rejection for a
 * failed fetch, an unreadable feed or each unreadable item, and the feed's next state. Touches
 * no Kafka, and never throws: whatever a feed sends ends in a result.
 */
final class FeedPoll {

    static final String ORIGIN_PREFIX = "feed:";

    /** Below the producer's default {@code max.request.size} of 1 MiB, with room for the key and headers. */
    static final int MAX_STORY_BYTES = 1_000_000;

    private final FeedFetcher fetcher;
    private final FeedReader reader;
    private final Clock clock;

    FeedPoll(FeedFetcher fetcher, FeedReader reader, Clock clock) {
        this.fetcher = requireNonNull(fetcher, "fetcher");
        this.reader = requireNonNull(reader, "reader");
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * What to publish in one transaction.
     *
     * @param retryAfter the wait the server asked for, if any, at least until the next fetch
     */
    record Result(List<Story> stories, List<RejectedInput> rejections, FeedState state, Optional<Duration> retryAfter) {
        Result {
            stories = List.copyOf(stories);
            rejections = List.copyOf(rejections);
            requireNonNull(state, "state");
            requireNonNull(retryAfter, "retryAfter");
        }

        Result(List<Story> stories, List<RejectedInput> rejections, FeedState state) {
            this(stories, rejections, state, Optional.empty());
        }
    }

    Result poll(FeedConfig feed, FeedState last) {
        String origin = ORIGIN_PREFIX + feed.name();
        FetchOutcome outcome = fetcher.fetch(feed.url(), new FeedVersion(last.etag(), last.lastModified()));
        Instant at = clock.instant();
        if (outcome instanceof FetchOutcome.NotModified) {
            return new Result(List.of(), List.of(), last.afterNotModified(at));
        }
        if (outcome instanceof FetchOutcome.Failed failed) {
            RejectedInput rejection = Rejections.ofPayload(origin, new byte[0], 0, failed.reason(), at);
            return new Result(
                    List.of(), List.of(rejection), last.afterFailure(at, failed.reason(), 1), failed.retryAfter());
        }
        FetchOutcome.Fetched fetched = (FetchOutcome.Fetched) outcome;
        byte[] body = fetched.body();
        try {
            return read(origin, last, fetched, reader.read(body, feed.name(), feed.language()), at);
        } catch (RejectedInputException e) {
            return failure(last, Rejections.ofPayload(origin, body, body.length, fetched.url() + " " + e.reason(), at));
        } catch (RuntimeException e) {
            // A reader bug must cost this fetch, not the poller.
            return failure(
                    last,
                    Rejections.ofPayload(
                            origin, body, body.length, "could not be read (internal error: " + e + ")", at));
        }
    }

    private static Result failure(FeedState last, RejectedInput rejection) {
        return new Result(
                List.of(), List.of(rejection), last.afterFailure(rejection.rejectedAt(), rejection.reason(), 1));
    }

    private static Result read(
            String origin, FeedState last, FetchOutcome.Fetched fetched, ParsedStories parsed, Instant at) {
        List<RejectedInput> rejections = new ArrayList<>();
        for (RejectedPart part : parsed.rejections()) {
            rejections.add(Rejections.ofPart(origin, part, at));
        }
        List<Story> fresh = new ArrayList<>();
        List<String> tooLarge = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Story story : parsed.stories()) {
            if (last.hasSeen(story.id()) || !ids.add(story.id())) {
                continue;
            }
            int bytes = Topics.STORIES_RAW.valueSerde().serializer().serialize(Topics.STORIES_RAW.name(), story).length;
            if (bytes > MAX_STORY_BYTES) {
                // Kafka would refuse the record, and with it the whole transaction on every fetch.
                tooLarge.add(story.id());
                rejections.add(new RejectedInput(
                        origin + "#id=" + story.id(),
                        "the story is " + bytes + " bytes as JSON, over the limit of " + MAX_STORY_BYTES
                                + " bytes of a Kafka record",
                        story.headline() + "\n" + story.body(),
                        bytes,
                        at));
            } else {
                fresh.add(story);
            }
        }
        int items = parsed.stories().size() + parsed.rejections().size();
        FeedState next = last.afterFetch(
                        at,
                        fetched.version().etag(),
                        fetched.version().lastModified(),
                        fresh.stream().map(Story::id).toList(),
                        items,
                        parsed.stories().size() - fresh.size() - tooLarge.size(),
                        rejections.size())
                .remembering(tooLarge);
        return new Result(fresh, rejections, next);
    }
}
