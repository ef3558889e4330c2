/**
 * Text recognition (OCR) of scanned PDF pages with Tesseract 5, as a
 * {@link io.github.gongkai.spi.PageRecognizer} the PDF parser finds on the class path: the page is turned
 * grey without its red seal, straightened, its ruling lines found, and each table cell recognised on its own
 * (by Tesseract, or by a PaddleOCR model where the system property {@code gongkai.ocr.paddle} names one and the
 * module gongkai-ocr-paddle, which runs it with ONNX Runtime, is on the class path).
 */
package io.github.gongkai.ocr;
