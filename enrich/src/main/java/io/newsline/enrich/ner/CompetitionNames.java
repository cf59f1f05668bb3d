package io.newsline.enrich.ner;

import io.newsline.enrich.EntityType;
import io.newsline.enrich.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of sports competitions and events are MISC in CoNLL-2003 practice ("Davis Cup", "U.S. Open", "Champions
 * League", "Olympics", "Tour de France"), but a model without a MISC class ({@code english.all.3class}) tags them, or
 * the place in them, as organisations or places.
 *
 * <ul>
 *   <li>A span of two or more words that ends in a competition word, or the one word "Olympics"/"Olympic", becomes
 *       MISC.</li>
 *   <li>A span the text continues with a competition word ("[Monaco] Grand Prix", "[Miami] Open", in a headline in
 *       capitals "[HONG KONG] OPEN") grows to take it in and becomes MISC, and so does a place the text continues
 *       with "Games" ("the [Atlanta] Games"); so does a place right after "Tour de" ("Tour de [France]").</li>
 * </ul>
 *
 * Leagues in general stay organisations ("Arab League", "Muslim League"): only the football and athletics
 * competitions that are called leagues are listed.
 *
 * <p>Stateless and thread-safe.
 */
public final class CompetitionNames {

    /** The words that end a competition's name, as written in running text and in a headline in capitals. */
    private static final String COMPETITION_WORD = "Cup|Open|Championships?|Grand Prix|Trophy|Super Bowl|World Series"
            + "|CUP|OPEN|CHAMPIONSHIPS?|GRAND PRIX|TROPHY|SUPER BOWL|WORLD SERIES";
    private static final Pattern COMPETITION = Pattern.compile("(?:.+ (?:" + COMPETITION_WORD + "|Olympics)"
            + "|(?:.+ )?(?:Premier|Champions|Europa|Conference|Nations|Diamond) League|Olympics?)");
    private static final Pattern FOLLOWING_WORD = Pattern.compile(" (?:" + COMPETITION_WORD + ")\\b");
    /** A city's games are the multi-sport games it holds ("the Atlanta Games"), said only after a place. */
    private static final Pattern FOLLOWING_GAMES = Pattern.compile(" (?:Games|GAMES)\\b");
    private static final String TOUR = "Tour de ";

    private CompetitionNames() {}

    /**
     * @param title the headline
     * @param text  the body text
     * @param spans the spans of both fields
     * @return the spans, competitions as MISC, in the order given
     */
    public static List<FieldSpan> apply(String title, String text, List<FieldSpan> spans) {
        List<FieldSpan> result = new ArrayList<>(spans.size());
        List<FieldSpan> grown = new ArrayList<>();
        for (FieldSpan span : spans) {
            String field = span.in() == TextField.TITLE ? title : text;
            FieldSpan checked = span.type() == EntityType.MISC ? span : competition(field, span);
            result.add(checked);
            if (checked.end() - checked.start() > span.end() - span.start()) {
                grown.add(checked);
            }
        }
        // A span a grown one now covers ("Grand Prix" tagged on its own) gives way to it.
        result.removeIf(span -> grown.stream().anyMatch(g -> g != span && g.in() == span.in()
                && g.start() < span.end() && span.start() < g.end()));
        return result;
    }

    private static FieldSpan competition(String field, FieldSpan span) {
        Matcher following = FOLLOWING_WORD.matcher(field).region(span.end(), field.length());
        if (!following.lookingAt() && span.type() == EntityType.LOCATION) {
            following = FOLLOWING_GAMES.matcher(field).region(span.end(), field.length());
        }
        if (following.lookingAt()) {
            int end = following.end();
            return new FieldSpan(span.in(), span.start(), end, EntityType.MISC, field.substring(span.start(), end));
        }
        int tour = span.start() - TOUR.length();
        if (tour >= 0 && field.startsWith(TOUR, tour)) {
            return new FieldSpan(span.in(), tour, span.end(), EntityType.MISC, field.substring(tour, span.end()));
        }
        return COMPETITION.matcher(span.text()).matches() ? span.withType(EntityType.MISC) : span;
    }
}
