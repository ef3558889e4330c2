package io.github.gongkai.cli;

import io.github.gongkai.model.Language;
import java.util.Locale;
import picocli.CommandLine.Option;

/** {@code --lang zh|en}: the language of anomaly messages, by default the locale's. */
final class LanguageOption {
    @Option(names = "--lang", paramLabel = "zh|en",
            description = "language of anomaly messages (default: from the locale)")
    private String lang;

    Language language() {
        return lang == null ? Language.of(Locale.getDefault()) : Language.parse(lang);
    }
}
