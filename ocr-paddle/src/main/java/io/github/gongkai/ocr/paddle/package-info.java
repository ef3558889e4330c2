/**
 * PaddleOCR's recogniser run by ONNX Runtime: the {@link io.github.gongkai.ocr.PaddleRuntime} the ocr module
 * finds on the class path when the system property {@code gongkai.ocr.paddle} names a model. Apart from the
 * ocr module because ONNX Runtime is a 90 MB jar that only this option needs.
 */
package io.github.gongkai.ocr.paddle;
