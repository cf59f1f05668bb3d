/** Dead letters: the record every stage writes for input it cannot process, the handlers, and the Outcome type. */
package io.newsline.runtime.dlq;
