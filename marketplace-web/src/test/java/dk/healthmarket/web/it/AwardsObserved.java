package dk.healthmarket.web.it;

import dk.healthmarket.tender.TenderAwardReversed;
import dk.healthmarket.tender.TenderAwarded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands where adoption tracking will observe awards, in the test deployment only, and shows what
 * it saw: the seam the tender module leaves for it, tested from the outside.
 */
@ApplicationScoped
@Path("test/awards")
public class AwardsObserved {

    private final List<Object> seen = new CopyOnWriteArrayList<>();

    void awarded(@Observes TenderAwarded event) {
        seen.add(event);
    }

    void reversed(@Observes TenderAwardReversed event) {
        seen.add(event);
    }

    @GET
    @Path("{tender}")
    @Produces(MediaType.TEXT_PLAIN)
    public String of(@PathParam("tender") long tenderId) {
        return seen.stream().filter(e -> e instanceof TenderAwarded a ? a.tenderId() == tenderId : ((TenderAwardReversed) e).tenderId() == tenderId)
                .map(Object::toString).reduce("", (a, b) -> a + b + "\n");
    }
}
