package dk.healthmarket.web.it;

import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every API test class shares: a fresh MariaDB, the real WAR (with the test clock) on Payara
 * Micro, a client for it and the database to check what was stored. Each subclass is one deployment.
 */
@ExtendWith(TestDatabase.Extension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class DeployedApi {

    @ArquillianResource
    URL deployment;

    Api api;
    TestDatabase database;

    @Deployment(testable = false)
    static WebArchive marketplace() {
        return Api.deployment();
    }

    @BeforeEach
    void connect() throws InterruptedException {
        api = new Api(URI.create(deployment.toString()));
        database = TestDatabase.Extension.current();
        api.awaitApplication();
    }
}
