package io.newsline.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shell commands README.md shows a reader: every line of a fenced code block that holds commands (a line
 * continued with {@code \} joined to the next, a trailing {@code # comment} dropped), and every inline code span that
 * starts with {@code ./newsline} (a trailing {@code ...}, "and more files", dropped). Blocks that hold no command
 * (the architecture drawing, a properties example, a command's printed output, JSON) are left out; a command block
 * with a line that starts with no known command is an error, so a new kind of command cannot slip past the test.
 */
final class ReadmeCommands {

    /** A command as README.md shows it, with the line it is on. */
    record Shown(int line, String text) {}

    /** The programs README.md's command blocks start lines with. */
    static final List<String> PROGRAMS = List.of("./newsline", "./mvnw", "docker ", "curl ", "python3 ", "bash ",
            "kafka-console-consumer.sh ");
    private static final Pattern ASSIGNMENT = Pattern.compile("[A-Z_]+=\\$\\(.*\\)");
    private static final Pattern INLINE = Pattern.compile("`(\\./newsline [^`]+)`");

    private ReadmeCommands() {}

    static List<Shown> of(List<String> readme) {
        List<Shown> shown = new ArrayList<>();
        List<Shown> block = null;
        boolean commands = false;
        boolean skipBlock = false;
        StringBuilder continued = null;
        int continuedFrom = 0;
        for (int i = 0; i < readme.size(); i++) {
            String line = readme.get(i);
            int number = i + 1;
            if (line.startsWith("```")) {
                if (block == null) {
                    block = new ArrayList<>();
                    commands = false;
                    skipBlock = !line.strip().equals("```"); // a language tag: json, properties... no shell
                } else {
                    if (commands) {
                        for (Shown s : block) {
                            if (!isCommand(s.text())) {
                                throw new IllegalStateException("README.md line " + s.line()
                                        + ": a command block line that starts with no known program: " + s.text());
                            }
                        }
                        shown.addAll(block);
                    }
                    block = null;
                }
                continue;
            }
            if (block == null) {
                Matcher inline = INLINE.matcher(line);
                while (inline.find()) {
                    shown.add(new Shown(number, inline.group(1).replaceAll("\\s+\\.\\.\\.$", "").strip()));
                }
                continue;
            }
            if (skipBlock) {
                continue;
            }
            if (continued != null) {
                continued.append(' ').append(line.strip());
            } else {
                continued = new StringBuilder(line.strip());
                continuedFrom = number;
            }
            if (continued.toString().endsWith("\\")) {
                continued.setLength(continued.length() - 1);
                continued = new StringBuilder(continued.toString().strip());
                continue;
            }
            String text = withoutComment(continued.toString());
            continued = null;
            if (!text.isEmpty()) {
                block.add(new Shown(continuedFrom, text));
                commands |= isCommand(text);
            }
        }
        return shown;
    }

    static boolean isCommand(String text) {
        return PROGRAMS.stream().anyMatch(text::startsWith) || ASSIGNMENT.matcher(text).matches();
    }

    /** The line without a {@code #} comment that starts after white space outside quotes. */
    static String withoutComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#' && i > 0 && Character.isWhitespace(line.charAt(i - 1))) {
                return line.substring(0, i).strip();
            }
        }
        return line.strip();
    }
}
