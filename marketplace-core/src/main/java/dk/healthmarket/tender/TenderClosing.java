package dk.healthmarket.tender;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Closes tenders at their submission deadline: every minute, on every instance, safely. */
@Singleton
public class TenderClosing {

    @Inject
    TenderService tenders;

    @Schedule(second = "0", minute = "*", hour = "*", persistent = false)
    void closeDue() {
        tenders.closeDue();
    }
}
