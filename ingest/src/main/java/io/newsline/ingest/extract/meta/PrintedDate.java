package io.newsline.ingest.extract.meta;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A date as a page prints it: a local date-time (or date alone), with the zone or offset when the page gives one.
 * Immutable and thread-safe.
 *
 * @param local the local date-time as printed; midnight when {@code hasTime} is false
 * @param zone the zone or offset printed with it; null when the page gives none
 * @param hasTime whether the page printed a time of day
 */
public record PrintedDate(LocalDateTime local, ZoneId zone, boolean hasTime) {

    public PrintedDate {
        Objects.requireNonNull(local, "local");
        // Fractions of a second are machine noise, not something a page prints.
        local = local.truncatedTo(ChronoUnit.SECONDS);
    }

    public static PrintedDate dateOnly(LocalDate date) {
        return new PrintedDate(date.atStartOfDay(), null, false);
    }

    /** The local date-time as printed, ISO-8601 without zone: {@code 2025-03-05T00:50}, or {@code 2025-03-05}. */
    public String printedLocal() {
        return hasTime ? local.toString() : local.toLocalDate().toString();
    }

    /**
     * The instant, using the printed zone or else {@code fallbackZone}; null when neither is known or when no time
     * was printed (a date alone is not an instant).
     */
    public Instant instant(ZoneId fallbackZone) {
        ZoneId z = zone != null ? zone : fallbackZone;
        if (z == null || !hasTime) {
            return null;
        }
        return local.atZone(z).toInstant();
    }
}
