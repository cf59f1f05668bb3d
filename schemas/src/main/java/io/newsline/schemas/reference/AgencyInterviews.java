package io.newsline.schemas.reference;

import io.newsline.schemas.reference.NewsAgencies.NewsAgency;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Someone speaking to a news agency ("told Reuters", "a déclaré à l'AFP", "dijo a EFE"): the words ingest reads as the
 * agency's own interview and publish weighs as such, written once for both. Constants and pure functions only.
 */
public final class AgencyInterviews {

    private AgencyInterviews() {}

    /** Before the agency's name: someone speaking to it, in English, French, Spanish, German, Portuguese, Italian. */
    public static final Pattern TOLD_BEFORE = Pattern.compile("(?iu)(?<!\\p{L})(told|tells|telling|tell|said to|"
            + "confirmed to|explained to|interview with|interviewed by|contacted by|spoke to|speaking to|"
            + "speaking with|declared to|déclaré|indiqué|dit|confié|expliqué|affirmé|précisé|assuré|confirmé|"
            + "contactée?s?|sagte|sagten|erklärte|erklärten|betonte|bestätigte|sagt|säger|sier|siger|laten weten|"
            + "dijo|declaró|explicó|afirmó|indicó|aseguró|precisó|manifestó|confirmó|ha explicado|ha asegurado|"
            + "ha declarado|ha indicado|ha confirmado|ha afirmado|disse|afirmou|declarou|explicou|garantiu|"
            + "adiantou|confirmou|ha detto|ha dichiarato|ha spiegato|ha confermato|ha riferito|riferito|"
            + "intervista con|entrevista con|entrevista a|interview mit|entretien avec)\\s+(?:à\\s+l['’]|à\\s+|"
            + "par\\s+l['’]|par\\s+|a\\s+la\\s+|a\\s+|à\\s+agência\\s+|à\\s+|ao\\s+|all['’]|alla\\s+|a\\s+|der\\s+|"
            + "dem\\s+|the\\s+|by\\s+|till\\s+|til\\s+|aan\\s+het\\s+|la\\s+agencia\\s+|la\\s+|l['’])?"
            + "(?:agência\\s+|agencia\\s+|agence\\s+|agenzia\\s+|nachrichtenagentur\\s+|news\\s+agency\\s+)?$");

    private static final int REACH = 60;

    /**
     * Whether {@code text} names the agency {@code code} (any of its {@link NewsAgencies} names) as the one someone
     * spoke to: "the mayor told the Associated Press".
     */
    public static boolean quotesInterview(String text, String code) {
        if (text == null) {
            return false;
        }
        for (NewsAgency agency : NewsAgencies.all()) {
            if (!agency.code().equals(code)) {
                continue;
            }
            for (Pattern alias : agency.aliasPatterns()) {
                Matcher m = alias.matcher(text);
                while (m.find()) {
                    if (TOLD_BEFORE.matcher(text.substring(Math.max(0, m.start() - REACH), m.start())).find()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
