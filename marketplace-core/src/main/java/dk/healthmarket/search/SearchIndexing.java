package dk.healthmarket.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the live index in step with the database. Every {@code marketplace.search.interval}
 * (default 200 ms) it applies the outbox entries committed since its cursor and commits the index
 * with the new cursor, so it resumes where it stopped after a crash or restart. Each instance keeps
 * its own index from the shared outbox. A rebuild fills a new index beside the live one while the
 * live one keeps answering, then swaps it in.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@DependsOn("DatabaseMigration")
public class SearchIndexing {

    private static final Logger LOG = Logger.getLogger(SearchIndexing.class.getName());
    private static final int BATCH = 500;
    /** How often a long backlog is made durable while it is applied. */
    private static final Duration COMMIT_EVERY = Duration.ofSeconds(5);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    LiveIndex live;

    @Inject
    Clock clock;

    @Inject
    IndexFeed feed;

    @Inject
    @ConfigProperty(name = "marketplace.search.interval", defaultValue = "PT0.2S")
    Duration interval;

    /**
     * How many pages a rebuild reads and indexes at once: reading waits on the database while
     * indexing works the processor, and the rebuild holds its share of the processors against the
     * searches it runs beside. On two cores with four threads searching flat out, three rebuild
     * 120,000 documents in 17–21 s and six in 14–16 s, but six leave the searches a third less done.
     */
    @Inject
    @ConfigProperty(name = "marketplace.search.rebuild-threads", defaultValue = "3")
    int rebuildThreads;

    /** How long a gap in the outbox ids may be a transaction still committing. */
    @Inject
    @ConfigProperty(name = "marketplace.search.gap-grace", defaultValue = "PT10S")
    Duration grace;

    private final Object indexing = new Object();
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final AtomicLong rebuilt = new AtomicLong();
    private volatile OutboxCursor cursor;
    private volatile Instant lastDrained;
    /** Why the last rebuild failed; null while none has, or once the next one starts. */
    private volatile String rebuildFailure;
    private boolean checked;
    private Instant lastCommit = Instant.now();
    private ScheduledFuture<?> task;

    /**
     * Where indexing stands: how far the outbox is applied and how far the database has gone, any
     * rebuild, and how often the live index answered from its cache.
     */
    public record Status(long cursor, long outbox, boolean rebuilding, long rebuiltDocuments, Instant lastDrained, String rebuildFailure,
            SearchIndex.CacheStats cache) {

        public long behind() {
            return Math.max(0, outbox - cursor);
        }
    }

