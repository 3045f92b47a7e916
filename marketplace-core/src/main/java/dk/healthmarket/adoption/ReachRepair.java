package dk.healthmarket.adoption;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * On start-up, works out the reach of every solution that has been used but has none: the first
 * start after the upgrade that brought the table, or a bulk load of adoptions straight into the
 * database. The index is not served from a half-filled table: the application is ready after this.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class ReachRepair {

    private static final Logger LOG = Logger.getLogger(ReachRepair.class.getName());
    private static final int SOLUTIONS_PER_TRANSACTION = 1000;

    @Inject
    SolutionReaches reaches;

    @PostConstruct
    void onStart() {
        repair();
    }

    /** Works out the reach of the used solutions that have none; answers how many there were. */
    public int repair() {
        List<Long> missing = reaches.missing();
        if (missing.isEmpty()) {
            return 0;
        }
        LOG.info(() -> missing.size() + " used solutions have no reach yet; working it out from their adoptions");
        long started = System.nanoTime();
        long rows = 0;
        for (int start = 0; start < missing.size(); start += SOLUTIONS_PER_TRANSACTION) {
            List<Long> batch = missing.subList(start, Math.min(missing.size(), start + SOLUTIONS_PER_TRANSACTION));
            rows += rebuild(batch.get(0), batch.get(batch.size() - 1));
        }
        long spans = rows;
        LOG.info(() -> String.format("Reach of %d solutions worked out: %d spans in %.1f s", missing.size(), spans, (System.nanoTime() - started) / 1e9));
        return missing.size();
    }

    /**
     * One batch, tried twice: another instance changing the same solutions at the same moment can
     * make the database refuse it (a deadlock). A batch refused twice stays missing until the next start.
     */
    private int rebuild(long fromId, long toId) {
        for (int attempt = 1; ; attempt++) {
            try {
                return reaches.rebuild(fromId, toId);
            } catch (RuntimeException e) {
                if (attempt == 2) {
                    LOG.log(Level.WARNING, "The reach of solutions " + fromId + " to " + toId + " could not be worked out; the next start tries again", e);
                    return 0;
                }
            }
        }
    }
}
