package io.github.gongkai.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.houbb.opencc4j.support.data.impl.OpenccDatas;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The listing of trigger units that {@link Simplifier} reads is what opencc4j's dictionaries give, so that an
 * upgrade of opencc4j that changes them fails here. With {@code -Dgongkai.updateTriggers=true} it writes the
 * listing anew into {@code src/main/resources} (run from the {@code core} folder, as Maven does).
 */
class SimplifierTriggersTest {
    private static final Path SOURCE = Path.of("src/main/resources/io/github/gongkai/internal/text", Simplifier.TRIGGERS);
    private static final int PER_LINE = 16;

    @Test
    void listingHoldsEveryUnitOpencc4jMayReplaceAndNoOther() throws IOException {
        BitSet expected = fromDictionaries();
        if (Boolean.getBoolean("gongkai.updateTriggers")) {
            Files.writeString(SOURCE, listing(expected), StandardCharsets.US_ASCII);
        }
        String listing;
        try (InputStream in = Simplifier.class.getResourceAsStream(Simplifier.TRIGGERS)) {
            listing = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        assertEquals(expected, Simplifier.parseTriggers(listing),
                "rewrite the listing with -Dgongkai.updateTriggers=true and review the diff");
    }

    @Test
    void rangesAndCommentsAreRead() {
        BitSet set = Simplifier.parseTriggers("# comment 4E00\n4E07 4E82-4E84\n\n  9F8D\n");
        assertEquals("{19975, 20098, 20099, 20100, 40845}", set.toString());
    }

    /** Every unit a character or phrase entry changes, opencc4j taking the first candidate. */
    private static BitSet fromDictionaries() {
        BitSet set = new BitSet(0x10000);
        for (Map<String, List<String>> dictionary : List.of(OpenccDatas.tsChar().data().getDataMap(),
                OpenccDatas.tsPhrase().data().getDataMap())) {
            dictionary.forEach((from, to) -> {
                String first = to.isEmpty() ? from : to.get(0);
                boolean sameLength = first.length() == from.length();
                for (int i = 0; i < from.length(); i++) {
                    if (!sameLength || from.charAt(i) != first.charAt(i)) {
                        set.set(from.charAt(i));
                    }
                }
            });
        }
        return set;
    }

    private static String listing(BitSet set) {
        StringBuilder out = new StringBuilder("# UTF-16 units opencc4j's traditional -> simplified dictionaries may replace,\n"
                + "# in hexadecimal, ranges inclusive. Written by SimplifierTriggersTest with -Dgongkai.updateTriggers=true.\n");
        int onLine = 0;
        for (int from = set.nextSetBit(0); from >= 0; from = set.nextSetBit(from)) {
            int end = set.nextClearBit(from) - 1;
            out.append(onLine == 0 ? "" : " ").append(String.format(Locale.ROOT, "%04X", from));
            if (end > from) {
                out.append(String.format(Locale.ROOT, "-%04X", end));
            }
            if (++onLine == PER_LINE) {
                out.append('\n');
                onLine = 0;
            }
            from = end + 1;
        }
        return onLine == 0 ? out.toString() : out.append('\n').toString();
    }
}
