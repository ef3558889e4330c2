package io.github.gongkai.internal.parsers.text;

import io.github.gongkai.Limits;
import io.github.gongkai.document.Block;
import io.github.gongkai.document.Document;
import io.github.gongkai.document.Metadata;
import io.github.gongkai.internal.parsers.Deadline;
import io.github.gongkai.internal.parsers.FormatParser;
import io.github.gongkai.internal.parsers.Input;
import io.github.gongkai.internal.text.Normalizer;
import io.github.gongkai.model.Format;
import io.github.gongkai.model.GongkaiException.Reason;
import io.github.gongkai.model.GongkaiException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads reports scraped as plain text: paragraphs one per line, tables flattened in any of the ways
 * scrapers flatten them (one row per line with cells between pipes, one cell per line ending in a pipe,
 * or one cell per line without pipes). Every block and cell records its line as {@link
 * io.github.gongkai.document.Origin.Line}. Pinyin annotations left by conversion sites are reported as
 * {@link Metadata.Trait#PINYIN_ANNOTATED} and kept in the text for later normalisation. A crawler's header
 * block ({@code 标题:}, {@code 发布时间:}, {@code 原文链接:}) goes to the metadata, not the text.
 */
public final class TextParser implements FormatParser {

    @Override
    public Format format() {
        return Format.TEXT;
    }

    @Override
    public Document parse(Input input, Limits limits) throws GongkaiException {
        byte[] bytes = input.bytes();
        input.checkSize(limits);
        Deadline deadline = Deadline.start(input.name(), limits);
        String text = TextDecoder.decode(bytes, bytes.length, input.name());
        int nuls = TextDecoder.strayNuls(bytes, bytes.length);
        List<String> warnings = nuls == 0 ? List.of() : List.of(nuls + " NUL bytes in the text dropped");
        deadline.check();
        CrawlerHeader header = CrawlerHeader.of(text);
        text = header.text();
        List<Block> blocks = MarkdownSyntax.isMarkdown(text)
                ? MarkdownReader.read(text, limits.maxTableCells(), input.name())
                : PlainTextReader.read(text, limits.maxTableCells(), input.name());
        deadline.check();
        if (blocks.isEmpty()) {
            throw new GongkaiException(Reason.NO_REPORT, input.name(), "the file holds no text");
        }
        Set<Metadata.Trait> traits = EnumSet.noneOf(Metadata.Trait.class);
        if (Normalizer.hasPinyinAnnotations(text)) {
            traits.add(Metadata.Trait.PINYIN_ANNOTATED);
        }
        return new Document(blocks, new Metadata(header.title(), header.publishDate(), header.url(), 0, traits, warnings,
                header.publisher(), List.of()));
    }
}