    @PostConstruct
    void start() {
        SearchIndex index = live.open();
        long last = feed.last();
        if (index.cursor() > last) {
            LOG.warning(() -> "The search index has read the outbox to " + index.cursor() + " but the database ends at " + last
                    + ": it belongs to another database and is rebuilt");
            index.clear();
            index.commit(0);
        }
        cursor = new OutboxCursor(index.cursor(), grace);
        if (index.cursor() == 0 && last > 0) {
            // reading each object once beats replaying its every change, and pages are read side by side
            LOG.info(() -> "The search index is empty; it is built from the database as a rebuild is (the outbox holds " + last + " entries)");
            rebuild();
        }
        task = scheduler.scheduleWithFixedDelay(this::drainQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        task.cancel(false);
        synchronized (indexing) {
            live.current().ifPresent(SearchIndex::close);
        }
    }

    private void drainQuietly() {
        try {
            while (drain() == BATCH) {
                // a full batch: more are waiting
            }
        } catch (RuntimeException e) {
            // the next run tries again from the committed cursor; a lost database must not end the schedule
            LOG.log(Level.WARNING, "Indexing the search outbox failed; trying again", e);
        }
    }

    /**
     * Applies the committed outbox entries after the cursor and makes them searchable; answers how
     * many it read. The index is made durable, with the cursor, once the backlog is applied or
     * every few seconds while it is not: a crash in between re-applies entries, which is harmless.
     */
    int drain() {
        synchronized (indexing) {
            if (rebuilding.get() && cursor.position() == 0) {
                return 0; // the first build fills the index; the outbox after it is applied once it is live
            }
            SearchIndex index = live.current().orElseThrow();
            List<OutboxEntry> fresh = feed.after(cursor.highest(), BATCH);
            List<OutboxEntry> late = cursor.missing().isEmpty() ? List.of() : feed.only(cursor.missing());
            List<OutboxEntry> entries = Stream.concat(fresh.stream(), late.stream()).toList();
            if (!entries.isEmpty()) {
                apply(index, entries);
            }
            long before = cursor.position();
            long position = cursor.applied(fresh.stream().map(OutboxEntry::id).toList(), late.stream().map(OutboxEntry::id).toList(), Instant.now());
            if (!entries.isEmpty() || position != before) {
                if (fresh.size() < BATCH || Duration.between(lastCommit, Instant.now()).compareTo(COMMIT_EVERY) > 0) {
                    index.commit(position);
                    lastCommit = Instant.now();
                } else {
                    index.refresh();
                }
            }
            lastDrained = Instant.now();
            if (!checked && entries.isEmpty() && cursor.missing().isEmpty()) {
                checked = true;
                checkAgainstDatabase(index);
            }
            return fresh.size();
        }
    }

    /**
     * Once after start, at the first quiet moment with the outbox applied: the index must hold as
     * many documents of each kind as the database gives. An index that lost documents (a restored
     * backup, a disk fault) is rebuilt, with a log line saying why.
     */
    private void checkAgainstDatabase(SearchIndex index) {
        List<String> differences = new ArrayList<>();
        feed.counts().forEach((type, expected) -> {
            long held = index.count(type);
            if (held != expected) {
                differences.add(held + " " + type + " documents where the database gives " + expected);
            }
        });
        if (!differences.isEmpty() && rebuild()) {
            LOG.warning(() -> "The search index holds " + String.join(" and ", differences) + ": it is rebuilt from the database");
        }
    }

    private void apply(SearchIndex index, List<OutboxEntry> entries) {
        Map<IndexedType, Set<String>> ids = new EnumMap<>(IndexedType.class);
        entries.forEach(e -> ids.computeIfAbsent(e.documentType(), t -> new LinkedHashSet<>()).add(e.documentId()));
        feed.documents(ids).forEach((type, objects) -> objects.forEach((id, documents) -> {
            index.remove(type, id);
            documents.forEach(index::put);
        }));
    }

    /** Starts a rebuild unless one is running; answers whether it started. */
    public boolean rebuild() {
        if (!rebuilding.compareAndSet(false, true)) {
            return false;
        }
        rebuilt.set(0);
        rebuildFailure = null;
        executor.submit(this::rebuildNow);
        return true;
    }

    private void rebuildNow() {
        Path folder = live.newFolder();
        SearchIndex fresh = null;
        ExecutorService readers = Executors.newFixedThreadPool(Math.max(1, rebuildThreads), threads);
        try {
            fresh = SearchIndex.open(folder);
            Instant started = Instant.now();
            long from = fill(fresh, readers);
            fresh.commit(from);
            SearchIndex old;
            Path replaced;
            synchronized (indexing) {
                replaced = live.folder();
                old = live.swap(fresh, folder);
                cursor = new OutboxCursor(from, grace);
            }
            LOG.info(() -> "The search index was rebuilt with " + rebuilt.get() + " documents in "
                    + Duration.between(started, Instant.now()).toMillis() + " ms and is live");
            // searches still running on the old index finish before it closes
            scheduler.schedule(() -> {
                old.close();
                live.remove(replaced);
            }, 5, TimeUnit.SECONDS);
            SearchIndex built = fresh;
            executor.submit(() -> compact(built));
        } catch (RuntimeException | ExecutionException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            rebuildFailure = String.valueOf(cause);
            LOG.log(Level.SEVERE, "Rebuilding the search index failed; the live index keeps answering", cause);
            abandon(readers, fresh, folder);
        } catch (InterruptedException e) {
            rebuildFailure = "interrupted";
            Thread.currentThread().interrupt();
            abandon(readers, fresh, folder);
        } finally {
            readers.shutdown();
            rebuilding.set(false);
        }
    }

    /**
     * Merges a rebuilt index into one segment once it is live, and makes that durable: a rebuilt
     * index is searched far more than it changes, and one segment is searched faster than many.
     * It is merged after the swap, not before, so that the rebuild goes live seconds sooner; until
     * the merge is done the index answers from its segments as they are.
     */
    private void compact(SearchIndex index) {
        try {
            index.compact();
            synchronized (indexing) {
                if (live.current().orElse(null) == index) {
                    index.commit(cursor.position());
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Merging the rebuilt search index failed; it answers from its segments as they are", e);
        }
    }

    /**
     * Reads every object's documents into the new index, pages side by side; answers the outbox
     * position it holds: from before any transaction still open now could have added its entry,
     * so entries after it are applied again once it is live.
     */
    private long fill(SearchIndex fresh, ExecutorService readers) throws ExecutionException, InterruptedException {
        long from = feed.lastBefore(clock.instant().minus(grace));
        List<Future<?>> pages = new ArrayList<>();
        for (IndexedType type : IndexedType.values()) {
            List<String> ids = feed.ids(type, null, BATCH);
            while (!ids.isEmpty()) {
                List<String> page = ids;
                pages.add(readers.submit(() -> index(fresh, type, page)));
                ids = feed.ids(type, page.get(page.size() - 1), BATCH);
            }
        }
        for (Future<?> page : pages) {
            page.get();
        }
        return from;
    }

    /** Stops the other pages and throws the half-built index away, if it was opened; the live one is untouched. */
    private void abandon(ExecutorService readers, SearchIndex fresh, Path folder) {
        readers.shutdownNow();
        try {
            readers.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            if (fresh != null) {
                fresh.close();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The abandoned index did not close cleanly; its folder goes anyway", e);
        }
        live.remove(folder);
    }

    /** One page of a rebuild: its objects' documents read from the database and put in the new index. */
    private void index(SearchIndex fresh, IndexedType type, List<String> ids) {
        List<SearchDocument> documents = feed.documents(type, ids);
        documents.forEach(fresh::put);
        rebuilt.addAndGet(documents.size());
    }

    public Status status() {
        return new Status(cursor == null ? 0 : cursor.position(), feed.last(), rebuilding.get(), rebuilt.get(), lastDrained, rebuildFailure,
                live.current().map(SearchIndex::cacheStats).orElse(new SearchIndex.CacheStats(0, 0, 0)));
    }
}
