/**
 * Internal to matching: text normalisation (Unicode NFKC, case folding, punctuation, datelines, credits and
 * boilerplate lines) and shingling into 64-bit hashes. Public only so that the benchmarks can measure the same
 * normalising and shingling that fingerprints use; not an API.
 */
package io.newsline.publish.match.text;
