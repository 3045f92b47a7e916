package dk.healthmarket.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.file.PathUtils;

/**
 * A folder of temporary files for one run of a program: a benchmark's indexes, embedded database
 * and portal log come to a gigabyte and more, and were left behind in the system's temporary folder
 * by every run. Removed when the run ends well; kept, for its logs, when it fails.
 */
final class WorkFolder {

    /** What runs in the folder. */
    interface Run {
        void in(Path folder) throws Exception;
    }

    private WorkFolder() {
    }

    static void run(String prefix, Run run) throws Exception {
        Path folder = Files.createTempDirectory(prefix);
        try {
            run.in(folder);
        } catch (Exception | Error failed) {
            System.err.println("the run failed; its files and logs are kept in " + folder);
            throw failed;
        }
        delete(folder);
    }

    /** Deletes the folder and everything in it. */
    static void delete(Path folder) throws IOException {
        PathUtils.deleteDirectory(folder);
    }
}
