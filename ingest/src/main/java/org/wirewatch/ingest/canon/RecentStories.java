package org.wirewatch.ingest.canon;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The content hashes of the most recently seen story ids, to tell a repeat from an update. Bounded:
 * past {@code capacity} ids (and as many contents) the least recently seen is forgotten, and a
 * repeat of it is published again, a duplicate consumers must tolerate anyway. Not thread-safe:
 * {@link CanonicalStories} guards it.
 */
final class RecentStories {

    /** What a story is, compared with the recent ones. */
    enum Verdict {
        /** Neither its id nor its content was seen recently. */
        NEW,
        /** Its id was seen with other content: a correction or a later version, published. */
        UPDATE,
        /** Its id with the same content, or the same content under another id: dropped. */
        DUPLICATE
    }

    private final Map<String, Long> contentById;
    private final Map<Long, String> idByContent;

    RecentStories(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        contentById = lru(capacity);
        idByContent = lru(capacity);
    }

    /** Judges the story and, unless it is a duplicate, remembers it. */
    Verdict see(String id, long content) {
        Long previous = contentById.get(id);
        String owner = idByContent.get(content);
        if ((previous != null && previous == content) || (owner != null && !owner.equals(id))) {
            return Verdict.DUPLICATE;
        }
        contentById.put(id, content);
        idByContent.put(content, id);
        return previous == null ? Verdict.NEW : Verdict.UPDATE;
    }

    /**
     * Forgets what {@link #see} remembered of the story, when it could not be published: its next
     * attempt must not be taken for a duplicate of itself.
     */
    void forget(String id, long content) {
        contentById.remove(id, content);
        idByContent.remove(content, id);
    }

    /** Access order: a story seen again is recent again. */
    private static <K, V> Map<K, V> lru(int capacity) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }
}
