package io.newsline.publish.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsline.runtime.app.AppContext;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.dlq.DeadLetters;
import io.newsline.schemas.Stage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FreshnessTest {

    private static final Instant EVENT = Instant.parse("2026-11-27T12:00:00Z");

    @Test
    void recentPagesAreLiveAndOldPagesBackfillUnderSeparateSeries() {
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Freshness freshness = new Freshness(meters, "publish", Duration.ofHours(1));

        assertThat(freshness.record(EVENT.minusSeconds(42), EVENT)).isEqualTo(Freshness.Mode.LIVE);
        assertThat(freshness.record(EVENT.minus(Duration.ofHours(1)), EVENT)).isEqualTo(Freshness.Mode.LIVE);
        assertThat(freshness.record(EVENT.minus(Duration.ofDays(40)), EVENT)).isEqualTo(Freshness.Mode.BACKFILL);

        Timer live = meters.get("newsline.freshness").tags("app", "publish", "mode", "live").timer();
        Timer backfill = meters.get("newsline.freshness").tags("app", "publish", "mode", "backfill").timer();
        assertThat(live.count()).isEqualTo(2);
        assertThat(live.max(TimeUnit.SECONDS)).isEqualTo(3600);
        assertThat(backfill.count()).isEqualTo(1);
        assertThat(backfill.totalTime(TimeUnit.DAYS)).isEqualTo(40);

        String scrape = meters.scrape();
        assertThat(scrape).contains("newsline_freshness_seconds_bucket{app=\"publish\",mode=\"live\",le=\"60.0\"} 1")
                .contains("newsline_freshness_seconds_bucket{app=\"publish\",mode=\"live\",le=\"3600.0\"} 2")
                .contains("newsline_freshness_seconds_count{app=\"publish\",mode=\"backfill\"} 1");
    }

    @Test
    void missingFetchTimeRecordsNothingAndClockSkewCountsAsZero() {
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Freshness freshness = new Freshness(meters, "publish", Duration.ofHours(1));

        assertThat(freshness.record(null, EVENT)).isNull();
        assertThat(meters.find("newsline.freshness").timers()).isEmpty();
        assertThat(freshness.record(EVENT.plusSeconds(30), EVENT)).isEqualTo(Freshness.Mode.LIVE);
        Timer live = meters.get("newsline.freshness").tags("mode", "live").timer();
        assertThat(live.count()).isEqualTo(1);
        assertThat(live.totalTime(TimeUnit.NANOSECONDS)).isZero();
    }

    @Test
    void thresholdComesFromTheAppConfiguration() {
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        NewslineConfig config = NewslineConfig.defaults().with(Map.of(Freshness.BACKFILL_AFTER_CONFIG, "PT5M"));
        AppContext app = new AppContext(new DeadLetters("newsline-publish", "test", Stage.PUBLISH, 1024,
                Clock.systemUTC()), meters, Clock.systemUTC(), "newsline-publish", config);
        Freshness freshness = Freshness.forApp(app);

        assertThat(freshness.modeOf(EVENT.minus(Duration.ofMinutes(6)), EVENT)).isEqualTo(Freshness.Mode.BACKFILL);
        assertThat(freshness.modeOf(EVENT.minus(Duration.ofMinutes(4)), EVENT)).isEqualTo(Freshness.Mode.LIVE);
        assertThat(Freshness.forApp(new AppContext(app.deadLetters(), meters, Clock.systemUTC(), "x"))
                .modeOf(EVENT.minus(Duration.ofMinutes(6)), EVENT)).as("default: one hour").isEqualTo(Freshness.Mode.LIVE);
        assertThatThrownBy(() -> new Freshness(meters, "publish", Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
