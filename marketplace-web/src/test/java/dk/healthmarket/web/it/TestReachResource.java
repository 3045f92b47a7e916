package dk.healthmarket.web.it;

import dk.healthmarket.adoption.ReachRepair;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Runs the start-up repair of the solutions' reach after a test loads adoptions straight into the tables; test deployment only. */
@Path("test/reach")
@RequestScoped
public class TestReachResource {

    @EJB
    ReachRepair repair;

    @POST
    public String repair() {
        return String.valueOf(repair.repair());
    }
}
