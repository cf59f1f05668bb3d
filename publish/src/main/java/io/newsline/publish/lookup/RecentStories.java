package io.newsline.publish.lookup;

import io.newsline.schemas.Story;
import io.newsline.schemas.StoryStatus;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The index behind "recent stories": the ids of the {@link #LIMIT} active stories with the latest {@code updatedAt}
 * (event time of their latest change), newest first. Publish keeps it as one small value updated with every story
 * change, so listing recent stories reads {@link #LIMIT} stories instead of scanning a store of millions; its size
 * never exceeds {@link #LIMIT} entries (about 3 KB). By event time rather than arrival, so a backfill of old pages
 * does not push today's stories off the list. Immutable; thread-safe.
 */
public final class RecentStories {

    /** How many stories the index keeps. */
    public static final int LIMIT = 50;
    private static final byte FORMAT = 1;
    private static final Comparator<Entry> NEWEST_FIRST = Comparator.comparingLong(Entry::updatedAt).reversed()
            .thenComparing(Entry::storyId);

    /** One indexed story: its id and the event time of its latest change (epoch milliseconds). */
    public record Entry(String storyId, long updatedAt) {
    }

    private final List<Entry> entries;

    private RecentStories(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static RecentStories empty() {
        return new RecentStories(List.of());
    }

    /** The story ids, newest first. */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * The index after these stories changed: each takes its new place by {@code updatedAt}; a story that is no
     * longer active (merged into another) leaves; the oldest fall off beyond {@link #LIMIT}.
     */
    public RecentStories with(Collection<Story> changed) {
        Set<String> ids = new HashSet<>();
        changed.forEach(s -> ids.add(s.getStoryId()));
        List<Entry> next = new ArrayList<>(entries.size() + changed.size());
        for (Entry e : entries) {
            if (!ids.contains(e.storyId())) {
                next.add(e);
            }
        }
        for (Story s : changed) {
            if (s.getStatus() == StoryStatus.ACTIVE) {
                next.add(new Entry(s.getStoryId(), s.getUpdatedAt().toEpochMilli()));
            }
        }
        next.sort(NEWEST_FIRST);
        return new RecentStories(next.size() > LIMIT ? next.subList(0, LIMIT) : next);
    }

    /** The stored form: a format byte, the count, then per entry its time and its UTF-8 id. */
    public byte[] toBytes() {
        List<byte[]> ids = new ArrayList<>(entries.size());
        int size = 1 + Integer.BYTES;
        for (Entry e : entries) {
            byte[] id = e.storyId().getBytes(StandardCharsets.UTF_8);
            ids.add(id);
            size += Long.BYTES + Short.BYTES + id.length;
        }
        ByteBuffer out = ByteBuffer.allocate(size).put(FORMAT).putInt(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            out.putLong(entries.get(i).updatedAt()).putShort((short) ids.get(i).length).put(ids.get(i));
        }
        return out.array();
    }

    /** Reads {@link #toBytes()}; null (nothing stored yet) is the empty index. */
    public static RecentStories fromBytes(byte[] stored) {
        if (stored == null) {
            return empty();
        }
        ByteBuffer in = ByteBuffer.wrap(stored);
        byte format = in.get();
        if (format != FORMAT) {
            throw new IllegalArgumentException("unknown recent-stories format " + format);
        }
        int count = in.getInt();
        List<Entry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long updatedAt = in.getLong();
            byte[] id = new byte[in.getShort()];
            in.get(id);
            entries.add(new Entry(new String(id, StandardCharsets.UTF_8), updatedAt));
        }
        return new RecentStories(entries);
    }
}
