package io.github.gongkai.internal.text;

import io.github.gongkai.document.Document;

/**
 * A document normalised once, beside the document as read: the same blocks, rows and cells in the same
 * order, so that a block or cell of one is found at the same index in the other. Later stages read the
 * normal text from here instead of normalising again, and keep the raw text for provenance.
 *
 * @param raw    the document as its format parser read it
 * @param normal the same document with every paragraph and cell text {@link Normalizer#normalize normalised}
 */
public record NormalizedDocument(Document raw, Document normal) {
    /** Normalises every paragraph and cell of a document. */
    public static NormalizedDocument of(Document raw) {
        return new NormalizedDocument(raw, DocumentNormalizer.normalize(raw));
    }
}
