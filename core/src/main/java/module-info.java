/**
 * The format-neutral half of gongkai: the document, the report model and its JSON (exported), and the stages that
 * turn a document into a checked report (internal, shared with the format parsers only).
 */
module io.github.gongkai.core {
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires opencc4j;

    exports io.github.gongkai.document;
    exports io.github.gongkai.model;
    exports io.github.gongkai.json;

    exports io.github.gongkai.internal.check to io.github.gongkai.parsers;
    exports io.github.gongkai.internal.pipeline to io.github.gongkai.parsers;
    exports io.github.gongkai.internal.template to io.github.gongkai.parsers;
    exports io.github.gongkai.internal.text to io.github.gongkai.parsers;
}
