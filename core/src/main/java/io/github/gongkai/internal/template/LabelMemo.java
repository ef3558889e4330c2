package io.github.gongkai.internal.template;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers what a label was matched to. Reports copy the template's labels, so the same few hundred
 * labels come back in every report of a corpus, and each was matched by comparing it with every wording of
 * the template. Thread-safe; it forgets everything when it grows past its bound, and never keeps a text
 * longer than any label (a paragraph in a table cell), so that a corpus of odd labels cannot fill the
 * memory.
 *
 * @param <K> the label, or the label with what else the match depends on
 * @param <V> what the label matched; a match to nothing ({@code null}) is remembered too
 */
public final class LabelMemo<K, V> {
    /** Longer than any label of the templates, with a note after it. */
    static final int LONGEST_LABEL = 64;

    private final int bound;
    private final Map<K, Optional<V>> matches = new ConcurrentHashMap<>();

    /** A memo that keeps at most {@code bound} labels. */
    public LabelMemo(int bound) {
        this.bound = bound;
    }

    /**
     * What the label matched, matching it first where it is new.
     *
     * @param key   the label, or the label with what else the match depends on
     * @param label the label's text
     * @param match the match, which must depend on the key alone
     */
    public V get(K key, String label, Function<K, V> match) {
        if (label.length() > LONGEST_LABEL) {
            return match.apply(key);
        }
        Optional<V> known = matches.get(key);
        if (known == null) {
            known = Optional.ofNullable(match.apply(key));
            if (matches.size() >= bound) {
                matches.clear();
            }
            matches.put(key, known);
        }
        return known.orElse(null);
    }

    /** How many labels it keeps now. */
    int size() {
        return matches.size();
    }
}
