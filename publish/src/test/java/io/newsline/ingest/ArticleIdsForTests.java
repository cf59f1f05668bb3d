package io.newsline.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Article ids for publish tests (publish does not depend on ingest): any stable id per URL will do. */
public final class ArticleIdsForTests {

    private ArticleIdsForTests() {}

    public static String id(String url) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
