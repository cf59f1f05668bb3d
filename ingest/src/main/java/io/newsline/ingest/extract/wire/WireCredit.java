package io.newsline.ingest.extract.wire;

/**
 * A dateline and wire credit found at the start of a story.
 *
 * @param dateline the place as printed, in title case when printed in capitals ("Moscow"); null when none
 * @param credit the credit as printed inside the dateline's brackets, without its date; null when none
 * @param agency the agency code the credit names; null when none
 * @param rest the paragraph's text after the dateline
 */
public record WireCredit(String dateline, String credit, String agency, String rest) {
}
