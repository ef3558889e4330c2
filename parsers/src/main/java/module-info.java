/**
 * The format parsers (PDF, HTML, DOCX, DOC, text) and the facade {@link io.github.gongkai.Gongkai}, the one
 * exported package; the core's document, model and JSON come with it.
 */
module io.github.gongkai.parsers {
    requires transitive io.github.gongkai.core;
    requires java.desktop;
    requires java.xml;
    requires com.github.albfernandez.juniversalchardet;
    requires org.apache.pdfbox;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.ooxml.schemas;
    requires org.apache.poi.scratchpad;
    requires org.jsoup;
    requires org.slf4j;

    exports io.github.gongkai;
    // Text recognition of scanned pages, provided by gongkai-ocr where it is on the path.
    exports io.github.gongkai.spi;
    uses io.github.gongkai.spi.PageRecognizer;
}
