package dk.healthmarket.web.it;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The schema check the open-data tests rely on does refuse what OCDS refuses. */
class OcdsSchemaTest {

    private static final String VALID = """
            {"uri":"https://marked.example.dk/api/v1/tenders/1/ocds","version":"1.1","publishedDate":"2026-11-23T10:00:00Z",
             "publisher":{"name":"Health Innovation Marketplace"},
             "releases":[{"ocid":"ocds-dkhm01-1","id":"ocds-dkhm01-1-1","date":"2026-11-23T10:00:00Z","tag":["tender"],
               "initiationType":"tender","tender":{"id":"1","value":{"amount":100,"currency":"DKK"}}}]}""";

    @Test
    void aMinimalPackageIsValid() {
        OcdsSchema.assertValidPackage(VALID);
    }

    @Test
    void unknownCodesMissingFieldsAndBadDatesAreRefused() {
        assertThrows(AssertionFailedError.class, () -> OcdsSchema.assertValidPackage(VALID.replace("\"tender\"]", "\"bogus\"]")));
        assertThrows(AssertionFailedError.class, () -> OcdsSchema.assertValidPackage(VALID.replace("DKK", "KRONER")));
        assertThrows(AssertionFailedError.class, () -> OcdsSchema.assertValidPackage(VALID.replace("\"initiationType\":\"tender\",", "")));
        assertThrows(AssertionFailedError.class, () -> OcdsSchema.assertValidPackage(VALID.replace("2026-11-23T10:00:00Z\",\"tag", "23/11/2026\",\"tag")));
        assertThrows(AssertionFailedError.class, () -> OcdsSchema.assertValidPackage(VALID.substring(0, VALID.indexOf("[{")) + "[]}"));
    }
}
