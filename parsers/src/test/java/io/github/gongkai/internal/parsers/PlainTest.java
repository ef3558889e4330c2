package io.github.gongkai.internal.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.GongkaiException.Reason;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.util.IOUtils;
import org.apache.poi.util.RecordFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Library and JDK exceptions become one line of plain words before they reach a reason people read. */
class PlainTest {
    /** POI's text asks its reader to open an issue on bugzilla and to change a setting, over four lines. */
    @Test
    void aPoiAllocationRefusalIsItsFirstLine() {
        RecordFormatException e = assertThrows(RecordFormatException.class, () -> IOUtils.safelyAllocate(2_000_000L, 1000));
        assertTrue(e.getMessage().contains("\n"), "POI's own message has several lines");
        String line = Plain.line(e);
        assertFalse(line.contains("\n") || line.contains("bugzilla") || line.contains("IOUtils"), line);
        assertTrue(line.startsWith("Tried to allocate an array of length"), line);
    }

    @Test
    void classNamesInFrontOfAMessageAreDropped() {
        Exception wrapped = new IllegalStateException("org.apache.xmlbeans.XmlException: error: Unexpected end of file");
        assertEquals("error: Unexpected end of file", Plain.line(wrapped));
    }

    @Test
    void aMessageOfNothingFallsBackToTheCauseAndThenToWords() {
        assertEquals("Unexpected end of ZLIB input stream",
                Plain.line(new RuntimeException(null, new java.io.EOFException("Unexpected end of ZLIB input stream"))));
        assertEquals("its structure could not be read", Plain.line(new NullPointerException()));
    }

    @Test
    void fileExceptionsSayWhatHappenedNotWhichClass(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class, () -> Files.createDirectory(file));
        assertEquals(file + ": already exists", Plain.io(e));
        assertEquals("out.json: No space left on device",
                Plain.io(new FileSystemException("out.json", null, "No space left on device")));
    }

    /** Whoever builds the exception, its message is one line. */
    @Test
    void aReasonIsAlwaysOneLine() {
        GongkaiException e = new GongkaiException(Reason.CORRUPT, "f.docx", "first line\n  second line\r\nthird");
        assertEquals("f.docx: corrupt or truncated file: first line second line third", e.getMessage());
    }
}
