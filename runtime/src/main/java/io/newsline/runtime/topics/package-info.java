/** The topic catalogue: every newsline topic declared once, with serdes and settings. */
package io.newsline.runtime.topics;
