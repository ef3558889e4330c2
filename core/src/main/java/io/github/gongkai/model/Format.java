package io.github.gongkai.model;

/** The file formats reports are published in; the names are those of the JSON contract's {@code source.format}. */
public enum Format {
    /** A PDF with a text layer: most reports. */
    PDF,
    /** A web page, in any of the encodings Chinese sites use (UTF-8, GBK, GB18030, Big5). */
    HTML,
    /** A Word document (Office Open XML). */
    DOCX,
    /** A legacy Word 97–2003 document. */
    DOC,
    /** Plain text, tables with cells between {@code |} or one cell per line. */
    TEXT
}
