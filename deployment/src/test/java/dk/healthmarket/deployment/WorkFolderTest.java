package dk.healthmarket.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class WorkFolderTest {

    @Test
    void aRunThatEndsWellLeavesNothingBehind() throws Exception {
        AtomicReference<Path> used = new AtomicReference<>();
        WorkFolder.run("work-folder-test", folder -> {
            used.set(folder);
            Files.writeString(Files.createDirectories(folder.resolve("portal-data/search/index-1")).resolve("_0.si"), "segment");
            Files.writeString(folder.resolve("portal-data-8080.log"), "log");
        });
        assertFalse(Files.exists(used.get()), "the folder and all it held are gone");
    }

    @Test
    void aFailedRunKeepsItsFilesForTheirLogs() throws Exception {
        AtomicReference<Path> used = new AtomicReference<>();
        IllegalStateException failure = new IllegalStateException("the portal exited");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> WorkFolder.run("work-folder-test", folder -> {
            used.set(folder);
            Files.writeString(folder.resolve("portal-data-8080.log"), "why it failed");
            throw failure;
        }));
        assertSame(failure, thrown);
        assertTrue(Files.exists(used.get().resolve("portal-data-8080.log")));
        assertEquals("why it failed", Files.readString(used.get().resolve("portal-data-8080.log")));
        WorkFolder.delete(used.get());
    }
}
