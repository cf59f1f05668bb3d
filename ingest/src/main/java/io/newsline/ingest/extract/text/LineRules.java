package io.newsline.ingest.extract.text;

import io.newsline.schemas.reference.DataFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Line rules for boilerplate in page text, read from {@code boilerplate.tsv} beside this class. Immutable and
 * thread-safe.
 */
public final class LineRules {

    private static final LineRules BUNDLED = load();

    private final List<Pattern> drop;
    private final List<Pattern> stop;
    private final List<Pattern> caption;

    private LineRules(List<Pattern> drop, List<Pattern> stop, List<Pattern> caption) {
        this.drop = List.copyOf(drop);
        this.stop = List.copyOf(stop);
        this.caption = List.copyOf(caption);
    }

    public static LineRules bundled() {
        return BUNDLED;
    }

    /** A line that is never part of a story: a menu label, a "1 hour ago" stamp, a ticker row. */
    public boolean isDroppable(String line) {
        return matchesAny(drop, line);
    }

    /** A line after which nothing belongs to the story: "Recent Stories", "More Stories From World", "Comments". */
    public boolean isStop(String line) {
        // A sentence ("More on that later.") is story text, not a list heading.
        String t = line.strip();
        return !t.endsWith(".") && matchesAny(stop, t);
    }

    /** A photo caption with its credit: "... (Pavel Bednyakov/AP)", "... Photo: AP". */
    public boolean isCaption(String line) {
        return matchesAny(caption, line);
    }

    private static boolean matchesAny(List<Pattern> patterns, String line) {
        String t = line.strip();
        for (Pattern p : patterns) {
            if (p.matcher(t).matches()) {
                return true;
            }
        }
        return false;
    }

    private static LineRules load() {
        List<Pattern> drop = new ArrayList<>();
        List<Pattern> stop = new ArrayList<>();
        List<Pattern> caption = new ArrayList<>();
        for (String line : DataFiles.lines(LineRules.class, "boilerplate.tsv")) {
            int tab = line.indexOf('\t');
            Pattern p = Pattern.compile(line.substring(tab + 1),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
            switch (line.substring(0, tab)) {
                case "drop" -> drop.add(p);
                case "stop" -> stop.add(p);
                case "caption" -> caption.add(p);
                default -> throw new IllegalStateException("unknown rule kind in boilerplate.tsv: " + line);
            }
        }
        return new LineRules(drop, stop, caption);
    }
}
