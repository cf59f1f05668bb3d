package io.newsline.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * How every newsline command ends when it cannot do its work: one line on stderr naming the command and the cause,
 * and an exit code; the Java stack trace only with {@code --debug}.
 * <ul>
 *   <li>a user mistake (a picocli {@link ParameterException}: an unknown option or app, a missing file, a time that
 *       does not parse...), found before anything starts: exit 2;</li>
 *   <li>a {@link CommandFailure} (Kafka unreachable, a topic missing): its exit code, 1;</li>
 *   <li>anything else: exit 1, the exception's own message.</li>
 * </ul>
 * Commands report a mistake by throwing {@code new ParameterException(spec.commandLine(), message)}. Thread-safe.
 */
final class CommandErrors implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {

    static final String DEBUG = "--debug";
    static final int MISTAKE = 2;

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        PrintWriter err = ex.getCommandLine().getErr();
        err.println(ex.getCommandLine().getCommandSpec().qualifiedName() + ": " + oneLine(ex.getMessage())
                + " (see " + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
        if (Arrays.asList(args).contains(DEBUG)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return MISTAKE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        String command = commandLine.getCommandSpec().qualifiedName();
        int exit = ex instanceof CommandFailure failure ? failure.exitCode() : 1;
        boolean debug = debug(parsed);
        err.println(command + ": " + describe(ex)
                + (debug || ex instanceof CommandFailure ? "" : " (" + DEBUG + " shows where it happened)"));
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return exit;
    }

    /** The exception's message, with its causes' where the message alone says too little. */
    static String describe(Throwable ex) {
        StringBuilder text = new StringBuilder(ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage());
        Throwable cause = ex.getCause();
        while (!(ex instanceof CommandFailure) && cause != null && cause != ex) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append(": ").append(cause.getMessage());
            }
            ex = cause;
            cause = cause.getCause();
        }
        return oneLine(text.toString());
    }

    private static boolean debug(ParseResult parsed) {
        for (ParseResult r = parsed; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption(DEBUG)) {
                return true;
            }
        }
        return false;
    }

    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
