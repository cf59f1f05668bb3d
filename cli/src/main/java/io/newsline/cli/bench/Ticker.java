package io.newsline.cli.bench;

/**
 * A daemon thread that runs a task every period until closed; the bench's samplers and its core pinning run on one.
 * The first run comes one period after the start; {@link #close()} stops the thread and waits for it.
 */
final class Ticker implements AutoCloseable {

    private final Thread thread;

    /**
     * @param name   the thread's name; the bench counts threads named {@code bench-*} as its own
     * @param period milliseconds between runs
     */
    Ticker(String name, long period, Runnable task) {
        thread = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(period);
                } catch (InterruptedException e) {
                    return;
                }
                task.run();
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops the runs, waiting up to 2 s for one under way. */
    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
