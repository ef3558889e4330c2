package io.github.gongkai.internal.text;

import com.github.houbb.opencc4j.support.segment.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text for opencc4j's traditional → simplified conversion: the longest traditional phrase of its
 * phrase table at each position, else one character. opencc4j's own segmenter does the same over a trie of
 * the phrase tables of both directions, which takes seconds to build on first use; simplification only
 * ever looks up traditional phrases, so a set of those is enough and is loaded anyway.
 */
final class PhraseSegment implements Segment {
    private final Set<String> phrases;
    private final int longest;

    PhraseSegment(Set<String> phrases) {
        this.phrases = Set.copyOf(phrases);
        this.longest = phrases.stream().mapToInt(String::length).max().orElse(1);
    }

    @Override
    public List<String> seg(String text) {
        List<String> segments = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = Math.min(text.length(), i + longest);
            while (end > i + 1 && !phrases.contains(text.substring(i, end))) {
                end--;
            }
            if (end == i + 1 && Character.isHighSurrogate(text.charAt(i)) && end < text.length()) {
                end++; // a character outside the basic plane is one segment, never half of one
            }
            segments.add(text.substring(i, end));
            i = end;
        }
        return segments;
    }
}
