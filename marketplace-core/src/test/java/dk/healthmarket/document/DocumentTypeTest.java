package dk.healthmarket.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class DocumentTypeTest {

    static byte[] zip(String... entries) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                String[] nameAndContent = entry.split("=", 2);
                zip.putNextEntry(new ZipEntry(nameAndContent[0]));
                zip.write((nameAndContent.length > 1 ? nameAndContent[1] : "<x/>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void documentsAreKnownByTheirFirstBytes() {
        assertEquals(Optional.of(DocumentType.PDF), DocumentType.of("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(DocumentType.PNG), DocumentType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0}));
        assertEquals(Optional.of(DocumentType.JPEG), DocumentType.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
        assertEquals(Optional.of(DocumentType.TEXT), DocumentType.of("Kravspecifikation\nÆndret: ja\t✓".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void officeFilesAreToldApartByWhatTheyContain() throws IOException {
        assertEquals(Optional.of(DocumentType.DOCX), DocumentType.of(zip("[Content_Types].xml", "word/document.xml")));
        assertEquals(Optional.of(DocumentType.XLSX), DocumentType.of(zip("[Content_Types].xml", "xl/workbook.xml")));
        assertEquals(Optional.of(DocumentType.PPTX), DocumentType.of(zip("[Content_Types].xml", "ppt/presentation.xml")));
        assertEquals(Optional.of(DocumentType.ODT), DocumentType.of(zip("mimetype=application/vnd.oasis.opendocument.text", "content.xml")));
        assertEquals(Optional.empty(), DocumentType.of(zip("payload.exe")), "a plain ZIP is not a document");
        assertEquals(Optional.empty(), DocumentType.of(zip("word/document.xml")), "an office file has its content types");
    }

    @Test
    void anythingElseIsRefusedWhateverItIsCalled() {
        assertEquals(Optional.empty(), DocumentType.of(new byte[] {'M', 'Z', (byte) 0x90, 0, 3}), "a Windows program");
        assertEquals(Optional.empty(), DocumentType.of(new byte[] {(byte) 0xC3, 0x28}), "bytes that are not UTF-8");
        assertEquals(Optional.empty(), DocumentType.of("text with a \u0000 NUL".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), DocumentType.of(new byte[0]));
        assertEquals(Optional.empty(), DocumentType.of(new byte[] {'P', 'K', 3, 4, 1, 2}), "a broken ZIP");
    }
}
