package io.github.gongkai.document;

/** One block of a {@link Document}: a paragraph or a table, in reading order. */
public sealed interface Block permits Paragraph, Table {

    /** Where the block starts in the input. */
    Origin origin();
}
