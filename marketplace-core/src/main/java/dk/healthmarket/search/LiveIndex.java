package dk.healthmarket.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The index searches are answered from, in its folder under {@code marketplace.search.dir} (by
 * default {@code search} in the data folder). A rebuild writes a new index in a folder beside it
 * and swaps it in.
 */
@ApplicationScoped
public class LiveIndex {

    private static final Logger LOG = Logger.getLogger(LiveIndex.class.getName());
    /** How long a start waits for the process before it on this folder, still shutting down, to let go of the index. */
    private static final Duration PREVIOUS_PROCESS_PATIENCE = Duration.ofSeconds(60);

    @Inject
    Config config;

    private final AtomicReference<SearchIndex> live = new AtomicReference<>();

    /** The live index; absent until the indexing has opened it. */
    public Optional<SearchIndex> current() {
        return Optional.ofNullable(live.get());
    }

    /** Opens the live folder's index, or an empty one when that folder holds no readable index; removes what a crash left. */
    SearchIndex open() {
        IndexFolders folders = folders();
        Path folder = folders.live();
        if (Files.exists(folder) && !SearchIndex.readable(folder)) {
            LOG.warning(() -> "The search index in " + folder + " cannot be read, or was written in an earlier format or with another synonym list;"
                    + " it is rebuilt from the database");
            IndexFolders.delete(folder);
        }
        SearchIndex index = SearchIndex.open(folder, PREVIOUS_PROCESS_PATIENCE);
        live.set(index);
        folders.removeAllButLive();
        return index;
    }

    /** The live index's folder. */
    Path folder() {
        return folders().live();
    }

    /** A new, empty index in a folder of its own, for a rebuild. */
    Path newFolder() {
        return folders().next();
    }

    /** Makes the rebuilt index live; answers the index it replaces, for the caller to close once searches have let go of it. */
    SearchIndex swap(SearchIndex rebuilt, Path folder) {
        folders().makeLive(folder);
        return live.getAndSet(rebuilt);
    }

    /** Removes the folder of an index a rebuild replaced or abandoned; never the live one's. */
    void remove(Path folder) {
        folders().remove(folder);
    }

    private IndexFolders folders() {
        return new IndexFolders(config.getOptionalValue("marketplace.search.dir", String.class).map(Path::of)
                .or(() -> config.getOptionalValue("marketplace.data.dir", String.class).map(d -> Path.of(d, "search")))
                .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "marketplace-search")));
    }
}
