package io.newsline.publish.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsline.runtime.app.AppContext;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * End-to-end freshness: the time from a page's {@code fetchedAt} to the story event written for it, as the histogram
 * {@code newsline_freshness_seconds{app,mode}}. {@code mode} is {@code live}, or {@code backfill} when the page was
 * fetched more than {@code app.freshness.backfill.after} (default one hour) before the event: a replay of old pages
 * fills the backfill series and leaves the live one, which the freshness alert watches, alone. Buckets are fixed
 * (one second to thirty days) so that alert thresholds can name them. Meters are registered on first use.
 * Thread-safe.
 */
public final class Freshness {

    public static final String METRIC = "newsline.freshness";
    public static final String BACKFILL_AFTER_CONFIG = "app.freshness.backfill.after";
    public static final Duration DEFAULT_BACKFILL_AFTER = Duration.ofHours(1);

    /** Bucket bounds: alert rules use the 60 s and 300 s bounds; backfills land in the hour-to-month ones. */
    static final Duration[] BUCKETS = {Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(15),
            Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(6),
            Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(30)};

    /** Whether a page is live traffic or part of a backfill. */
    public enum Mode { LIVE, BACKFILL }

    private final MeterRegistry meters;
    private final String app;
    private final Duration backfillAfter;
    private final Map<Mode, Timer> timers = new EnumMap<>(Mode.class);

    public Freshness(MeterRegistry meters, String app, Duration backfillAfter) {
        if (backfillAfter.isNegative() || backfillAfter.isZero()) {
            throw new IllegalArgumentException("backfill threshold must be positive: " + backfillAfter);
        }
        this.meters = meters;
        this.app = app;
        this.backfillAfter = backfillAfter;
    }

    /** Freshness for an app, with the threshold from its configuration ({@value #BACKFILL_AFTER_CONFIG}). */
    public static Freshness forApp(AppContext app) {
        return new Freshness(app.meters(), app.deadLetters().stage().name().toLowerCase(Locale.ROOT),
                app.config().getDuration(BACKFILL_AFTER_CONFIG, DEFAULT_BACKFILL_AFTER));
    }

    /** The mode of a page fetched at {@code fetchedAt} whose event is written at {@code eventAt}. */
    public Mode modeOf(Instant fetchedAt, Instant eventAt) {
        return Duration.between(fetchedAt, eventAt).compareTo(backfillAfter) > 0 ? Mode.BACKFILL : Mode.LIVE;
    }

    /**
     * Records one page's freshness. A missing {@code fetchedAt} records nothing; a fetch time after the event (clock
     * skew between crawler and pipeline) counts as zero.
     *
     * @return the mode it was counted under, or null when nothing was recorded
     */
    public Mode record(Instant fetchedAt, Instant eventAt) {
        if (fetchedAt == null || eventAt == null) {
            return null;
        }
        Duration age = Duration.between(fetchedAt, eventAt);
        Mode mode = modeOf(fetchedAt, eventAt);
        timer(mode).record(age.isNegative() ? Duration.ZERO : age);
        return mode;
    }

    private synchronized Timer timer(Mode mode) {
        return timers.computeIfAbsent(mode, m -> Timer.builder(METRIC)
                .description("Time from a page's fetchedAt to its story event; mode=backfill for old pages")
                .tag("app", app)
                .tag("mode", m.name().toLowerCase(Locale.ROOT))
                .serviceLevelObjectives(BUCKETS)
                .register(meters));
    }
}
