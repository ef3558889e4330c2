package io.github.gongkai.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.model.Value;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every way of reading a number other than as written has its entry in the legend. */
class LegendTest {
    @Test
    void aValueTheIdentitiesProofreadHasItsOwnBorder() {
        assertEquals(Optional.of(Legend.PROOFREAD), Legend.reading(Value.Reading.PROOFREAD));
        assertEquals("m-proofread", Legend.PROOFREAD.css());
    }

    @Test
    void aNumberReadAsWrittenOrRecognisedHasNone() {
        assertTrue(Legend.reading(Value.Reading.AS_WRITTEN).isEmpty());
        assertTrue(Legend.reading(Value.Reading.OCR).isEmpty());
    }
}
