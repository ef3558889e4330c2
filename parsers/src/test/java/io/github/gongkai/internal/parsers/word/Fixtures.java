package io.github.gongkai.internal.parsers.word;

import io.github.gongkai.Limits;
import io.github.gongkai.document.Document;
import io.github.gongkai.internal.parsers.FormatParser;
import io.github.gongkai.internal.parsers.Input;
import io.github.gongkai.model.GongkaiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The Word fixtures under testdata/docx, made by testdata/docx/make-fixtures.sh. */
final class Fixtures {
    private Fixtures() {
    }

    static Path path(String file) {
        return Path.of(System.getProperty("gongkai.testdata"), "docx", file);
    }

    static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(path(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    static Document parse(FormatParser parser, String file) throws GongkaiException {
        return parser.parse(new Input(file, bytes(file)), Limits.DEFAULT);
    }
}
