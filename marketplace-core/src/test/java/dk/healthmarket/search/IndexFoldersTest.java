package dk.healthmarket.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexFoldersTest {

    @TempDir
    Path base;

    private Path folder(String name) throws Exception {
        Path folder = Files.createDirectories(base.resolve(name));
        Files.writeString(folder.resolve("segments_1"), "x");
        return folder;
    }

    @Test
    void removingTheReplacedFolderLeavesTheLiveOneAndARebuildInProgressAlone() throws Exception {
        IndexFolders folders = new IndexFolders(base);
        assertEquals(base.resolve("index-0"), folders.live(), "before any rebuild");
        Path replaced = folder("index-0");
        Path rebuilt = folder("index-1");
        folders.makeLive(rebuilt);
        Path building = folder("index-2");

        folders.remove(replaced);
        assertFalse(Files.exists(replaced));
        assertTrue(Files.exists(rebuilt.resolve("segments_1")), "the live one");
        assertTrue(Files.exists(building.resolve("segments_1")), "a second rebuild, started meanwhile");

        folders.remove(rebuilt);
        assertTrue(Files.exists(rebuilt), "the live folder is never removed");
        assertEquals(rebuilt, new IndexFolders(base).live(), "a restart opens the rebuilt one");
    }

    @Test
    void atStartEveryFolderButTheLiveOneGoes() throws Exception {
        IndexFolders folders = new IndexFolders(base);
        Path live = folder("index-5");
        folders.makeLive(live);
        Path abandoned = folder("index-6");
        folders.removeAllButLive();
        assertTrue(Files.exists(live.resolve("segments_1")));
        assertFalse(Files.exists(abandoned));
    }
}
