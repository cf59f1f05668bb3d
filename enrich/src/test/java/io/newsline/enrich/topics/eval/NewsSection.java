package io.newsline.enrich.topics.eval;

import io.newsline.enrich.topics.IptcTaxonomy;
import io.newsline.enrich.topics.TopicScore;
import java.util.List;

/**
 * Four coarse news sections used to check topics on short items: sports (IPTC sport), business (economy,
 * business and finance except its computing and IT branch), science/technology (science and technology plus
 * that branch) and world (everything else).
 */
public enum NewsSection {
    WORLD, SPORTS, BUSINESS, SCITECH;

    static final String SPORT = "15000000";
    static final String ECONOMY = "04000000";
    static final String SCIENCE = "13000000";
    static final String COMPUTING_INDUSTRY = "20000225";

    /**
     * @return the IPTC ids whose subtrees make the section, space-separated, the deepest deciding (empty for
     *     world, which takes the rest): the class names of the section model
     */
    public String rootIds() {
        return switch (this) {
            case WORLD -> "";
            case SPORTS -> SPORT;
            case BUSINESS -> ECONOMY;
            case SCITECH -> SCIENCE + " " + COMPUTING_INDUSTRY;
        };
    }

    /** @return the section of one IPTC topic id, by its place in the tree */
    public static NewsSection ofTopic(String id, IptcTaxonomy taxonomy) {
        if (taxonomy.isUnder(id, COMPUTING_INDUSTRY) || taxonomy.isUnder(id, SCIENCE)) {
            return SCITECH;
        }
        if (taxonomy.isUnder(id, SPORT)) {
            return SPORTS;
        }
        if (taxonomy.isUnder(id, ECONOMY)) {
            return BUSINESS;
        }
        return WORLD;
    }

    /**
     * The section of a classifier's answer: that of its best topic, followed down its best path, so an
     * answer "economy, business and finance &gt; products and services &gt; computing and information
     * technology" counts as science/technology. Empty answers count as world.
     */
    public static NewsSection ofAnswer(List<TopicScore> topics, IptcTaxonomy taxonomy) {
        if (topics.isEmpty()) {
            return WORLD;
        }
        String deepest = topics.get(0).id();
        for (TopicScore t : topics) {
            if (t.level() > taxonomy.get(deepest).level() && taxonomy.isUnder(t.id(), deepest)) {
                deepest = t.id();
            }
        }
        return ofTopic(deepest, taxonomy);
    }

    /** The section of the first (best) topic alone, not looking below it. */
    public static NewsSection ofBestTopicOnly(List<TopicScore> topics, IptcTaxonomy taxonomy) {
        return topics.isEmpty() ? WORLD : ofTopic(topics.get(0).id(), taxonomy);
    }
}
