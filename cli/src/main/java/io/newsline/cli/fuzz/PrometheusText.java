package io.newsline.cli.fuzz;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads Prometheus text exposition into series and sums series by a selector. Stateless. */
final class PrometheusText {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})?\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private PrometheusText() {}

    /** Each series ({@code name{labels}}) to its value. */
    static Map<String, Double> parse(String text) {
        Map<String, Double> series = new HashMap<>();
        if (text == null) {
            return series;
        }
        for (String line : text.split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            Matcher m = SAMPLE.matcher(line);
            if (m.find()) {
                try {
                    series.put(m.group(1) + (m.group(2) == null ? "" : m.group(2)), Double.parseDouble(m.group(3)));
                } catch (NumberFormatException e) {
                    // NaN and the like are no counters
                }
            }
        }
        return series;
    }

    /** The sum of every series named as the selector whose labels include the selector's ({@code name{a="b"}}). */
    static double sum(Map<String, Double> series, String selector) {
        int brace = selector.indexOf('{');
        String name = brace < 0 ? selector : selector.substring(0, brace);
        Map<String, String> wanted = labels(brace < 0 ? "" : selector.substring(brace));
        double total = 0;
        for (Map.Entry<String, Double> e : series.entrySet()) {
            String key = e.getKey();
            int b = key.indexOf('{');
            String n = b < 0 ? key : key.substring(0, b);
            if (!n.equals(name)) {
                continue;
            }
            Map<String, String> have = labels(b < 0 ? "" : key.substring(b));
            if (have.entrySet().containsAll(wanted.entrySet())) {
                total += e.getValue();
            }
        }
        return total;
    }

    private static Map<String, String> labels(String braces) {
        Map<String, String> labels = new HashMap<>();
        Matcher m = LABEL.matcher(braces);
        while (m.find()) {
            labels.put(m.group(1), m.group(2));
        }
        return labels;
    }
}
