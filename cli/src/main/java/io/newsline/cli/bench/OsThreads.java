package io.newsline.cli.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * This process's threads as Linux lists them in {@code /proc/self/task}: each thread's directory and OS name
 * ({@code comm}, the first 15 bytes of its name). The bench reads their CPU and scheduler counters and moves them
 * between cores by these. Empty where there is no such file system.
 */
final class OsThreads {

    /** One thread: its directory ({@code /proc/self/task/<tid>}) and OS name. */
    record OsThread(Path dir, String comm) {

        String tid() {
            return dir.getFileName().toString();
        }

        /** One of the thread's files, e.g. {@code schedstat}. */
        String read(String file) throws IOException {
            return Files.readString(dir.resolve(file));
        }
    }

    private OsThreads() {}

    /** The threads alive now; one that ends while listed is left out. */
    static List<OsThread> list() {
        List<OsThread> out = new ArrayList<>();
        File[] tasks = new File("/proc/self/task").listFiles();
        for (File task : tasks == null ? new File[0] : tasks) {
            try {
                out.add(new OsThread(task.toPath(), Files.readString(task.toPath().resolve("comm")).strip()));
            } catch (IOException e) {
                // ended while listed
            }
        }
        return out;
    }
}
