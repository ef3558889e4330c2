package io.github.gongkai.cli.corpus;

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

/** Parsing one file of a corpus: its failures told in words, and kept for the next run only when they would recur. */
class CachingParserTest {
    @TempDir
    Path temp;

    /** A file gone between the walk and the read is told in words, not by the exception's class name. */
    @Test
    void aFileThatCannotBeReadIsToldInWords() {
        CachingParser parser = new CachingParser(Gongkai.builder().build(), Limits.DEFAULT, null, false);
        FileResult result = parser.parse(new CorpusFile(temp.resolve("gone.txt"), "gone.txt"));
        assertEquals("could not read the file: no such file or folder", result.failure().orElseThrow().message());
    }

    @Test
    void aFileThatRanOutOfMemoryIsNotKeptAsTooLargeForTheNextRun() {
        GongkaiException outOfMemory = new GongkaiException(Reason.TOO_LARGE, "big.docx", "more memory",
                new OutOfMemoryError("Java heap space"));
        GongkaiException overTheLimit = new GongkaiException(Reason.TOO_LARGE, "big.docx", "larger than 1 bytes");

        assertFalse(CachingParser.lasting(Failure.of("big.docx", outOfMemory)), "a larger heap may read it");
        assertTrue(CachingParser.lasting(Failure.of("big.docx", overTheLimit)));
        assertFalse(CachingParser.lasting(new Failure("big.docx", Reason.TIMED_OUT, "took longer")));
    }

}
