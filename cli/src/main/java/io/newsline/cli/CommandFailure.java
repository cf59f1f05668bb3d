package io.newsline.cli;

/**
 * A command that cannot do its work for a reason outside the user's command line (Kafka unreachable, a topic missing
 * on the cluster): {@link CommandErrors} prints the message as one line and exits with {@link #exitCode()}, no
 * stack trace unless {@code --debug}. User mistakes are picocli {@code ParameterException}s instead (exit 2).
 */
final class CommandFailure extends RuntimeException {

    /** Exit code of a command that could not talk to Kafka or found the cluster not as it needs it. */
    static final int KAFKA = 1;

    private final int exitCode;

    CommandFailure(String message) {
        this(message, KAFKA, null);
    }

    CommandFailure(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
