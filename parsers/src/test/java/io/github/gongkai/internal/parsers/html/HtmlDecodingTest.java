package io.github.gongkai.internal.parsers.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.document.Document;
import io.github.gongkai.document.Paragraph;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlDecodingTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset GB2312 = Charset.forName("GB2312");
    /** 喆 and 镕 are in GBK but not in GB2312; 䶮 needs GB18030's four-byte sequences. */
    private static final String TEXT = "一、总体情况：全年共收到政府信息公开申请12件，经办人王喆、朱镕。";

    private static String page(String head) {
        return "<html><head>" + head + "<title>年报</title></head><body><div><p>" + TEXT + "</p></div></body></html>";
    }

    private static String onlyParagraph(Document document) {
        List<Paragraph> paragraphs = document.blocks().stream()
                .filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
        assertEquals(1, paragraphs.size(), paragraphs::toString);
        return paragraphs.get(0).text();
    }

    @Test
    void utf8DeclaredInMetaCharsetIsReadAsUtf8() throws Exception {
        Document document = HtmlFixtures.parseText(page("<meta charset=\"utf-8\">"), StandardCharsets.UTF_8);
        assertEquals(TEXT, onlyParagraph(document));
        assertTrue(document.metadata().warnings().isEmpty());
    }

    @Test
    void strayNulBytesInAPageAreDroppedWithAWarning() throws Exception {
        for (Charset charset : List.of(StandardCharsets.UTF_8, GBK)) {
            byte[] clean = page("").getBytes(charset);
            ByteArrayOutputStream damaged = new ByteArrayOutputStream();
            for (int i = 0; i < clean.length; i++) {
                // Inside multi-byte characters too: a NUL cuts 政 in two, and only dropping it restores the text.
                damaged.write(clean[i]);
                if (i % 100 == 99) {
                    damaged.write(0);
                }
            }
            Document document = HtmlFixtures.parseBytes(damaged.toByteArray());
            assertEquals(TEXT, onlyParagraph(document));
            assertEquals(List.of(clean.length / 100 + " NUL bytes in the page dropped"), document.metadata().warnings());
        }
    }

    @Test
    void gbkWithoutDeclarationIsRecognisedFromItsBytes() throws Exception {
        assertEquals(TEXT, onlyParagraph(HtmlFixtures.parseText(page(""), GBK)));
    }

    @Test
    void gb2312DeclaredInHttpEquivIsReadAsItsSupersetSoGbkCharactersSurvive() throws Exception {
        String head = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">";
        Document document = HtmlFixtures.parseText(page(head), GBK);
        assertEquals(TEXT, onlyParagraph(document));
        assertTrue(document.metadata().warnings().isEmpty(), document.metadata().warnings()::toString);
    }

    @Test
    void gb18030FourByteCharactersAreReadWithoutDeclaration() throws Exception {
        String html = page("").replace("王喆", "王䶮");
        assertEquals(TEXT.replace("王喆", "王䶮"),
                onlyParagraph(HtmlFixtures.parseText(html, Charset.forName("GB18030"))));
    }

    @Test
    void declaredUtf8ButGbkBytesAreReadAsGb18030WithAWarning() throws Exception {
        Document document = HtmlFixtures.parseText(page("<meta charset=\"UTF-8\">"), GBK);
        assertEquals(TEXT, onlyParagraph(document));
        assertTrue(document.metadata().warnings().stream().anyMatch(w -> w.contains("GB18030")),
                document.metadata().warnings()::toString);
    }

    @Test
    void declaredGbkButUtf8BytesAreReadAsUtf8() throws Exception {
        String head = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\">";
        Document document = HtmlFixtures.parseText(page(head), StandardCharsets.UTF_8);
        assertEquals(TEXT, onlyParagraph(document));
        assertFalse(document.metadata().warnings().isEmpty());
    }

    @Test
    void byteOrderMarkOverridesTheDeclaration() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(page("<meta charset=\"gb2312\">").getBytes(StandardCharsets.UTF_8));
        assertEquals(TEXT, onlyParagraph(HtmlFixtures.parseBytes(bytes.toByteArray())));
    }

    @Test
    void utf16WithByteOrderMarkIsRead() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.write(page("").getBytes(StandardCharsets.UTF_16LE));
        assertEquals(TEXT, onlyParagraph(HtmlFixtures.parseBytes(bytes.toByteArray())));
    }

    @Test
    void damagedGbkIsStillReadAsGbkNotAsMojibake() throws Exception {
        byte[] bytes = page("").replace("喆", "").getBytes(GB2312);
        byte[] damaged = new byte[bytes.length + 1];
        int cut = new String(bytes, GB2312).indexOf("全年");
        int at = page("").substring(0, cut).getBytes(GB2312).length;
        System.arraycopy(bytes, 0, damaged, 0, at);
        damaged[at] = (byte) 0xFF; // never valid in GB18030 or UTF-8
        System.arraycopy(bytes, at, damaged, at + 1, bytes.length - at);
        Document document = HtmlFixtures.parseBytes(damaged);
        assertTrue(onlyParagraph(document).contains("全年共收到政府信息公开申请12件"));
        assertFalse(document.metadata().warnings().isEmpty());
    }

    @Test
    void savedGbkPagesWithoutOrWithWrongDeclarationsHaveNoMojibake() throws Exception {
        for (String name : List.of("gbk-undeclared-town-2022", "wrong-declaration-district-2021",
                "template-2019-county-2020")) {
            for (String text : HtmlFixtures.texts(HtmlFixtures.parse(name))) {
                assertFalse(text.contains("\uFFFD"), () -> name + ": " + text);
                assertFalse(text.matches(".*[\u00C0-\u00FF\u0400-\u04FF].*"), () -> name + ": " + text);
            }
            assertTrue(HtmlFixtures.texts(HtmlFixtures.parse(name)).contains("三、收到和处理政府信息公开申请情况"), name);
        }
    }

    @Test
    void declarationIsFoundInMetaCharsetHttpEquivAndXmlProlog() {
        assertEquals(Charset.forName("GB18030"), PageDecoder.declared(
                "<meta http-equiv='Content-Type' content='text/html;charset=gbk'>".getBytes(StandardCharsets.US_ASCII))
                .orElseThrow());
        assertEquals(StandardCharsets.UTF_8, PageDecoder.declared(
                "<META CHARSET=UTF-8>".getBytes(StandardCharsets.US_ASCII)).orElseThrow());
        assertEquals(Charset.forName("Big5"), PageDecoder.declared(
                "<?xml version=\"1.0\" encoding=\"big5\"?>".getBytes(StandardCharsets.US_ASCII)).orElseThrow());
        assertTrue(PageDecoder.declared("<meta charset=\"no-such-charset\">".getBytes(StandardCharsets.US_ASCII))
                .isEmpty());
    }

    @Test
    void big5DeclaredAndValidIsReadAsBig5() throws Exception {
        String traditional = "一、總體情況：全年共收到政府信息公開申請12件。";
        String html = "<html><head><meta charset=\"big5\"></head><body><p>" + traditional + "</p></body></html>";
        assertEquals(traditional, onlyParagraph(HtmlFixtures.parseText(html, Charset.forName("Big5"))));
    }
}
