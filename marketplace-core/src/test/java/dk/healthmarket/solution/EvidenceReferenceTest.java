package dk.healthmarket.solution;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceReferenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"10.1056/NEJMoa2034577", "doi:10.2196/jmir.9316", "https://doi.org/10.1186/s12913-019-4370-5",
        "10.1371/journal.pone.0201234",
        "https://www.sst.dk/da/udgivelser/2023/telemedicin", "http://example.org/studie.pdf"})
    void doisAndWebAddressesAreReferences(String reference) {
        assertTrue(EvidenceReference.isValid(reference), reference);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "10.12/too-short-prefix", "11.1056/NEJMoa2034577", "doi:", "ftp://example.org/x", "https://localhost/x",
        "Jensen et al. 2021", "www.example.org"})
    void anythingElseIsNot(String reference) {
        assertFalse(EvidenceReference.isValid(reference), reference);
    }
}
