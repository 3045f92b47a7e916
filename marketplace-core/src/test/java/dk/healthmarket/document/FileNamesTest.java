package dk.healthmarket.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void aNameKeepsItsWordsAndGetsTheExtensionOfItsContent() {
        assertEquals("Bilag 1 - Kravspecifikation.pdf", FileNames.sanitise("Bilag 1 - Kravspecifikation.pdf", DocumentType.PDF));
        assertEquals("prisark.xlsx", FileNames.sanitise("prisark.exe", DocumentType.XLSX));
        assertEquals("Tilbud æøå.docx", FileNames.sanitise("Tilbud æøå", DocumentType.DOCX));
    }

    @Test
    void pathsReservedCharactersAndHiddenNamesAreRemoved() {
        assertEquals("passwd.txt", FileNames.sanitise("../../etc/passwd", DocumentType.TEXT));
        assertEquals("evil.pdf", FileNames.sanitise("C:\\Users\\x\\evil.pdf", DocumentType.PDF));
        assertEquals("a_b_c_.pdf", FileNames.sanitise("a<b>c\u0007.pdf", DocumentType.PDF));
        assertEquals("htaccess.txt", FileNames.sanitise("..htaccess.txt", DocumentType.TEXT));
        assertEquals("dokument.pdf", FileNames.sanitise("   ", DocumentType.PDF));
        assertEquals("dokument.png", FileNames.sanitise(null, DocumentType.PNG));
    }

    @Test
    void aLongNameIsCutToAFewHundredCharactersAtMost() {
        String name = FileNames.sanitise("x".repeat(119) + "😀".repeat(10) + ".pdf", DocumentType.PDF);
        assertTrue(name.length() <= 124, name);
        assertTrue(name.endsWith("x.pdf"), name);
    }
}
