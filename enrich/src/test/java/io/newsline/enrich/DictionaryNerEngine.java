package io.newsline.enrich;

import io.newsline.enrich.ner.EntitySpan;
import io.newsline.enrich.ner.NerEngine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A test engine that tags the names it is given wherever they stand as whole words, and records every call. */
final class DictionaryNerEngine implements NerEngine {

    private final Map<String, EntityType> names = new LinkedHashMap<>();
    final List<String> recognisedTexts = new CopyOnWriteArrayList<>();

    DictionaryNerEngine name(String name, EntityType type) {
        names.put(name, type);
        return this;
    }

    @Override
    public List<EntitySpan> recognize(String text) {
        recognisedTexts.add(text);
        List<EntitySpan> spans = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        List<String> longestFirst = new ArrayList<>(names.keySet());
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        for (String name : longestFirst) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int end = at + name.length();
                boolean whole = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
                if (whole && !taken[at] && !taken[end - 1]) {
                    spans.add(new EntitySpan(at, end, names.get(name)));
                    for (int i = at; i < end; i++) {
                        taken[i] = true;
                    }
                }
            }
        }
        spans.sort(Comparator.comparingInt(EntitySpan::start));
        return spans;
    }

    @Override
    public boolean supports(String language) {
        return "en".equals(language);
    }

    @Override
    public String id() {
        return "dictionary";
    }
}
