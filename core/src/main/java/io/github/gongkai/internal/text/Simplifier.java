package io.github.gongkai.internal.text;

import com.github.houbb.opencc4j.core.impl.ZhConvertBootstrap;
import com.github.houbb.opencc4j.support.data.impl.OpenccDatas;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Traditional → simplified characters with opencc4j, skipped for text opencc4j would leave as it is; in
 * traditional text, Taiwan phrasing is read back to the mainland's words first ({@link TaiwanPhrases}).
 * opencc4j segments every string it is given, costing about as much for simplified text as for
 * traditional; most report text is simplified, so a look-up in a set of the characters that can change
 * saves nearly all of that. The converter is built only when a text holds a trigger, and without
 * opencc4j's own segmenter, whose trie over the phrase tables of both directions took seconds of every
 * start-up (see {@link PhraseSegment}).
 */
final class Simplifier {
    /** Enough rounds for opencc4j's few two-step mappings (薴 → 苧 → 苎, 於則 → 於则 → 于则). */
    private static final int MAX_ROUNDS = 3;

    private Simplifier() {
    }

    /**
     * The text in simplified characters and mainland words, the same instance when there was nothing to
     * convert.
     */
    static String simplify(String text) {
        if (!mayChange(text)) {
            return text;
        }
        String current = TaiwanPhrases.revert(text);
        for (int round = 0; round < MAX_ROUNDS && mayChange(current); round++) {
            String next = Converter.toSimple(current);
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        return current;
    }

    /**
     * The text with every traditional character that has one simplified character replaced by it, and nothing
     * else changed, so that a position in the result is the same position in the text; words are not
     * converted. For finding the template's words in text whose layout is still being worked out.
     */
    static String simplifyCharacters(String text) {
        if (!mayChange(text)) {
            return text;
        }
        BitSet triggers = Triggers.SET;
        Map<Character, Character> simplified = new HashMap<>();
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char ch = chars[i];
            if (triggers.get(ch) && !Character.isSurrogate(ch)) {
                chars[i] = simplified.computeIfAbsent(ch, traditional -> {
                    String one = Converter.toSimple(String.valueOf(traditional));
                    return one.length() == 1 ? one.charAt(0) : traditional;
                });
            }
        }
        return new String(chars);
    }

    /** Whether opencc4j could change the text: whether it holds a character that is a trigger. */
    static boolean mayChange(String text) {
        BitSet triggers = Triggers.SET;
        for (int i = 0; i < text.length(); i++) {
            if (triggers.get(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The UTF-16 units opencc4j may replace: every character its traditional → simplified character table
     * maps to something else, and every character of a phrase that differs from the phrase's replacement.
     * Text without any of them maps to itself. Read from a listing made from opencc4j's dictionaries (by
     * {@code SimplifierTriggersTest}, which also checks it against them), since building the set from the
     * dictionaries themselves took a good part of every start-up, whether a text held traditional
     * characters or not. Read on first use, under the class-initialisation lock.
     */
    private static final class Triggers {
        static final BitSet SET = read();

        private static BitSet read() {
            try (InputStream in = Simplifier.class.getResourceAsStream(TRIGGERS)) {
                if (in == null) {
                    throw new IllegalStateException(TRIGGERS + " is missing from the class path");
                }
                return parseTriggers(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The resource listing the trigger units, beside this class. */
    static final String TRIGGERS = "opencc-triggers.txt";

    /**
     * The units of a listing: lines starting {@code #} are comments; the rest are hexadecimal units
     * ({@code 4E7E}) and ranges of them ({@code 4E82-4E83}), separated by white space.
     */
    static BitSet parseTriggers(String listing) {
        BitSet set = new BitSet(0x10000);
        for (String line : listing.split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            for (String token : line.strip().split("\\s+")) {
                if (token.isEmpty()) {
                    continue;
                }
                int dash = token.indexOf('-');
                int from = Integer.parseInt(dash < 0 ? token : token.substring(0, dash), 16);
                int to = dash < 0 ? from : Integer.parseInt(token.substring(dash + 1), 16);
                set.set(from, to + 1);
            }
        }
        return set;
    }

    /**
     * opencc4j's converter with a segmenter of traditional phrases only ({@link PhraseSegment}), built on
     * the first text that needs it, under the class-initialisation lock.
     */
    private static final class Converter {
        private static final ZhConvertBootstrap CONVERTER =
                ZhConvertBootstrap.newInstance(new PhraseSegment(OpenccDatas.tsPhrase().data().getDataMap().keySet()));

        static String toSimple(String text) {
            return CONVERTER.toSimple(text);
        }
    }
}
