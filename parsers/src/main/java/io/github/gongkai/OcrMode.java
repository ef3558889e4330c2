package io.github.gongkai;

/**
 * When pages of a PDF are read by text recognition (OCR). OCR needs the module {@code gongkai-ocr} on the
 * class path and its language model installed; without them a scan is {@code SCANNED}, as with {@link #OFF}.
 */
public enum OcrMode {
    /** Pages that hold only images are recognised; pages with a text layer are read from it. */
    AUTO,
    /** Nothing is recognised: a file of images only is {@code SCANNED}. */
    OFF,
    /** Every page is recognised, its text layer ignored (for scans whose scanner added a garbage text layer). */
    FORCE
}
