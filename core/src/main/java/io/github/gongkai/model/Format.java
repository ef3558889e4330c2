package io.github.gongkai.model;

/** The file formats reports are published in; the names are those of the JSON contract's {@code source.format}. */
public enum Format {
    PDF, HTML, DOCX, DOC, TEXT
}
