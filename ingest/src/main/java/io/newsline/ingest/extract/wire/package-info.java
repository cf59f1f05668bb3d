/**
 * Wire credits: the dateline place, the credit as printed and the news agency it names, found in datelines
 * ("MOSCOW (AFP) -", "Moscow, Mar 5 (AP)", "Moscow, (APP - UrduPoint / Pakistan Point News - 5th Mar, 2025)"),
 * bylines ("By AFP") and closing credits ("-- Reuters"); and every other place a page names an agency, classified as
 * evidence of the text's source ({@link io.newsline.ingest.extract.wire.CreditFinder}). The agency list is a data
 * file.
 */
package io.newsline.ingest.extract.wire;
