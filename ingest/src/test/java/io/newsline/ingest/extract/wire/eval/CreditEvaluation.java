package io.newsline.ingest.extract.wire.eval;

import io.newsline.ingest.extract.wire.Agencies;
import io.newsline.ingest.extract.wire.CreditFinder;
import io.newsline.ingest.extract.wire.CreditFinder.Kind;
import io.newsline.ingest.extract.wire.eval.CreditSnippet.Label;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Prints how well the credit finder tells credits from mentions on labelled passages ({@code bench-data/credits}):
 * precision and recall of credited agencies, false credits per kind of passage, own-reporting and photo evidence
 * recognised, and the same per language and per shape. Run by {@code scripts/eval-credits.sh}.
 * Usage: {@code CreditEvaluation [--errors] TSV...}; {@code --errors} lists every passage scored wrong (for the
 * development set: reading the held-out set's errors would make it a development set).
 */
public final class CreditEvaluation {

    private CreditEvaluation() {}

    public static void main(String[] args) {
        boolean errors = false;
        CreditFinder finder = new CreditFinder(Agencies.bundled());
        for (String arg : args) {
            if (arg.equals("--errors")) {
                errors = true;
                continue;
            }
            List<CreditSnippet> snippets = CreditSnippet.read(Path.of(arg));
            CreditScore score = CreditScore.of(finder, snippets);
            System.out.printf(Locale.ROOT, "== %s (%d passages)%n", arg, snippets.size());
            System.out.printf(Locale.ROOT, "credited agency: precision %.3f  recall %.3f  (TP %d, FP %d, FN %d)%n",
                    score.precision(), score.recall(), score.truePositives(), score.falsePositives(),
                    score.falseNegatives());
            System.out.printf(Locale.ROOT, "false credits: %d of %d mentions, %d of %d own-reporting, %d of %d photo "
                    + "passages%n", score.falselyCredited(Label.NONE), score.count(Label.NONE),
                    score.falselyCredited(Label.OWN), score.count(Label.OWN), score.falselyCredited(Label.PHOTO),
                    score.count(Label.PHOTO));
            System.out.printf(Locale.ROOT, "recognised: own reporting %d of %d, photo credits %d of %d; "
                    + "passages right %d of %d%n", score.recognised(Label.OWN, Kind.PHRASE), score.count(Label.OWN),
                    score.recognised(Label.PHOTO, Kind.PHOTO), score.count(Label.PHOTO), score.right(),
                    snippets.size());
            table(score, "lang", snippets.stream().map(CreditSnippet::lang).toList(), true);
            table(score, "shape", snippets.stream().map(CreditSnippet::shape).toList(), false);
            if (errors) {
                for (CreditScore.Outcome o : score.outcomes) {
                    if (!o.right()) {
                        System.out.printf(Locale.ROOT, "%s %s %s %s: credited %s, evidence %s%n   %s%n",
                                o.snippet().id(), o.snippet().label(), o.snippet().agencies(), o.snippet().shape(),
                                o.credited(), o.evidence().stream().map(e -> e.agency() + ":" + e.kind()).toList(),
                                String.join(" | ", o.snippet().lines()));
                    }
                }
            }
        }
    }

    private static void table(CreditScore score, String what, List<String> values, boolean langs) {
        System.out.printf(Locale.ROOT, "  %-12s %6s %6s %6s %8s%n", what, "rows", "P", "R", "right");
        for (String v : new TreeSet<>(values)) {
            CreditScore sub = score.where(s -> (langs ? s.lang() : s.shape()).equals(v));
            System.out.printf(Locale.ROOT, "  %-12s %6d %6.2f %6.2f %8d%n", v, sub.outcomes.size(), sub.precision(),
                    sub.recall(), sub.right());
        }
    }
}
