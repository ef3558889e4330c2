package io.github.gongkai.internal.text;

import com.github.houbb.opencc4j.core.impl.ZhConvertBootstrap;
import com.github.houbb.opencc4j.support.data.impl.OpenccDatas;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
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
     * The UTF-16 units opencc4j may replace, read from its own traditional → simplified dictionaries:
     * every character its character table maps to something else, and every character of a phrase that
     * differs from the phrase's replacement. Text without any of them maps to itself. Built on first use,
     * under the class-initialisation lock.
     */
    private static final class Triggers {
        static final BitSet SET = build();

        private static BitSet build() {
            BitSet set = new BitSet(0x10000);
            addChanged(OpenccDatas.tsChar().data().getDataMap(), set);
            addChanged(OpenccDatas.tsPhrase().data().getDataMap(), set);
            return set;
        }

        private static void addChanged(Map<String, List<String>> dictionary, BitSet set) {
            dictionary.forEach((from, to) -> {
                String first = to.isEmpty() ? from : to.get(0); // opencc4j uses the first candidate
                boolean sameLength = first.length() == from.length();
                for (int i = 0; i < from.length(); i++) {
                    if (!sameLength || from.charAt(i) != first.charAt(i)) {
                        set.set(from.charAt(i));
                    }
                }
            });
        }
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
