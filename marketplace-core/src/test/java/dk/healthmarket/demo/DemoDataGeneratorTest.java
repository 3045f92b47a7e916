package dk.healthmarket.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.healthmarket.account.PasswordPolicy;
import dk.healthmarket.organisation.Cvr;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoDataGeneratorTest {

    @Test
    void generatedCvrNumbersAreValidDistinctAndTheSameEveryTime() {
        List<String> cvrs = DemoDataGenerator.validCvrs(500);
        assertEquals(500, new HashSet<>(cvrs).size());
        assertTrue(cvrs.stream().allMatch(Cvr::isValid));
        assertEquals(cvrs.subList(0, 12), DemoDataGenerator.validCvrs(12));
        assertEquals("41000007", cvrs.get(0));
    }

    @Test
    void theDemoPasswordPassesThePolicyForEveryDemoUser() {
        DemoDataGenerator.DEMO_USERS.keySet().forEach(email ->
                assertEquals(List.of(), PasswordPolicy.problems(DemoDataGenerator.DEMO_PASSWORD, email), email));
    }
}
