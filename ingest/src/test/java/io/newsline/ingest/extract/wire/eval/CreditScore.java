package io.newsline.ingest.extract.wire.eval;

import io.newsline.ingest.extract.wire.CreditFinder;
import io.newsline.ingest.extract.wire.CreditFinder.Evidence;
import io.newsline.ingest.extract.wire.CreditFinder.Kind;
import io.newsline.ingest.extract.wire.eval.CreditSnippet.Label;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Scores a credit finder on labelled passages. A passage's predicted credits are the agencies it reports as a
 * dateline, byline or closing credit (the kinds ingest takes as a page's agency). Precision and recall count (passage,
 * agency) pairs of credit passages; a credit on an own-reporting, photo or mention passage is a false credit; own and
 * photo passages also count whether their agency got the kind of evidence they are.
 */
final class CreditScore {

    /** One passage's outcome. */
    record Outcome(CreditSnippet snippet, Set<String> credited, List<Evidence> evidence) {

        Set<String> missed() {
            Set<String> m = new LinkedHashSet<>();
            if (snippet.label() == Label.CREDIT) {
                snippet.agencies().stream().filter(a -> !credited.contains(a)).forEach(m::add);
            }
            return m;
        }

        Set<String> falseCredits() {
            Set<String> f = new LinkedHashSet<>(credited);
            if (snippet.label() == Label.CREDIT) {
                f.removeAll(snippet.agencies());
            }
            return f;
        }

        boolean hasKind(Kind kind) {
            return evidence.stream().anyMatch(e -> e.kind() == kind && snippet.agencies().contains(e.agency()));
        }

        boolean right() {
            return missed().isEmpty() && falseCredits().isEmpty() && switch (snippet.label()) {
                case OWN -> hasKind(Kind.PHRASE);
                case PHOTO -> hasKind(Kind.PHOTO);
                default -> true;
            };
        }
    }

    final List<Outcome> outcomes = new ArrayList<>();

    static CreditScore of(CreditFinder finder, List<CreditSnippet> snippets) {
        CreditScore score = new CreditScore();
        for (CreditSnippet s : snippets) {
            List<Evidence> evidence = finder.find(s.lines(), s.bodyStart(), s.captions());
            Set<String> credited = new LinkedHashSet<>();
            evidence.stream().filter(e -> CreditFinder.isCredit(e.kind())).forEach(e -> credited.add(e.agency()));
            score.outcomes.add(new Outcome(s, credited, evidence));
        }
        return score;
    }

    CreditScore where(Predicate<CreditSnippet> filter) {
        CreditScore sub = new CreditScore();
        outcomes.stream().filter(o -> filter.test(o.snippet())).forEach(sub.outcomes::add);
        return sub;
    }

    int truePositives() {
        int n = 0;
        for (Outcome o : outcomes) {
            if (o.snippet().label() == Label.CREDIT) {
                n += (int) o.snippet().agencies().stream().filter(o.credited()::contains).count();
            }
        }
        return n;
    }

    int falsePositives() {
        return outcomes.stream().mapToInt(o -> o.falseCredits().size()).sum();
    }

    int falseNegatives() {
        return outcomes.stream().mapToInt(o -> o.missed().size()).sum();
    }

    double precision() {
        int tp = truePositives();
        return tp + falsePositives() == 0 ? 1.0 : (double) tp / (tp + falsePositives());
    }

    double recall() {
        int tp = truePositives();
        return tp + falseNegatives() == 0 ? 1.0 : (double) tp / (tp + falseNegatives());
    }

    /** Passages of {@code label} that got at least one credit. */
    long falselyCredited(Label label) {
        return outcomes.stream().filter(o -> o.snippet().label() == label && !o.credited().isEmpty()).count();
    }

    long count(Label label) {
        return outcomes.stream().filter(o -> o.snippet().label() == label).count();
    }

    /** Passages of {@code label} whose agency got evidence of {@code kind}. */
    long recognised(Label label, Kind kind) {
        return outcomes.stream().filter(o -> o.snippet().label() == label && o.hasKind(kind)).count();
    }

    long right() {
        return outcomes.stream().filter(Outcome::right).count();
    }
}
