package io.github.gongkai.document;

import java.util.List;
import java.util.Objects;

/**
 * A report as a format parser hands it over: blocks in reading order, knowing nothing of reports.
 *
 * @param blocks   paragraphs and tables in reading order
 * @param metadata what the parser learnt about the file
 */
public record Document(List<Block> blocks, Metadata metadata) {
    /** Checks the components: none may be null, and collections are copied unmodifiable. */
    public Document {
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(metadata, "metadata");
    }

    /** A document with no metadata. */
    public static Document of(List<Block> blocks) {
        return new Document(blocks, Metadata.EMPTY);
    }

    /** The tables, in order. */
    public List<Table> tables() {
        return blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }
}
