/**
 * Word parsers: {@link io.github.gongkai.internal.parsers.word.DocxParser} (Word 2007+, via POI's XWPF and the
 * WordprocessingML DOM) and {@link io.github.gongkai.internal.parsers.word.DocParser} (Word 97–2003, via HWPF).
 * Both hand over paragraphs and tables in reading order and know nothing of reports.
 *
 * <p>Decisions shared by both:
 * <ul>
 * <li>Merged cells are listed once, where they start, with their row and column spans; Word's "continue"
 * cells are not emitted ({@code MergedGrid}).</li>
 * <li>A cell's paragraphs are joined into one line, directly between CJK characters and with a space
 * otherwise ({@code WordText}).</li>
 * <li>Automatic numbering is rendered from the list definitions and counted in document order, and the
 * number is put in front of the paragraph's text, so that 一、总体情况 reads as it prints
 * ({@code ListCounter}, {@code NumberFormats}).</li>
 * <li>Headers, footers, footnotes, comments, hidden text, deleted revisions (table rows deleted with
 * tracked changes included) and a table of contents are left out; inserted revisions and fields' cached
 * results are read as Word shows them; page breaks are ignored; empty paragraphs are dropped.</li>
 * <li>In DOCX a content control still showing its placeholder prompt is empty. LibreOffice does not
 * carry these prompts into the .doc files it writes, so .doc has no such rule.</li>
 * <li>A one-cell table is a frame: its content is emitted in its place. In DOCX a table nested in a cell is
 * emitted as a table of its own after the containing one; in .doc its text joins the cell's.</li>
 * <li>Origins are {@code Origin.Path}s of 1-based indexes such as {@code body[14]/tr[3]/tc[2]}.</li>
 * <li>Failures are {@link io.github.gongkai.model.GongkaiException}s: ENCRYPTED, CORRUPT, UNSUPPORTED_FORMAT,
 * TOO_LARGE (file size, expanded package size, table cells, nesting depth), NO_REPORT for a document
 * without text and SCANNED for one holding only images.</li>
 * </ul>
 */
package io.github.gongkai.internal.parsers.word;
