package dk.healthmarket.web.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.Duration;

/** Lets a test move the deployment's clock forward; exists only in the test deployment. */
@Path("test/clock")
@RequestScoped
public class TestClockResource {

    @Inject
    Clock clock;

    @POST
    public String advance(@QueryParam("seconds") long seconds) {
        ((TestClock) clock).advance(Duration.ofSeconds(seconds));
        return clock.instant().toString();
    }
}
