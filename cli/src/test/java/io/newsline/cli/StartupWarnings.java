package io.newsline.cli;

import java.nio.file.Path;

/**
 * Which log lines of a command count as warnings a user would see. Kafka Streams warns when an app's state folder is
 * inside the OS temp folder; the demo keeps its state under the user's cache folder, but a test points that folder
 * into the build's {@code target/}, which is inside the temp folder whenever the clone is (as on a CI machine). That
 * one warning is then the test's placing, not the command's, and is not counted; anywhere else it is.
 */
final class StartupWarnings {

    private static final String TEMP_STATE_WARNING = "StateDirectory - Using an OS temp directory in the state.dir";

    private StartupWarnings() {}

    /** True for a WARN or ERROR line, except the temp-folder warning when the test's own folder is in the temp folder. */
    static boolean isWarning(String line, Path testFolder) {
        if (!line.contains(" WARN ") && !line.contains(" ERROR ")) {
            return false;
        }
        return !(line.contains(TEMP_STATE_WARNING) && inTempFolder(testFolder));
    }

    static boolean inTempFolder(Path folder) {
        Path temp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        return folder.toAbsolutePath().normalize().startsWith(temp);
    }
}
