/** Lifecycle of a newsline stream app: Streams settings and handlers, health, HTTP endpoints, client settings. */
package io.newsline.runtime.app;
