package dk.healthmarket.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of document the marketplace accepts, recognised by their content alone: what a file
 * is called or claims to be counts for nothing. Office files are ZIP containers told apart by
 * what they contain; text must be valid UTF-8 without control characters.
 */
public enum DocumentType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    TEXT("text/plain; charset=UTF-8", "txt");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final String mediaType;
    private final String extension;

    DocumentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** What the content is, if it is one of the accepted kinds. */
    public static Optional<DocumentType> of(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return officeContainer(content);
        }
        return isText(content) ? Optional.of(TEXT) : Optional.empty();
    }

    private static Optional<DocumentType> officeContainer(byte[] content) {
        boolean contentTypes = false;
        DocumentType ooxml = null;
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            boolean first = true;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (first && name.equals("mimetype")) {
                    String mimetype = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    return mimetype.equals(ODT.mediaType) ? Optional.of(ODT) : mimetype.equals(ODS.mediaType) ? Optional.of(ODS) : Optional.empty();
                }
                first = false;
                contentTypes |= name.equals("[Content_Types].xml");
                if (name.startsWith("word/")) {
                    ooxml = DOCX;
                } else if (name.startsWith("xl/")) {
                    ooxml = XLSX;
                } else if (name.startsWith("ppt/")) {
                    ooxml = PPTX;
                }
            }
        } catch (IOException | IllegalArgumentException notAZip) {
            return Optional.empty();
        }
        return contentTypes ? Optional.ofNullable(ooxml) : Optional.empty();
    }

    private static boolean isText(byte[] content) {
        if (content.length == 0) {
            return false;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t');
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
