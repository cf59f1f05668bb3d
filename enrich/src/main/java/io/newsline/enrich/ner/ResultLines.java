package io.newsline.enrich.ner;

import io.newsline.enrich.EntityType;
import io.newsline.enrich.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sports results and standings lines: the names in them are teams, which the CRF reads as the places most teams are
 * named after ("Boston 7 BALTIMORE 2" tagged as two places) or misses ("Celtic 3 Hibernian 0"). A line is a results
 * line when it starts with a name followed by a score and holds a second name followed by a score, outside
 * parentheses ({@code Arsenal 3 Everton 1}, {@code NEW YORK 5 Toronto 3}); a standings line is a name followed by at
 * least four numbers ({@code Barcelona 31 23 4 4 82 30 73}). Between two pairs of name and score only punctuation
 * other than a full stop (which ends the result: "Sevilla 0 . Halftime 1-0"),
 * parenthesised scorers and a cricket innings' words may stand ({@code At Leeds : Yorkshire 405-8 declared ( A. Lyth
 * 143 ) ; Lancashire 77-2}). Each such name becomes one span: a place when it names a
 * nation (national teams are places in CoNLL-2003 practice, which the models follow), an organisation otherwise.
 * Spans the engine put inside or across the name give way to it; names inside parentheses (scorers) are left alone.
 *
 * <p>Stateless and thread-safe if its nation test is.
 */
public final class ResultLines {

    /** A name: one to five capitalised words, the words possibly joined by hyphens, "&" or "'". */
    private static final String NAME = "\\p{Lu}[\\p{L}.'&-]*(?: (?:\\p{Lu}[\\p{L}.'&-]*|&|de|of|and))*";
    /** A score: goals or points, or a cricket innings' runs and wickets ("51-1", not a half-time "1-0"). */
    private static final String SCORE = "(?:\\d{2,3}-\\d(?!\\d)|\\d{1,3})";
    /**
     * What may stand before a name and score: punctuation other than a full stop (which ends a result: "Sevilla 0 .
     * Halftime 1-0"), parenthesised scorers, a cricket innings' words. Possessive: none of it can start a name.
     */
    private static final String GAP = "(?:[\\s,;:-]++|\\([^()]*+\\)|and " + SCORE + "|declared|all out)*+";
    private static final Pattern TEAM_AND_SCORE =
            Pattern.compile(GAP + "(" + NAME + ") (" + SCORE + ")(?=[ ;]|,(?!\\d)|$)");
    /** Where a cricket scores line names the ground first: "At Taunton : Somerset 289 ...". */
    private static final Pattern GROUND = Pattern.compile("^At [^:]{1,40} : ");
    /**
     * A name and at least four figures: played, won, drawn, lost, goals, points; percentages (".561"); "-"; games
     * behind with a half ("14 1/2").
     */
    private static final Pattern STANDINGS =
            Pattern.compile("^(" + NAME + ")(?: (?:[-+]?\\d[\\d.,:]*|\\.\\d+|\\d/\\d|-)){4,}\\s*$");

    private final Predicate<String> isNation;

    /** @param isNation whether a name is a country (or one of the UK's home nations) */
    public ResultLines(Predicate<String> isNation) {
        this.isNation = isNation;
    }

    /**
     * @param in    the field
     * @param field its text
     * @param spans the field's spans; replaced where a team name of a results line overlaps them
     * @return the spans with teams, in text order
     */
    public List<FieldSpan> apply(TextField in, String field, List<FieldSpan> spans) {
        List<FieldSpan> teams = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= field.length()) {
            int lineEnd = field.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = field.length();
            }
            teamsOfLine(in, field, lineStart, lineEnd, teams);
            lineStart = lineEnd + 1;
        }
        if (teams.isEmpty()) {
            return spans;
        }
        List<FieldSpan> result = new ArrayList<>(teams);
        for (FieldSpan span : spans) {
            if (teams.stream().noneMatch(t -> t.in() == span.in() && t.start() < span.end() && span.start() < t.end())) {
                result.add(span);
            }
        }
        result.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return result;
    }

    private void teamsOfLine(TextField in, String field, int lineStart, int lineEnd, List<FieldSpan> teams) {
        String line = field.substring(lineStart, lineEnd);
        if (line.chars().noneMatch(Character::isDigit)) {
            return;
        }
        Matcher standings = STANDINGS.matcher(line);
        if (standings.matches()) {
            teams.add(team(in, field, lineStart + standings.start(1), lineStart + standings.end(1)));
            return;
        }
        // Pairs of name and score from the line's start on, each right after the one before it ("Windows 10 sold
        // 400 million copies" is no result); matched in place, so a line of prose costs one failed match.
        List<int[]> found = new ArrayList<>();
        Matcher ground = GROUND.matcher(line);
        int at = ground.lookingAt() ? ground.end() : 0;
        Matcher m = TEAM_AND_SCORE.matcher(line);
        while (at < line.length() && m.region(at, line.length()).lookingAt()) {
            found.add(new int[] {m.start(1), m.end(1)});
            at = m.end();
        }
        if (found.size() >= 2) {
            for (int[] name : found) {
                teams.add(team(in, field, lineStart + name[0], lineStart + name[1]));
            }
        }
    }

    private FieldSpan team(TextField in, String field, int start, int end) {
        String name = field.substring(start, end);
        return new FieldSpan(in, start, end, isNation.test(name) ? EntityType.LOCATION : EntityType.ORGANIZATION, name);
    }
}
