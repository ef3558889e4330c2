package io.github.gongkai.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where Tesseract's language models are: the folder {@code TESSDATA_PREFIX} names (or the system property
 * {@code gongkai.tessdata}), else where Linux packages put them ({@code tesseract-ocr-chi-sim} on Debian and
 * Ubuntu, {@code tesseract-langpack-chi_sim} on Fedora, Homebrew's {@code tesseract-lang}).
 */
final class Tessdata {
    /** The simplified-Chinese model, which also reads digits and Latin letters. */
    static final String CHINESE = "chi_sim";
    /** The English model, used with a digits-only setting for numeric cells. */
    static final String LATIN = "eng";

    private static final List<String> STANDARD = List.of(
            "/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
            "/usr/share/tessdata", "/usr/local/share/tessdata", "/opt/homebrew/share/tessdata");

    private Tessdata() {
    }

    /** The first folder that holds the Chinese model. */
    static Optional<Path> locate() {
        List<String> candidates = new ArrayList<>();
        String property = System.getProperty("gongkai.tessdata");
        if (property != null && !property.isBlank()) {
            candidates.add(property);
        }
        String prefix = System.getenv("TESSDATA_PREFIX");
        if (prefix != null && !prefix.isBlank()) {
            candidates.add(prefix);
            candidates.add(Path.of(prefix, "tessdata").toString());
        }
        candidates.addAll(STANDARD);
        for (String candidate : candidates) {
            Path folder = Path.of(candidate);
            if (Files.isRegularFile(folder.resolve(CHINESE + ".traineddata"))) {
                return Optional.of(folder);
            }
        }
        return Optional.empty();
    }

    /** Whether the folder also holds the English model, for the digits-only reading. */
    static boolean hasLatin(Path folder) {
        return Files.isRegularFile(folder.resolve(LATIN + ".traineddata"));
    }
}
