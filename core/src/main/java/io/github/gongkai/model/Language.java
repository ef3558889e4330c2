package io.github.gongkai.model;

import java.util.Locale;

/** The language findings are written in: Chinese or English. */
public enum Language {
    /** 中文. */
    ZH,
    /** English. */
    EN;

    /** Chinese for a Chinese locale, English for any other. */
    public static Language of(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? ZH : EN;
    }

    /**
     * The language a command-line value names ({@code zh} or {@code en}, any case).
     *
     * @throws IllegalArgumentException for any other value
     */
    public static Language parse(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "zh" -> ZH;
            case "en" -> EN;
            default -> throw new IllegalArgumentException("language must be zh or en: " + value);
        };
    }
}
