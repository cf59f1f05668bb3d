package io.newsline.ingest.extract.wire;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The news agencies newsline recognises, read from {@code agencies.tsv} beside this class. Immutable and thread-safe.
 */
public final class Agencies {

    private record Alias(String code, Pattern pattern) {
    }

    private static final Agencies BUNDLED = load();

    private final List<Alias> aliases;

    private Agencies(List<Alias> aliases) {
        this.aliases = List.copyOf(aliases);
    }

    public static Agencies bundled() {
        return BUNDLED;
    }

    /** The agency named earliest in {@code text} (the longest name when two start at the same place). */
    public Optional<String> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String best = null;
        int bestStart = Integer.MAX_VALUE;
        int bestLength = 0;
        for (Alias a : aliases) {
            Matcher m = a.pattern.matcher(text);
            if (m.find() && (m.start() < bestStart || m.start() == bestStart && m.end() - m.start() > bestLength)) {
                best = a.code;
                bestStart = m.start();
                bestLength = m.end() - m.start();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether the whole of {@code text} (trimmed, without "By" and punctuation around it) is an agency's name. */
    public Optional<String> whole(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().replaceFirst("(?i)^by\\s+", "").replaceAll("^[\\p{Punct}\\s—–]+|[\\p{Punct}\\s—–]+$", "");
        for (Alias a : aliases) {
            Matcher m = a.pattern.matcher(t);
            if (m.matches()) {
                return Optional.of(a.code);
            }
        }
        return Optional.empty();
    }

    private static Agencies load() {
        List<Alias> out = new ArrayList<>();
        try (InputStream in = Agencies.class.getResourceAsStream("agencies.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing agencies.tsv");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                for (String name : cols[1].split("\\|")) {
                    boolean acronym = name.matches("[A-ZÀ-Ý]{2,5}");
                    String regex = "(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])";
                    out.add(new Alias(cols[0], acronym ? Pattern.compile(regex)
                            : Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(Comparator.comparingInt((Alias a) -> -a.pattern.pattern().length()));
        return new Agencies(out);
    }
}
