package dk.healthmarket.tender;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Closes tenders at their submission deadline, checking every {@code marketplace.tender.closing-interval}
 * (default one minute) on every instance; {@link TenderService#closeAtDeadline(long)} makes that safe.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class TenderClosing {

    private static final Logger LOG = Logger.getLogger(TenderClosing.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    TenderService tenders;

    @Inject
    @ConfigProperty(name = "marketplace.tender.closing-interval", defaultValue = "PT1M")
    Duration interval;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = scheduler.scheduleWithFixedDelay(this::closeDue, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        task.cancel(false);
    }

    /** One transaction per tender, so one failure or race touches one tender only. */
    private void closeDue() {
        try {
            long closed = tenders.dueForClosing().stream().filter(tenders::closeAtDeadline).count();
            if (closed > 0) {
                LOG.info(() -> closed + " tender(s) closed at their submission deadline");
            }
        } catch (RuntimeException e) {
            // the next run tries again; a lost database must not end the schedule
            LOG.log(Level.WARNING, "Closing tenders at their deadline failed; trying again in " + interval, e);
        }
    }
}
