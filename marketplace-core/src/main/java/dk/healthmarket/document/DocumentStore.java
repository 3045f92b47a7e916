package dk.healthmarket.document;

import dk.healthmarket.shared.FieldError;
import dk.healthmarket.shared.InvalidInputException;
import dk.healthmarket.shared.Sha256;
import dk.healthmarket.shared.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * Where uploaded bytes are kept: a folder outside the web application
 * ({@code marketplace.documents.dir}, by default {@code documents} in the data folder), each file
 * named by its SHA-256, written once through a temporary file and an atomic move.
 */
@ApplicationScoped
public class DocumentStore {

    static final long DEFAULT_MAX_BYTES = 25L * 1024 * 1024;

    @Inject
    Config config;

    /** What was stored: the bytes' digest, size and kind. */
    public record Stored(String sha256, long size, DocumentType type) {
    }

    /** Reads an upload up to the size limit, checks what it is by its content, and keeps it. */
    public Stored store(InputStream upload) {
        long max = maxBytes();
        byte[] content;
        try {
            content = upload.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw refused(Text.of("document.unreadable"));
        }
        if (content.length == 0) {
            throw refused(Text.of("document.empty"));
        }
        if (content.length > max) {
            throw refused(Text.of("document.tooLarge", max / (1024 * 1024)));
        }
        DocumentType type = DocumentType.of(content).orElseThrow(() -> refused(Text.of("document.typeNotAccepted",
                Arrays.stream(DocumentType.values()).map(t -> t.extension().toUpperCase()).collect(Collectors.joining(", ")))));
        String sha256 = Sha256.hex(content);
        write(sha256, content);
        return new Stored(sha256, content.length, type);
    }

    public InputStream open(String sha256) {
        try {
            return Files.newInputStream(path(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("document " + sha256 + " is missing from " + folder(), e);
        }
    }

    public long maxBytes() {
        return config.getOptionalValue("marketplace.documents.max-bytes", Long.class).orElse(DEFAULT_MAX_BYTES);
    }

    private void write(String sha256, byte[] content) {
        Path target = path(sha256);
        if (Files.exists(target)) {
            return; // the same bytes are there already
        }
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), sha256, ".part");
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store a document in " + folder(), e);
        }
    }

    private Path path(String sha256) {
        return folder().resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private Path folder() {
        return config.getOptionalValue("marketplace.documents.dir", String.class).map(Path::of)
                .or(() -> config.getOptionalValue("marketplace.data.dir", String.class).map(d -> Path.of(d, "documents")))
                .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "marketplace-documents"));
    }

    private static InvalidInputException refused(Text text) {
        return new InvalidInputException(List.of(new FieldError("file", text)));
    }
}
