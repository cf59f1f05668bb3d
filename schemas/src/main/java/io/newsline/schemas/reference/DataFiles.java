package io.newsline.schemas.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the data files newsline ships as class-path resources (word lists, rule files, tables such as
 * {@code agencies.tsv}), with one rule for every loader:
 * <ul>
 *   <li>a line that is blank (empty or only white space) or whose first non-blank character is {@code #} is not
 *       data and is skipped;</li>
 *   <li>every other line is returned as written, white space included: a trailing tab is an empty last column,
 *       a trailing space can be part of a value (the language profiles' trigrams);</li>
 *   <li>files are UTF-8; a resource whose name ends in {@code .gz} is gunzipped;</li>
 *   <li>a missing resource is a packaging error: {@link IllegalStateException} naming its full path.</li>
 * </ul>
 * A relative name is resolved beside the owner class, as {@link Class#getResourceAsStream} does. Stateless and
 * thread-safe.
 */
public final class DataFiles {

    /**
     * One data line.
     *
     * @param source the resource or stream it was read from, for messages
     * @param number its number in the file, counting from 1 (skipped lines included)
     * @param text the line as written
     */
    public record Line(String source, int number, String text) {

        /** An error about this line, saying where it is: {@code "agencies.tsv line 12: expected 4 columns"}. */
        public IllegalStateException invalid(String why) {
            return new IllegalStateException(source + " line " + number + ": " + why);
        }
    }

    private DataFiles() {}

    /** Whether a line is data under the rule above (not blank, not a comment). */
    public static boolean isData(String line) {
        String stripped = line.strip();
        return !stripped.isEmpty() && !stripped.startsWith("#");
    }

    /** The data lines of {@code resource}, resolved beside {@code owner}. */
    public static List<String> lines(Class<?> owner, String resource) {
        return numberedLines(owner, resource).stream().map(Line::text).toList();
    }

    /** The data lines of {@code resource}, each with its number in the file, for error messages. */
    public static List<Line> numberedLines(Class<?> owner, String resource) {
        try (InputStream in = open(owner, resource)) {
            return numberedLines(in, path(owner, resource));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path(owner, resource), e);
        }
    }

    /**
     * The data lines of a stream (not closed here), for loaders that also read files other than their bundled one.
     *
     * @param source what the stream is, for the lines' messages
     */
    public static List<Line> numberedLines(InputStream in, String source) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<Line> lines = new ArrayList<>();
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (isData(line)) {
                lines.add(new Line(source, number, line));
            }
        }
        return lines;
    }

    /**
     * Opens {@code resource} beside {@code owner} (gunzipped when its name ends in {@code .gz}), for files that are
     * not line-based, such as JSON. The caller closes it.
     *
     * @throws IllegalStateException when there is no such resource
     */
    public static InputStream open(Class<?> owner, String resource) {
        InputStream in = owner.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + path(owner, resource) + " (read by "
                    + owner.getName() + ")");
        }
        if (!resource.endsWith(".gz")) {
            return in;
        }
        try {
            return new GZIPInputStream(in);
        } catch (IOException e) {
            try {
                in.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new UncheckedIOException("cannot read " + path(owner, resource), e);
        }
    }

    /** The resource's path from the class-path root, as a message names it. */
    static String path(Class<?> owner, String resource) {
        if (resource.startsWith("/")) {
            return resource;
        }
        String pkg = owner.getPackageName();
        return pkg.isEmpty() ? "/" + resource : "/" + pkg.replace('.', '/') + "/" + resource;
    }
}
