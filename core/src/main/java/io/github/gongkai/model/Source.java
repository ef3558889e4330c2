package io.github.gongkai.model;

import java.util.List;
import java.util.Objects;

/**
 * The file a report was read from, and what reading it went through.
 *
 * @param file     the file's name or path as given, such as {@code reports/2022/shizi.pdf}
 * @param format   the format detected from its content, whatever the file's name says
 * @param sha256   the SHA-256 of its bytes, in lower-case hex
 * @param pages    its pages (6 for a typical PDF report), 0 where the format has none
 * @param url      the address it was published at, where the file records it (a page's canonical link),
 *                 otherwise empty
 * @param warnings problems met while reading that did not stop it, in English: a page declaring GBK whose
 *                 bytes are UTF-8, malformed bytes replaced, Word numbering that could not be read; empty for
 *                 a clean file
 */
public record Source(String file, Format format, String sha256, int pages, String url, List<String> warnings) {
    /** Checks the components: none may be null, and collections are copied unmodifiable. */
    public Source {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(url, "url");
        warnings = List.copyOf(warnings);
    }

    /** A source whose address is not known and that was read without warnings. */
    public Source(String file, Format format, String sha256, int pages) {
        this(file, format, sha256, pages, "", List.of());
    }
}
