package io.github.gongkai.internal.parsers.html;

import io.github.gongkai.internal.parsers.LimitExceeded;
import io.github.gongkai.Limits;
import io.github.gongkai.document.Block;
import io.github.gongkai.document.Document;
import io.github.gongkai.document.Metadata;
import io.github.gongkai.document.Metadata.Trait;
import io.github.gongkai.internal.parsers.Deadline;
import io.github.gongkai.internal.parsers.FormatParser;
import io.github.gongkai.internal.parsers.Input;
import io.github.gongkai.model.Format;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.GongkaiException.Reason;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Reads web pages: the report as a government site or a mirror serves it, in UTF-8, GBK or GB18030,
 * declared or not, inside the site's navigation, title bar and footer. The result holds only the content
 * element's paragraphs and tables (see {@link ContentLocator}); the page's title, publication date and
 * address go to the metadata. Ruby pinyin annotations are dropped from the text and recorded as
 * {@link Trait#PINYIN_ANNOTATED}, as is pinyin written into the text in brackets (which stays in the text
 * for normalisation to strip). Every block and cell carries a CSS-like element path as its origin.
 *
 * <p>A page with no report in it still yields its paragraphs; deciding that it is not a report is left
 * to the caller. The parser is stateless and thread-safe.
 */
public final class HtmlParser implements FormatParser {
    /** Enough of the start of a file to tell binary formats from markup. */
    private static final int SNIFF_CHARS = 8192;
    /** Pinyin annotation markup; parsed once, as jsoup parses a query given as text at every call. */
    private static final Evaluator RUBY = Selector.evaluatorOf("ruby, rt");

    @Override
    public Format format() {
        return Format.HTML;
    }

    @Override
    public Document parse(Input input, Limits limits) throws GongkaiException {
        byte[] bytes = input.bytes();
        input.checkSize(limits);
        Deadline deadline = Deadline.start(input.name(), limits);
        PageDecoder.Decoded decoded = PageDecoder.decode(bytes);
        if (isBinary(decoded.text())) {
            throw new GongkaiException(Reason.UNSUPPORTED_FORMAT, input.name(), "not a web page (binary content)");
        }
        try {
            org.jsoup.nodes.Document page = Jsoup.parse(decoded.text());
            PageIndex index = PageIndex.of(page, limits.maxNestingDepth());
            BodyText bodyText = new BodyText(page);
            HiddenByStyleSheet.mark(page, index.styles(), bodyText);
            deadline.check();
            Element body = page.body();
            ElementPath paths = new ElementPath();
            TextStats stats = TextStats.of(body);
            TableReader tables = new TableReader(paths, stats, limits.maxTableCells());
            Element content = ContentLocator.locate(body, stats, tables);
            List<Block> blocks = ContentBlocks.read(content, stats, paths, tables);
            deadline.check();
            if (blocks.isEmpty()) {
                throw new GongkaiException(Reason.NO_REPORT, input.name(), "the page holds no text");
            }
            Set<Trait> traits = EnumSet.noneOf(Trait.class);
            if (content.selectFirst(RUBY) != null || TextualPinyin.present(blocks)) {
                traits.add(Trait.PINYIN_ANNOTATED);
            }
            Metadata metadata = new Metadata(PageMetadata.title(page, content, index),
                    PageMetadata.publishDate(index.metas(), bodyText), PageMetadata.url(index), 0, traits, decoded.warnings(), "", PageMetadata.attachments(content));
            return new Document(blocks, metadata);
        } catch (LimitExceeded e) {
            throw e.failure(input.name());
        }
    }

    /**
     * A NUL, or more than one control character in a hundred, in the first few thousand characters means
     * a binary file; pages pasted from Word keep a stray control character now and then.
     */
    private static boolean isBinary(String text) {
        int end = Math.min(text.length(), SNIFF_CHARS);
        int controls = 0;
        for (int i = 0; i < end; i++) {
            char ch = text.charAt(i);
            if (ch == 0) {
                return true;
            }
            if (ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t' && ch != '\f') {
                controls++;
            }
        }
        return controls * 100 > end;
    }
}
