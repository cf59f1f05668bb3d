package io.newsline.enrich.topics;

/**
 * One active concept of the IPTC Media Topics vocabulary.
 *
 * @param id         eight-digit IPTC Media Topic id, e.g. {@code 11000000}
 * @param level      1 for top-level topics, 2 for their children, and so on
 * @param parentId   the broader concept's id, or {@code null} at level 1
 * @param label      en-GB label, e.g. {@code politics}
 * @param definition IPTC's en-GB definition (may be empty)
 * @param wikidataId Wikidata id such as {@code Q7163}, or {@code null} when IPTC gives none
 */
public record IptcTopic(String id, int level, String parentId, String label, String definition, String wikidataId) {

    /** @return the concept's URI, {@code http://cv.iptc.org/newscodes/mediatopic/<id>} */
    public String uri() {
        return "http://cv.iptc.org/newscodes/mediatopic/" + id;
    }
}
