package io.newsline.publish.match;

import io.newsline.schemas.reference.NewsAgencies;
import io.newsline.schemas.reference.NewsAgencies.NewsAgency;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names the wire source of a story from its members' credits (bylines, credit fields, datelines such as
 * "MOSCOW (AFP) -" or "(APP - UrduPoint ...)"). An international agency (tier 1) beats a national agency that
 * republishes its copy (tier 2): the seed story credited to APP becomes AFP's once an AFP-credited copy joins.
 * Within a tier the agency credited by the most members wins, then the lower agency code, so the order of the
 * credits does not matter. Photo credits
 * ("Photo: AFP") say who took the picture, not who wrote the text, and are ignored.
 *
 * <p>The agencies are data, shared with ingest: {@link NewsAgencies}. Immutable and thread-safe.
 */
public final class WireSource {

    /** A news agency. {@code tier} 1 originates wire copy; 2 is a national agency that also republishes it. */
    public record Agency(String id, String name, int tier) {
    }

    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?i)\\b(photo|photograph|image|picture|video|file photo|credit)s?\\b\\s*[:/©]|/\\s*photo\\b|©\\s*\\S+\\s*photo");

    private final List<Agency> agencies;
    private final List<List<Pattern>> aliases;

    private WireSource(List<Agency> agencies, List<List<Pattern>> aliases) {
        this.agencies = agencies;
        this.aliases = aliases;
    }

    /** @return the agencies newsline recognises ({@link NewsAgencies}) */
    public static WireSource load() {
        List<Agency> agencies = new ArrayList<>();
        List<List<Pattern>> aliases = new ArrayList<>();
        for (NewsAgency agency : NewsAgencies.all()) {
            agencies.add(new Agency(agency.code(), agency.name(), agency.tier()));
            aliases.add(agency.aliasPatterns());
        }
        return new WireSource(List.copyOf(agencies), List.copyOf(aliases));
    }

    /**
     * @param credit a byline, credit field or dateline
     * @return the agency it credits (the strongest, if it names several), empty for none or a photo credit
     */
    public Optional<Agency> agencyOf(String credit) {
        if (credit == null || credit.isBlank() || PHOTO_CREDIT.matcher(credit).find()) {
            return Optional.empty();
        }
        Agency best = null;
        for (int i = 0; i < agencies.size(); i++) {
            Agency agency = agencies.get(i);
            if ((best == null || agency.tier() < best.tier())
                    && aliases.get(i).stream().anyMatch(p -> p.matcher(credit).find())) {
                best = agency;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * @param credits the credits of a story's members, in arrival order
     * @return the story's wire source: lowest tier, then most credited, then lowest code
     */
    public Optional<Agency> strongest(Collection<String> credits) {
        Map<Agency, Integer> counts = new LinkedHashMap<>();
        for (String credit : credits) {
            agencyOf(credit).ifPresent(agency -> counts.merge(agency, 1, Integer::sum));
        }
        Agency best = null;
        for (Map.Entry<Agency, Integer> entry : counts.entrySet()) {
            Agency agency = entry.getKey();
            if (best == null || agency.tier() < best.tier()
                    || (agency.tier() == best.tier() && (entry.getValue() > counts.get(best)
                            || entry.getValue().equals(counts.get(best)) && agency.id().compareTo(best.id()) < 0))) {
                best = agency;
            }
        }
        return Optional.ofNullable(best);
    }

    @Override
    public String toString() {
        return "WireSource" + agencies.stream().map(a -> a.id().toLowerCase(Locale.ROOT)).toList();
    }
}
