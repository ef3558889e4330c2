package io.github.gongkai.internal.parsers.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.document.Document;
import io.github.gongkai.document.Metadata.Trait;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlRubyTest {

    @Test
    void rubyPinyinIsDroppedFromTextAndCellsAndRecordedAsATrait() throws Exception {
        Document document = HtmlFixtures.parse("mirror-traditional-ruby-town-2022");
        assertTrue(document.metadata().traits().contains(Trait.PINYIN_ANNOTATED));
        for (String text : HtmlFixtures.texts(document)) {
            assertFalse(text.matches(".*[a-zàáǎèéěìíǐòóǒùúǔüǖǘǚǜāēīōū]{2,}.*"), text);
        }
        assertTrue(HtmlFixtures.texts(document).contains("二、主動公開政府信息情況".replace("況", "况")));
        assertEquals("石橋縣柳河鎮人民政府2022年政府信息公開工作年度報告", document.metadata().title());
    }

    @Test
    void rubyBaseTextStaysInPlace() throws Exception {
        String html = "<p>石子<ruby>鎮<rp>(</rp><rt>zhèn</rt><rp>)</rp></ruby>黨委<ruby>政<rt>zheng</rt></ruby>府</p>";
        Document document = HtmlFixtures.parseText(html, StandardCharsets.UTF_8);
        assertEquals("石子鎮黨委政府", HtmlFixtures.texts(document).get(0));
        assertTrue(document.metadata().traits().contains(Trait.PINYIN_ANNOTATED));
    }

    @Test
    void pinyinWrittenIntoTheTextIsRecordedAsATraitAndLeftForNormalisation() throws Exception {
        String html = "<p>石子鎮(zhèn)黨委、鎮(zhèn)政府高度重視政務(wù)公開工作</p><p>政(zheng)(zheng)府</p>";
        Document document = HtmlFixtures.parseText(html, StandardCharsets.UTF_8);
        assertTrue(document.metadata().traits().contains(Trait.PINYIN_ANNOTATED));
        assertEquals("石子鎮(zhèn)黨委、鎮(zhèn)政府高度重視政務(wù)公開工作", HtmlFixtures.texts(document).get(0));
    }

    @Test
    void bracketedAbbreviationsAreNotPinyin() throws Exception {
        String html = "<p>依托政务新媒体(app)和政府网站(www)发布信息。</p>";
        assertTrue(HtmlFixtures.parseText(html, StandardCharsets.UTF_8).metadata().traits().isEmpty());
    }

    @Test
    void pagesWithoutRubyHaveNoPinyinTrait() throws Exception {
        assertTrue(HtmlFixtures.parse("cms-export-county-2023").metadata().traits().isEmpty());
    }
}
