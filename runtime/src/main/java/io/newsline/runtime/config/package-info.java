/** Layered configuration: shipped defaults, a file, environment variables, options. */
package io.newsline.runtime.config;
