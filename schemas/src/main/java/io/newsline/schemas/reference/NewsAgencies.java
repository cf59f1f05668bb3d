package io.newsline.schemas.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The news agencies newsline recognises, from {@code agencies.tsv} beside this class: one list for the ingest app,
 * which reads credits and datelines into {@code CleanArticle.agency}, and the publish app, which names a story's
 * {@code source}, so both speak of an agency by the same code. Immutable and thread-safe.
 */
public final class NewsAgencies {

    /**
     * A news agency.
     *
     * @param code what the contracts' agency and source fields hold, e.g. {@code AFP}, {@code dpa}
     * @param tier 1 for an international wire that originates syndicated copy, 2 for a national agency that also
     *     republishes it under its own credit
     * @param aliases the agency's names as printed, the code among them
     */
    public record NewsAgency(String code, String name, int tier, List<String> aliases) {

        public NewsAgency {
            aliases = List.copyOf(aliases);
        }

        /** One pattern per alias, matching it as a whole word ({@link NewsAgencies#aliasPattern}). */
        public List<Pattern> aliasPatterns() {
            return aliases.stream().map(NewsAgencies::aliasPattern).toList();
        }
    }

    private static final List<NewsAgency> BUNDLED = load();

    private NewsAgencies() {}

    /** Every agency, in the file's order. */
    public static List<NewsAgency> all() {
        return BUNDLED;
    }

    /** Whether an alias must match in its printed case: short ones are acronyms (AP, not "ap" in "a map"). */
    public static boolean caseSensitive(String alias) {
        return alias.length() <= 5;
    }

    /** The alias as a whole word: not inside a longer word or number, any case unless {@link #caseSensitive}. */
    public static Pattern aliasPattern(String alias) {
        String regex = "(?<![\\p{L}\\p{N}])" + Pattern.quote(alias) + "(?![\\p{L}\\p{N}])";
        return caseSensitive(alias) ? Pattern.compile(regex)
                : Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static List<NewsAgency> load() {
        List<NewsAgency> agencies = new ArrayList<>();
        for (DataFiles.Line line : DataFiles.numberedLines(NewsAgencies.class, "agencies.tsv")) {
            String[] cols = line.text().split("\t");
            if (cols.length != 4) {
                throw line.invalid("expected 4 columns, got " + cols.length);
            }
            agencies.add(new NewsAgency(cols[0], cols[1], Integer.parseInt(cols[2]),
                    Arrays.asList(cols[3].split("\\|"))));
        }
        return List.copyOf(agencies);
    }
}
