package io.github.gongkai.internal.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LabelMemoTest {

    @Test
    void aLabelIsMatchedOnceAndAMatchToNothingIsRememberedToo() {
        LabelMemo<String, String> memo = new LabelMemo<>(10);
        AtomicInteger matched = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            assertEquals("GRANTED", memo.get("予以公开", "予以公开", label -> {
                matched.incrementAndGet();
                return "GRANTED";
            }));
            assertNull(memo.get("本年度办理结果", "本年度办理结果", label -> {
                matched.incrementAndGet();
                return null;
            }));
        }
        assertEquals(2, matched.get());
    }

    @Test
    void itForgetsEverythingPastItsBoundAndKeepsNoLongText() {
        LabelMemo<String, Integer> memo = new LabelMemo<>(3);
        for (int i = 0; i < 7; i++) {
            String label = "标签" + i;
            memo.get(label, label, String::length);
            assertEquals(i % 3 + 1, memo.size());
        }
        String paragraph = "本".repeat(LabelMemo.LONGEST_LABEL + 1);
        assertEquals(LabelMemo.LONGEST_LABEL + 1, memo.get(paragraph, paragraph, String::length));
        assertEquals(1, memo.size());
    }
}
