package io.github.gongkai.model;

import java.util.Objects;

/**
 * A finding in words, in both languages, so that a caller chooses when it writes rather than when it checks.
 *
 * @param english the English text
 * @param chinese the Chinese text
 */
public record Message(String english, String chinese) {
    /** Checks the components: none may be null. */
    public Message {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(chinese, "chinese");
    }

    /** The text in a language. */
    public String in(Language language) {
        return language == Language.ZH ? chinese : english;
    }

    /** The English text, for logs and plain-text output. */
    @Override
    public String toString() {
        return english;
    }
}
