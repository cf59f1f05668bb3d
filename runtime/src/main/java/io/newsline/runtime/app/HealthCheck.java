package io.newsline.runtime.app;

import java.util.Map;

/** Something whose readiness and liveness the HTTP endpoints report. */
public interface HealthCheck {

    /** Ready to do its work (a Streams client: RUNNING). */
    boolean isReady();

    /** Not dead (a Streams client: not ERROR, not NOT_RUNNING). */
    boolean isLive();

    /** Per-component states for the health response body. */
    Map<String, String> details();
}
