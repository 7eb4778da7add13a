package org.wirewatch.ingest.poller;

import java.util.List;
import org.wirewatch.ingest.publish.PublishException;
import org.wirewatch.model.FeedState;
import org.wirewatch.model.RejectedInput;
import org.wirewatch.model.Story;

/**
 * Where the outcome of a fetch goes, all of it or none: in service {@link
 * org.wirewatch.ingest.publish.FeedPublisher}'s transaction; in unit tests, a list.
 */
@FunctionalInterface
interface FeedSink {

    void publish(String feedName, List<Story> stories, List<RejectedInput> rejections, FeedState state)
            throws PublishException;
}
