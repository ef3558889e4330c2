package io.github.gongkai.internal.parsers.pdf;

import java.util.List;

/**
 * One way of finding the tables on a page, as tabula-java's extraction algorithms are: drawn grids
 * ({@link RuledTables}), horizontal rules only ({@link BandTables}), or the alignment of text alone
 * ({@link LinelessTables}). They run in that order on one page, each on the glyphs the ones before left.
 */
interface TableExtractor {
    /**
     * The tables found on the page among {@code free}, the glyphs no table has taken yet; the glyphs of the tables
     * found are taken out of {@code free}.
     */
    List<TablePart> extract(PageContent content, List<Glyph> free);
}
