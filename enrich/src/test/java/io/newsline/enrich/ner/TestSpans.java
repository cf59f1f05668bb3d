package io.newsline.enrich.ner;

import io.newsline.enrich.EntityType;
import io.newsline.enrich.TextField;
import java.util.List;

/** Spans of a test's own text, and spans as "text/TYPE" to compare. */
final class TestSpans {

    private TestSpans() {}

    /** @return a text span over the first occurrence of {@code surface} in {@code text} */
    static FieldSpan span(String text, String surface, EntityType type) {
        int at = text.indexOf(surface);
        return new FieldSpan(TextField.TEXT, at, at + surface.length(), type, surface);
    }

    /** @return each span as "surface/TYPE", in order */
    static List<String> typed(List<FieldSpan> spans) {
        return spans.stream().map(s -> s.text() + "/" + s.type()).toList();
    }
}
