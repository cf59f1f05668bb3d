/**
 * The fuzz suite: raw-page records of every malformed kind newsline must survive (and valid pages among them),
 * each with the one outcome it must end in, and the check that a run through the real apps ended every record
 * exactly so. Used by {@code newsline fuzz} and {@code FuzzIT}.
 */
package io.newsline.cli.fuzz;
