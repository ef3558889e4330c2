package io.github.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.Gongkai;
import io.github.gongkai.Limits;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.GongkaiException.Reason;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading one file: its failures told in words, and kept for the next run only when they would recur. */
class InputReaderTest {
    @TempDir
    Path temp;

    /** A file gone between the walk and the read is told in words, not by the exception's class name. */
    @Test
    void aFileThatCannotBeReadIsToldInWords() {
        InputReader reader = new InputReader(Gongkai.builder().build(), Limits.DEFAULT, null, false);
        FileResult result = reader.read(new InputFile(temp.resolve("gone.txt"), "gone.txt"));
        assertEquals("could not read the file: no such file or folder", result.failure().orElseThrow().message());
    }


    @Test
    void aFileThatRanOutOfMemoryIsNotKeptAsTooLargeForTheNextRun() {
        GongkaiException outOfMemory = new GongkaiException(Reason.TOO_LARGE, "big.docx", "more memory",
                new OutOfMemoryError("Java heap space"));
        GongkaiException overTheLimit = new GongkaiException(Reason.TOO_LARGE, "big.docx", "larger than 1 bytes");

        assertFalse(InputReader.lasting(Failure.of("big.docx", outOfMemory)), "a larger heap may read it");
        assertTrue(InputReader.lasting(Failure.of("big.docx", overTheLimit)));
        assertFalse(InputReader.lasting(new Failure("big.docx", Reason.TIMED_OUT, "took longer")));
    }

}
