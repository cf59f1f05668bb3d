package io.newsline.schemas.reference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
     * @param creditOnly the aliases that are also everyday words or abbreviations ("PA", "TT", "MENA"): they name the
     *     agency only where they stand as a credit, never as a mention in running text
     */
    public record NewsAgency(String code, String name, int tier, List<String> aliases, Set<String> creditOnly) {

        public NewsAgency {
            aliases = List.copyOf(aliases);
            creditOnly = Set.copyOf(creditOnly);
            if (!aliases.containsAll(creditOnly)) {
                throw new IllegalArgumentException(code + ": credit-only names must be aliases: " + creditOnly);
            }
        }

        public NewsAgency(String code, String name, int tier, List<String> aliases) {
            this(code, name, tier, aliases, Set.of());
        }

        /** Whether {@code alias} names the agency only where it stands as a credit. */
        public boolean isCreditOnly(String alias) {
            return creditOnly.contains(alias);
        }

        /** One pattern per alias, matching it as a whole word ({@link NewsAgencies#aliasPattern}). */
        public List<Pattern> aliasPatterns() {
            return aliases.stream().map(NewsAgencies::aliasPattern).toList();
        }
    }

    /** Marks an alias in the file that names the agency only as a credit. */
    private static final String CREDIT_ONLY = "~";
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
            List<String> aliases = new ArrayList<>();
            Set<String> creditOnly = new HashSet<>();
            for (String alias : cols[3].split("\\|")) {
                // "~PA": an alias that is also an everyday abbreviation, a name only where it stands as a credit.
                String name = alias.startsWith(CREDIT_ONLY) ? alias.substring(CREDIT_ONLY.length()) : alias;
                if (name.isBlank()) {
                    throw line.invalid("empty alias");
                }
                aliases.add(name);
                if (!name.equals(alias)) {
                    creditOnly.add(name);
                }
            }
            agencies.add(new NewsAgency(cols[0], cols[1], Integer.parseInt(cols[2]), aliases, creditOnly));
        }
        return List.copyOf(agencies);
    }
}
