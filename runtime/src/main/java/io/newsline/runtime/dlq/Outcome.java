package io.newsline.runtime.dlq;

import io.newsline.schemas.DeadLetterReason;
import java.util.Objects;

/**
 * The result of a step that can fail on bad input: a value, or a failure with the dead-letter reason class.
 * Expected failures are values, not exceptions, so a topology branches them to the dead-letter topic.
 *
 * @param <T> the value's type
 */
public sealed interface Outcome<T> {

    record Ok<T>(T value) implements Outcome<T> {
        public Ok {
            Objects.requireNonNull(value);
        }
    }

    /**
     * @param reason    the dead-letter reason class
     * @param message   what was wrong, for a person
     * @param error     the exception behind it, or null
     * @param articleId the article id, when known
     * @param url       the page URL, when known
     */
    record Failed<T>(DeadLetterReason reason, String message, Throwable error, String articleId, String url)
            implements Outcome<T> {
        public Failed {
            Objects.requireNonNull(reason);
            Objects.requireNonNull(message);
        }
    }

    static <T> Outcome<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Outcome<T> failed(DeadLetterReason reason, String message) {
        return new Failed<>(reason, message, null, null, null);
    }

    static <T> Outcome<T> failed(DeadLetterReason reason, String message, Throwable error) {
        return new Failed<>(reason, message, error, null, null);
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    /** The same failure typed for another value type. */
    @SuppressWarnings("unchecked")
    default <U> Outcome<U> castFailure() {
        if (this instanceof Failed<T> f) {
            return (Outcome<U>) f;
        }
        throw new IllegalStateException("not a failure");
    }
}
