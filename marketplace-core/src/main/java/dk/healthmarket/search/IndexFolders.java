package dk.healthmarket.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The folders of an instance's indexes under one base: the live one, which the {@code CURRENT}
 * file names so a restart opens it again, and those a rebuild writes beside it.
 */
final class IndexFolders {

    private static final Logger LOG = Logger.getLogger(IndexFolders.class.getName());
    private static final String POINTER = "CURRENT";

    private final Path base;

    IndexFolders(Path base) {
        try {
            this.base = Files.createDirectories(base);
        } catch (IOException e) {
            throw new UncheckedIOException("the search folder " + base + " cannot be created", e);
        }
    }

    Path live() {
        Path pointer = base.resolve(POINTER);
        try {
            return base.resolve(Files.exists(pointer) ? Files.readString(pointer).strip() : "index-0");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new folder, for a rebuild. */
    Path next() {
        return base.resolve("index-" + System.currentTimeMillis());
    }

    /** Names this folder the live one, in one atomic step. */
    void makeLive(Path folder) {
        try {
            Path written = Files.writeString(base.resolve(POINTER + ".new"), folder.getFileName().toString());
            Files.move(written, base.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes one folder, one that a rebuild replaced or abandoned; never the live one. */
    void remove(Path folder) {
        if (!folder.equals(live())) {
            delete(folder);
        }
    }

    /** Removes every folder but the live one: left by a crash, and only safe while no rebuild is writing one. */
    void removeAllButLive() {
        Path live = live();
        try (Stream<Path> folders = Files.list(base)) {
            folders.filter(Files::isDirectory).filter(f -> !f.equals(live)).forEach(IndexFolders::delete);
        } catch (IOException e) {
            LOG.warning(() -> "Old search index folders could not be listed: " + e.getMessage());
        }
    }

    static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            LOG.warning(() -> "The folder " + folder + " could not be removed: " + e.getMessage());
        }
    }
}
