package io.github.gongkai.internal.check;

import io.github.gongkai.internal.text.Numbers;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;

/** Whole numbers as the narrative writes them: Arabic ({@code 82}, {@code 1,234}) or Chinese (十二, 一百零五, 两). */
final class StatedNumbers {
    /** A number in a regular expression; a capturing group of its own. */
    static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+|[零〇一二两三四五六七八九十百千万]+)";

    private StatedNumbers() {
    }

    /** The value of a match of {@link #NUMBER}, empty where it reads as no whole number. */
    static Optional<BigDecimal> parse(String text) {
        OptionalLong value = Numbers.parseChineseInteger(text.replace(",", ""));
        return value.isPresent() ? Optional.of(BigDecimal.valueOf(value.getAsLong())) : Optional.empty();
    }
}
