package dk.healthmarket.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.healthmarket.shared.FieldError;
import dk.healthmarket.shared.InvalidInputException;
import dk.healthmarket.shared.Text;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OrganisationTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aMunicipalityMustBelongToARegion() {
        var refused = assertThrows(InvalidInputException.class,
                () -> new Organisation("Aarhus Kommune", OrganisationType.MUNICIPALITY, null, null, NOW));
        assertEquals(List.of(new FieldError("regionCode", Text.of("organisation.regionRequired"))), refused.errors());
        assertEquals("must belong to a region", refused.getMessage());
        assertEquals("skal høre til en region", refused.getMessage(Locale.forLanguageTag("da")));
    }

    @Test
    void aCompanyMustHaveACvrAndOthersMustNot() {
        var missing = assertThrows(InvalidInputException.class,
                () -> new Organisation("Firma ApS", OrganisationType.COMPANY, null, null, NOW));
        assertEquals("cvr", missing.errors().get(0).field());
        var extra = assertThrows(InvalidInputException.class,
                () -> new Organisation("Den Nationale Sundhedsorganisation", OrganisationType.NATIONAL_HEALTH_ORGANISATION,
                        null, Cvr.of("29000018"), NOW));
        assertEquals("only companies carry a CVR number here", extra.errors().get(0).message());
    }

    @Test
    void theNationalOrganisationAndCompaniesNeedNoRegion() {
        var company = new Organisation("  Firma ApS ", OrganisationType.COMPANY, null, Cvr.of("29000018"), NOW);
        assertEquals("Firma ApS", company.name());
        assertEquals("29000018", company.cvr().orElseThrow().number());
        assertTrue(company.region().isEmpty());
    }

    @Test
    void publicBuyersAreEveryTypeButTheCentreAndCompanies() {
        assertTrue(OrganisationType.NATIONAL_HEALTH_ORGANISATION.isPublicBuyer());
        assertTrue(OrganisationType.GENERAL_PRACTICE.isPublicBuyer());
        assertFalse(OrganisationType.INNOVATION_CENTRE.isPublicBuyer());
        assertFalse(OrganisationType.COMPANY.isPublicBuyer());
        assertFalse(OrganisationType.NATIONAL_HEALTH_ORGANISATION.requiresRegion());
        assertTrue(OrganisationType.HOSPITAL.requiresRegion());
    }
}
