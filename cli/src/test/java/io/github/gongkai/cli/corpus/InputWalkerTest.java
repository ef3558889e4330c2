package io.github.gongkai.cli.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a corpus run reads, and the names they get. */
class InputWalkerTest {
    @TempDir
    Path temp;

    @Test
    void followsLinksButNotTheirLoopsAndSkipsHiddenEntriesAndTheOutput() throws IOException {
        Path root = temp.resolve("root");
        touch(root.resolve("b/report.txt"));
        touch(root.resolve("a.txt"));
        touch(root.resolve(".git/config"));
        touch(root.resolve("b/.DS_Store"));
        touch(root.resolve("out/a.txt.json"));
        touch(temp.resolve("elsewhere/linked.txt"));
        assumeTrue(link(root.resolve("b/up"), root) && link(root.resolve("more"), temp.resolve("elsewhere")));

        InputWalker.Walk walk = InputWalker.walk(List.of(root), root.resolve("out"));

        assertEquals(List.of("a.txt", "b/report.txt", "more/linked.txt"), walk.files().stream().map(CorpusFile::name).toList());
        assertEquals(List.of(), walk.failures());
    }

    @Test
    void prefixesTheFilesOfSeveralRootsWithTheirNames() throws IOException {
        touch(temp.resolve("x/2022/report.txt"));
        touch(temp.resolve("y/2022/report.txt"));
        touch(temp.resolve("single.txt"));

        InputWalker.Walk walk = InputWalker.walk(
                List.of(temp.resolve("x/2022"), temp.resolve("y/2022"), temp.resolve("single.txt")), null);

        assertEquals(List.of("2022/report.txt", "2022~2/report.txt", "single.txt"),
                walk.files().stream().map(CorpusFile::name).toList());
    }

    private static void touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
    }

    private static boolean link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }
}
