package org.wirewatch.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the feed poller remembers of one feed across restarts, on the compacted topic {@code
 * feeds.state} (key = the feed's name). Written in the same transaction as the stories of the
 * fetch it describes, so the seen ids and the stories on {@code stories.raw} never disagree.
 *
 * @param url the feed URL this state was fetched from; a changed URL keeps the seen ids but drops
 *     the version, which belonged to the old URL
 * @param etag the last {@code ETag}, sent back as {@code If-None-Match}; null when none
 * @param lastModified the last {@code Last-Modified}, sent back as {@code If-Modified-Since}; null
 *     when none
 * @param seenIds the story ids of the most recent items, oldest first, at most {@link #MAX_SEEN}:
 *     an item whose id is here is a duplicate and is not published again
 * @param lastFetchAt when the last fetch ended, whatever its outcome; null before the first
 * @param lastSuccessAt when a fetch last gave a feed or a 304; null before the first
 * @param lastStoryAt when a fetch last published a story; null before the first
 * @param consecutiveFailures failed fetches since the last success; sets the backoff
 * @param lastError the reason of the last failure; null after a success
 * @param fetched items read from the feed, in total
 * @param published stories published, in total
 * @param duplicates items skipped because their id was seen before, in total
 * @param rejected rejections published (failed fetches and unreadable items), in total
 */
public record FeedState(
        String url,
        String etag,
        String lastModified,
        List<String> seenIds,
        Instant lastFetchAt,
        Instant lastSuccessAt,
        Instant lastStoryAt,
        int consecutiveFailures,
        String lastError,
        long fetched,
        long published,
        long duplicates,
        long rejected) {

    /**
     * Ids kept per feed. Feeds list their latest 10 to 100 items; a few thousand covers an item
     * that drops out of a feed and comes back, and keeps the record far below Kafka's 1 MiB limit.
     */
    public static final int MAX_SEEN = 2_000;

    public FeedState {
        requireNonNull(url, "url");
        seenIds = List.copyOf(seenIds);
        if (consecutiveFailures < 0) {
            throw new IllegalArgumentException("consecutive failures must not be negative, was " + consecutiveFailures);
        }
    }

    /** A feed never fetched. */
    public static FeedState initial(String url) {
        return new FeedState(url, null, null, List.of(), null, null, null, 0, null, 0, 0, 0, 0);
    }

    public boolean hasSeen(String storyId) {
        return seenIds.contains(storyId);
    }

    /** The same feed at a new URL: seen ids and counts kept, the old URL's version dropped. */
    public FeedState movedTo(String newUrl) {
        if (newUrl.equals(url)) {
            return this;
        }
        return new FeedState(
                newUrl,
                null,
                null,
                seenIds,
                lastFetchAt,
                lastSuccessAt,
                lastStoryAt,
                consecutiveFailures,
                lastError,
                fetched,
                published,
                duplicates,
                rejected);
    }

    /** A fetch that gave no feed; {@code rejections} is how many rejections it published. */
    public FeedState afterFailure(Instant at, String reason, int rejections) {
        return new FeedState(
                url,
                etag,
                lastModified,
                seenIds,
                at,
                lastSuccessAt,
                lastStoryAt,
                consecutiveFailures + 1,
                reason,
                fetched,
                published,
                duplicates,
                rejected + rejections);
    }

    /** The server answered 304. */
    public FeedState afterNotModified(Instant at) {
        return new FeedState(
                url,
                etag,
                lastModified,
                seenIds,
                at,
                at,
                lastStoryAt,
                0,
                null,
                fetched,
                published,
                duplicates,
                rejected);
    }

    /**
     * A feed read.
     *
     * @param newEtag the version of this copy, null when the server sent none
     * @param publishedIds ids of the stories published from it, in feed order
     * @param items items the feed held
     */
    public FeedState afterFetch(
            Instant at,
            String newEtag,
            String newLastModified,
            List<String> publishedIds,
            int items,
            int duplicateItems,
            int rejectedItems) {
        return new FeedState(
                url,
                newEtag,
                newLastModified,
                remember(publishedIds),
                at,
                at,
                publishedIds.isEmpty() ? lastStoryAt : at,
                0,
                null,
                fetched + items,
                published + publishedIds.size(),
                duplicates + duplicateItems,
                rejected + rejectedItems);
    }

    /** The same state with these ids seen too (items rejected for good, never to be read again). */
    public FeedState remembering(List<String> ids) {
        return ids.isEmpty()
                ? this
                : new FeedState(
                        url,
                        etag,
                        lastModified,
                        remember(ids),
                        lastFetchAt,
                        lastSuccessAt,
                        lastStoryAt,
                        consecutiveFailures,
                        lastError,
                        fetched,
                        published,
                        duplicates,
                        rejected);
    }

    /** The seen ids with these appended, the oldest evicted beyond {@link #MAX_SEEN}. */
    private List<String> remember(List<String> ids) {
        Set<String> all = new LinkedHashSet<>(seenIds);
        all.addAll(ids);
        List<String> ordered = new ArrayList<>(all);
        return ordered.subList(Math.max(0, ordered.size() - MAX_SEEN), ordered.size());
    }
}
