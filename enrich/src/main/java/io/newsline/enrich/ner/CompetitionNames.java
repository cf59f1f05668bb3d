package io.newsline.enrich.ner;

import io.newsline.enrich.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Names of sports competitions and events are MISC in CoNLL-2003 practice ("Davis Cup", "U.S. Open", "Champions
 * League", "Olympics"), but a model without a MISC class ({@code english.all.3class}) tags them as organisations or
 * places. A span of two or more words that ends in a competition word, or the one word "Olympics"/"Olympic", becomes
 * MISC. Leagues in general stay organisations ("Arab League", "Muslim League"): only the football and athletics
 * competitions that are called leagues are listed.
 *
 * <p>Stateless and thread-safe.
 */
public final class CompetitionNames {

    private static final Pattern COMPETITION = Pattern.compile(
            "(?:.+ (?:Cup|Open|Championships?|Grand Prix|Trophy|Olympics|Super Bowl|World Series"
                    + "|(?:Premier|Champions|Europa|Conference|Nations|Diamond) League)|Olympics?)");

    private CompetitionNames() {}

    /** @return the spans, competitions retyped as MISC */
    public static List<FieldSpan> apply(List<FieldSpan> spans) {
        List<FieldSpan> result = new ArrayList<>(spans.size());
        for (FieldSpan span : spans) {
            boolean competition = span.type() != EntityType.MISC && COMPETITION.matcher(span.text()).matches();
            result.add(competition ? span.withType(EntityType.MISC) : span);
        }
        return result;
    }
}
