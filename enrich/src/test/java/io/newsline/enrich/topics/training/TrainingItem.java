package io.newsline.enrich.topics.training;

import io.newsline.enrich.topics.eval.NewsSection;
import io.newsline.enrich.topics.internal.FeatureVector;

/**
 * One labelled text of the training material.
 *
 * @param source  where it comes from: {@code huffpost}, {@code mewsc16}, {@code sib200}, {@code jfinteb},
 *                {@code items} (the project's hand-written items), {@code iptc} (labels and definitions),
 *                {@code lexicon}
 * @param id      the source's item id
 * @param lang    language code as the source gives it ({@code en}, {@code zh-Hans}, ...)
 * @param title   headline, may be empty
 * @param text    text, may be empty
 * @param label   index of the level-1 class, or -1 for an item only used for evaluation
 * @param section the four-section gold class of a news item, or null when the item has none
 * @param category the source's own category
 * @param date    publication date ({@code yyyy-mm-dd}) or empty
 * @param weight  weight of the item in training
 * @param vector  the item's features
 */
record TrainingItem(String source, String id, String lang, String title, String text, int label,
                    NewsSection section, String category, String date, double weight, FeatureVector vector) {

    /** The same item with another class. */
    TrainingItem withLabel(int otherLabel) {
        return new TrainingItem(source, id, lang, title, text, otherLabel, section, category, date, weight, vector);
    }

    /** The language's primary subtag: {@code zh} for {@code zh-Hans}. */
    String primaryLanguage() {
        int dash = lang.indexOf('-');
        return dash < 0 ? lang : lang.substring(0, dash);
    }
}
