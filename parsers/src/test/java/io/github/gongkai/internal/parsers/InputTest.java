package io.github.gongkai.internal.parsers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gongkai.Limits;
import io.github.gongkai.model.GongkaiException;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

class InputTest {
    private static final Limits FOUR_BYTES = Limits.DEFAULT.withMaxFileBytes(4);

    @Test
    void anInputOverTheSizeLimitFailsAsTooLargeInTheOneMessage() throws Exception {
        new Input("small.txt", new byte[4]).checkSize(FOUR_BYTES);
        GongkaiException e = assertThrows(GongkaiException.class,
                () -> new Input("big.txt", new byte[5]).checkSize(FOUR_BYTES));
        assertEquals(GongkaiException.Reason.TOO_LARGE, e.reason());
        assertEquals("big.txt", e.file());
        assertEquals("big.txt: over a size limit: the file is larger than 4 bytes", e.getMessage());
    }

    @Test
    void aStreamIsReadUpToTheLimitAndRefusedBeyondIt() throws Exception {
        assertArrayEquals(new byte[4], Input.readWithin(new ByteArrayInputStream(new byte[4]), FOUR_BYTES, "a part"));
        LimitExceeded e = assertThrows(LimitExceeded.class,
                () -> Input.readWithin(new ByteArrayInputStream(new byte[50]), FOUR_BYTES, "a part"));
        assertEquals("a part is larger than 4 bytes", e.getMessage());
        assertEquals(GongkaiException.Reason.TOO_LARGE, e.failure("x.docx").reason());
    }
}
