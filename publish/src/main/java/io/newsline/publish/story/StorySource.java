package io.newsline.publish.story;

import io.newsline.publish.match.WireSource;
import io.newsline.schemas.AgencyCredit;
import io.newsline.schemas.CreditKind;
import io.newsline.schemas.SourceEvidence;
import io.newsline.schemas.StoryMember;
import io.newsline.schemas.reference.AgencyInterviews;
import io.newsline.schemas.reference.NewsAgencies;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Names a story's wire source from the evidence of its members ({@code StoryMember.credits}, found by ingest): the
 * agency the members' evidence supports best, each member counting once per agency with its strongest evidence for
 * it. A dateline, byline or closing credit counts 1; the agency speaking of its own reporting ("an AFP reporter saw",
 * "told AFP") {@value #PHRASE}; a citation ("Xinhua reported") {@value #CITATION}; a photo credit {@value #PHOTO}; a
 * mere mention {@value #MENTION}. So "told Reuters" inside an AFP story does not beat the AFP dateline of a copy,
 * and a photo credit alone names a source only when nothing better does. An international agency (tier 1) with a
 * credit of full strength beats a national agency that republishes it (APP printing AFP) whatever the counts; ties
 * go to the lower tier, then the agency code, so the result depends on the members, never on their order. A source
 * needs one member's evidence of at least a photo credit's weight: a text that only cites an agency ("according to
 * AFP") or mentions it is not that agency's copy, however many members do. An interview the agency gave ("told
 * Reuters", {@link AgencyInterviews}) counts as its own words only in a story that more than one page carries: a
 * lone page that quotes an agency's interview is the paper's own story as often as the agency's copy (it counts as
 * a citation there), while the same words printed on two sites are the syndicated copy of the agency whose
 * interview it is. Its own reporting ("a Reuters poll", "an AFP reporter saw") counts wherever it stands. Members
 * written before pages carried evidence count their credit and agency fields as full-strength credits. Immutable and thread-safe.
 */
public final class StorySource {

    static final double PHRASE = 0.6;
    static final double CITATION = 0.2;
    static final double PHOTO = 0.25;
    static final double MENTION = 0.1;
    static final double MIN_SUPPORT = PHOTO;
    /** How many pages a story needs for an interview the agency gave ("told Reuters") to count as its words. */
    static final int MIN_PAGES_INTERVIEW = 2;
    private static final double FULL = 1.0;
    private static final int MAX_EVIDENCE = 10;

    /**
     * @param source the agency code
     * @param evidence each supporting member's strongest evidence for it, strongest first
     */
    public record Decision(String source, List<SourceEvidence> evidence) {
        public Decision {
            evidence = List.copyOf(evidence);
        }
    }

    private static final Map<String, Integer> TIERS = tiers();

    private final WireSource wire;

    public StorySource(WireSource wire) {
        this.wire = wire;
    }

    /** What one kind of evidence counts for. */
    public static double weight(CreditKind kind) {
        return switch (kind) {
            case DATELINE, BYLINE, CLOSING, UNKNOWN -> FULL;
            case PHRASE -> PHRASE;
            case CITATION -> CITATION;
            case PHOTO -> PHOTO;
            case MENTION -> MENTION;
        };
    }

    /** @return the story's source and the evidence that decided it; empty when no member names an agency enough */
    public Optional<Decision> decide(List<StoryMember> members) {
        // agency -> articleId -> that member's strongest evidence for it; sorted maps keep the result order-free.
        Map<String, Map<String, SourceEvidence>> support = new TreeMap<>();
        long pages = members.stream().map(StoryMember::getArticleId).distinct().count();
        for (StoryMember m : members) {
            for (SourceEvidence found : evidenceOf(m)) {
                SourceEvidence e = pages < MIN_PAGES_INTERVIEW && found.getKind() == CreditKind.PHRASE
                        && AgencyInterviews.quotesInterview(found.getText(), found.getAgency())
                        ? new SourceEvidence(found.getArticleId(), found.getAgency(), found.getKind(), found.getText(),
                                CITATION)
                        : found;
                Map<String, SourceEvidence> byMember = support.computeIfAbsent(e.getAgency(), k -> new TreeMap<>());
                SourceEvidence old = byMember.get(m.getArticleId());
                if (old == null || e.getWeight() > old.getWeight()) {
                    byMember.put(m.getArticleId(), e);
                }
            }
        }
        String best = null;
        double bestScore = 0;
        for (Map.Entry<String, Map<String, SourceEvidence>> entry : support.entrySet()) {
            double score = entry.getValue().values().stream().mapToDouble(SourceEvidence::getWeight).sum();
            double strongest = entry.getValue().values().stream().mapToDouble(SourceEvidence::getWeight).max()
                    .orElse(0);
            if (strongest >= MIN_SUPPORT && (best == null || better(entry.getKey(), score, entry.getValue(), best,
                    bestScore, support.get(best)))) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        List<SourceEvidence> evidence = new ArrayList<>(support.get(best).values());
        evidence.sort(Comparator.comparingDouble(SourceEvidence::getWeight).reversed()
                .thenComparing(SourceEvidence::getArticleId));
        return Optional.of(new Decision(best, evidence.subList(0, Math.min(MAX_EVIDENCE, evidence.size()))));
    }

    private boolean better(String agency, double score, Map<String, SourceEvidence> support, String than,
            double thanScore, Map<String, SourceEvidence> thanSupport) {
        boolean wire = originatesFully(agency, support);
        boolean thanWire = originatesFully(than, thanSupport);
        if (wire != thanWire) {
            return wire;
        }
        if (Math.abs(score - thanScore) > 1e-9) {
            return score > thanScore;
        }
        int tier = tier(agency);
        int thanTier = tier(than);
        return tier != thanTier ? tier < thanTier : agency.compareTo(than) < 0;
    }

    /** An international agency credited at full strength by at least one member. */
    private boolean originatesFully(String agency, Map<String, SourceEvidence> support) {
        return tier(agency) == 1 && support.values().stream().anyMatch(e -> e.getWeight() >= FULL);
    }

    private int tier(String agency) {
        return TIERS.getOrDefault(agency, 2);
    }

    private static Map<String, Integer> tiers() {
        Map<String, Integer> out = new HashMap<>();
        NewsAgencies.all().forEach(a -> out.put(a.code(), a.tier()));
        return Map.copyOf(out);
    }

    /** A member's evidence, one item per agency and kind; the credit and agency fields when it carries none. */
    private List<SourceEvidence> evidenceOf(StoryMember m) {
        List<SourceEvidence> out = new ArrayList<>();
        for (AgencyCredit c : m.getCredits()) {
            out.add(new SourceEvidence(m.getArticleId(), c.getAgency(), c.getKind(), c.getText(),
                    weight(c.getKind())));
        }
        if (out.isEmpty()) {
            Map<String, String> legacy = new HashMap<>();
            for (String field : new String[] {m.getCredit(), m.getAgency()}) {
                if (field != null) {
                    wire.agencyOf(field).ifPresent(a -> legacy.putIfAbsent(a.id(), field));
                }
            }
            legacy.forEach((agency, text) -> out.add(new SourceEvidence(m.getArticleId(), agency, CreditKind.UNKNOWN,
                    text, FULL)));
        }
        return out;
    }
}
