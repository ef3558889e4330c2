package io.github.gongkai.cli;

import io.github.gongkai.model.Language;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --lang zh|en}: the language of anomaly messages, by default the locale's. */
final class LanguageOption {
    @Option(names = "--lang", paramLabel = "zh|en", converter = LanguageConverter.class,
            description = "language of anomaly messages (default: from the locale)")
    private Language lang;

    Language language() {
        return lang == null ? Language.of(Locale.getDefault()) : lang;
    }

    /** Checks the value while the command line is parsed, so that a wrong one is a usage error before any file is read. */
    static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Language.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a language: use zh or en");
            }
        }
    }
}
