package dk.healthmarket.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class VersionsTest {

    @Test
    void readsStrongAndWeakEntityTags() {
        assertEquals(3, Versions.expected("\"3\""));
        assertEquals(3, Versions.expected("W/\"3\""));
        assertEquals(12, Versions.expected(" 12 "));
    }

    @Test
    void refusesAMissingOrUnreadableTag() {
        assertThrows(Versions.PreconditionRequired.class, () -> Versions.expected(null));
        assertThrows(Versions.PreconditionRequired.class, () -> Versions.expected(" "));
        assertThrows(Versions.PreconditionRequired.class, () -> Versions.expected("\"abc\""));
    }
}
