/** The publish stream app: its definition and topology. */
package io.newsline.publish.app;
