/**
 * Extension points that optional modules implement and the parsers find with {@link java.util.ServiceLoader},
 * so that the library without them stays as small as it is. {@link io.github.gongkai.spi.PageRecognizer}
 * reads the image of a scanned page (OCR); the module {@code gongkai-ocr} provides one.
 */
package io.github.gongkai.spi;
