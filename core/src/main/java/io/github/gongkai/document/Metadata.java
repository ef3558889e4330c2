package io.github.gongkai.document;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a parser learnt about a document besides its blocks.
 *
 * @param title       the document's title where the format records one (HTML {@code <title>}, Word core
 *                    properties), otherwise empty
 * @param publishDate the publication date as the page states it, otherwise empty
 * @param url         the address the file was published at, where the file records it (canonical link), otherwise empty
 * @param pages       pages in the file, 0 where the format has no pages
 * @param traits      facts about the source that matter to a reader of the report
 * @param warnings    problems met while reading that did not stop it, in words a person understands
 * @param publisher   the issuing body where the file records it apart from the report (a crawler's 发布机构),
 *                    otherwise empty
 * @param attachments the addresses of documents the file links to as attachments (a page's link to the report's
 *                    PDF), in order
 */
public record Metadata(String title, String publishDate, String url, int pages, Set<Trait> traits,
                       List<String> warnings, String publisher, List<String> attachments) {

    /** No metadata. */
    public static final Metadata EMPTY = new Metadata("", "", "", 0, Set.of(), List.of());

    /** Metadata of a file that records no publisher and links no attachment. */
    public Metadata(String title, String publishDate, String url, int pages, Set<Trait> traits, List<String> warnings) {
        this(title, publishDate, url, pages, traits, warnings, "", List.of());
    }

    /** Checks the components: none may be null, and lists and sets are copied unmodifiable. */
    public Metadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publishDate, "publishDate");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(publisher, "publisher");
        traits = Set.copyOf(traits);
        warnings = List.copyOf(warnings);
        attachments = List.copyOf(attachments);
    }

    /** Facts about a source document that a parser can see and the report model records. */
    public enum Trait {
        /** The text carried pinyin annotations or ruby markup: likely a copy on a conversion or mirror site. */
        PINYIN_ANNOTATED,
        /** Some text could not be mapped to Unicode (a PDF font without a usable ToUnicode map). */
        MISSING_UNICODE
    }
}
