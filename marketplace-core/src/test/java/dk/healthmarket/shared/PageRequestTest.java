package dk.healthmarket.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void absentParametersTakeTheDefaults() {
        assertEquals(new PageRequest(1, 20), PageRequest.of(null, null));
    }

    @Test
    void theOffsetCountsFromPageOne() {
        assertEquals(0, new PageRequest(1, 20).offset());
        assertEquals(40, new PageRequest(3, 20).offset());
    }

    @Test
    void theSizeIsBounded() {
        assertEquals(100, new PageRequest(1, 100).size());
        var refused = assertThrows(InvalidInputException.class, () -> new PageRequest(1, 101));
        assertEquals(List.of(new FieldError("size", Text.of("page.size", 100))), refused.errors());
        assertEquals("size must be between 1 and 100", refused.getMessage());
        assertThrows(InvalidInputException.class, () -> new PageRequest(1, 0));
    }

    @Test
    void pagesStartAtOneAndBothProblemsAreReported() {
        var refused = assertThrows(InvalidInputException.class, () -> new PageRequest(0, 1000));
        assertEquals(List.of("page", "size"), refused.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void pagesGoNoDeeperThanTheFirstMillionItemsSoNoOffsetOverflows() {
        assertEquals(999_980, new PageRequest(50_000, 20).offset());
        assertEquals(999_900, new PageRequest(10_000, 100).offset());
        var refused = assertThrows(InvalidInputException.class, () -> new PageRequest(50_001, 20));
        assertEquals(List.of(new FieldError("page", Text.of("page.depth", 50_000, 1_000_000))), refused.errors());
        assertEquals("page must be at most 50,000 at this size: a list is paged through its first 1,000,000 items", refused.getMessage());
        assertThrows(InvalidInputException.class, () -> new PageRequest(Integer.MAX_VALUE, 100));
    }

    @Test
    void aPageKnowsHowManyPagesThereAre() {
        assertEquals(3, Page.of(List.of("a"), new PageRequest(1, 20), 41).totalPages());
        assertEquals(0, Page.of(List.of(), new PageRequest(1, 20), 0).totalPages());
        assertEquals(List.of(2), Page.of(List.of("ab"), new PageRequest(1, 20), 1).map(String::length).items());
    }
}
