package io.newsline.publish.story;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic ids of stories and story events, so that a replay of the same input makes the same ids and
 * consumers can deduplicate events by id.
 */
public final class StoryIds {

    private StoryIds() {}

    /** A story's id, derived from the id of the article that founded it. */
    public static String storyId(String foundingArticleId) {
        return "s-" + foundingArticleId;
    }

    /** An event's id: a hash of what caused it (story, type, article, content and the changed value). */
    public static String eventId(String storyId, String type, String articleId, String contentHash, String detail) {
        return "e-" + sha256(String.join("|", storyId, type, nullToEmpty(articleId), nullToEmpty(contentHash),
                nullToEmpty(detail))).substring(0, 32);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
