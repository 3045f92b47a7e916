package dk.healthmarket.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;

/**
 * The index searches are answered from, in its folder under {@code marketplace.search.dir} (by
 * default {@code search} in the data folder). A rebuild writes a new index in a folder beside it
 * and swaps it in; the {@code CURRENT} file names the live folder, so a restart opens the same one.
 */
@ApplicationScoped
public class LiveIndex {

    private static final Logger LOG = Logger.getLogger(LiveIndex.class.getName());
    private static final String POINTER = "CURRENT";

    @Inject
    Config config;

    private final AtomicReference<SearchIndex> live = new AtomicReference<>();

    /** The live index; absent until the indexing has opened it. */
    public Optional<SearchIndex> current() {
        return Optional.ofNullable(live.get());
    }

    /** Opens the live folder's index, or an empty one when that folder holds no readable index. */
    SearchIndex open() {
        Path folder = base().resolve(liveFolder());
        if (Files.exists(folder) && !SearchIndex.readable(folder)) {
            LOG.warning(() -> "The search index in " + folder + " cannot be read; it is rebuilt from the database");
            delete(folder);
        }
        SearchIndex index = SearchIndex.open(folder);
        live.set(index);
        return index;
    }

    /** A new, empty index in a folder of its own, for a rebuild. */
    Path newFolder() {
        return base().resolve("index-" + System.currentTimeMillis());
    }

    /** Makes the rebuilt index live; answers the index it replaces, for the caller to close once searches have let go of it. */
    SearchIndex swap(SearchIndex rebuilt, Path folder) {
        try {
            Path pointer = base().resolve(POINTER);
            Path written = Files.writeString(base().resolve(POINTER + ".new"), folder.getFileName().toString());
            Files.move(written, pointer, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return live.getAndSet(rebuilt);
    }

    /** Removes the folders of indexes that are no longer live. */
    void removeOldFolders() {
        String current = liveFolder();
        try (Stream<Path> folders = Files.list(base())) {
            folders.filter(Files::isDirectory).filter(f -> !f.getFileName().toString().equals(current)).forEach(LiveIndex::delete);
        } catch (IOException e) {
            LOG.warning(() -> "Old search index folders could not be listed: " + e.getMessage());
        }
    }

    private String liveFolder() {
        Path pointer = base().resolve(POINTER);
        try {
            return Files.exists(pointer) ? Files.readString(pointer).strip() : "index-0";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path base() {
        Path base = config.getOptionalValue("marketplace.search.dir", String.class).map(Path::of)
                .or(() -> config.getOptionalValue("marketplace.data.dir", String.class).map(d -> Path.of(d, "search")))
                .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "marketplace-search"));
        try {
            return Files.createDirectories(base);
        } catch (IOException e) {
            throw new UncheckedIOException("the search folder " + base + " cannot be created", e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            LOG.warning(() -> "The folder " + folder + " could not be removed: " + e.getMessage());
        }
    }
}
