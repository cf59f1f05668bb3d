package io.newsline.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** The progress bar the long-running commands draw on stderr (ASCII, with the rate per second). */
final class ProgressBars {

    private ProgressBars() {}

    /**
     * @param task what is being done, e.g. {@code replay}
     * @param max  the number of steps, or -1 when unknown (the bar then shows the count and the rate only)
     * @param unit what a step is, e.g. {@code " pages"}
     */
    static ProgressBar of(String task, long max, String unit) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUnit(unit, 1).showSpeed().build();
    }
}
