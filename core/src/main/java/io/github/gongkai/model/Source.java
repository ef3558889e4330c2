package io.github.gongkai.model;

import java.util.Objects;

/**
 * The file a report was read from.
 *
 * @param file   the file's name or path as given
 * @param format the format detected from its content
 * @param sha256 the SHA-256 of its bytes, in lower-case hex
 * @param pages  its pages, 0 where the format has none
 * @param url    the address it was published at, where the file records it (a page's canonical link),
 *               otherwise empty
 */
public record Source(String file, Format format, String sha256, int pages, String url) {
    public Source {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(url, "url");
    }

    /** A source whose address is not known. */
    public Source(String file, Format format, String sha256, int pages) {
        this(file, format, sha256, pages, "");
    }
}
