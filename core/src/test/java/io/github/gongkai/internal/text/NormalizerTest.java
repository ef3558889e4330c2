package io.github.gongkai.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NormalizerTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "石子鎮(zhèn)黨委|石子镇党委",
        "鎮（zhèn）政府|镇政府",
        "數(shu4)據(ju4)|数据",
        "政(zheng)(zheng)府(fu)(fu)|政府",
        "女(ü)|女",
        "綠(lǜ)色|绿色",
        "婦女(nǚ)|妇女",
        "女(nv3)|女",
        "鎮 (zhèn) 黨委|镇党委",
        "鎮( zhèn )|镇",
        "服務(wù)|服务",
        "聯(lián)系|联系",
        "⼀(yī)是|一是",
    })
    void stripsPinyinAfterAChineseCharacter(String raw, String expected) {
        assertEquals(expected, Normalizer.normalize(raw));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "(一)",
        "(单位:万元)",
        "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)",
        "(区分处理的,只计这一情形,不计其他情形)",
        "系统(OA)",
        "文件(PDF)",
        "附件(A)",
        "附件(a)",
        "方式(e)",
        "Version (zhen)",
        "2022(nian)",
        "ABC(fu)",
        "情况(一般)",
        "公开(zhenx)",
        "公开(Zhen)",
        "公开(zhen6)",
        "公开(zhēn4)",
        "公开(zhèn",
    })
    void keepsRealParentheses(String text) {
        assertEquals(text, Normalizer.normalize(text));
        assertFalse(Normalizer.hasPinyinAnnotations(text));
    }

    @Test
    void stripsPinyinInsideRealParentheses() {
        assertEquals("(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)",
            Normalizer.normalize("(本列數(shù)據(jù)的勾稽關(guān)系為:第一項加第二項之和,等于第三項加第四項之和)"));
        assertEquals("(二)部分公开(区分处理的,只计这一情形,不计其他情形)",
            Normalizer.normalize("（二）部分公開（區(qū)分處(chù)理的，只計這一情形，不計其他情形）"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "（一）|(一)",
        "（三）主动公开|(三)主动公开",
        "( 一 )|(一)",
        "( 一 ) 主动公开|(一)主动公开",
        "２０２２年|2022年",
        "２０２２ 年|2022年",
        "规 章|规章",
        "第二十条第 ( 一 ) 项|第二十条第(一)项",
        "总计商 业 企 业|总计商业企业",
        "单位：万元，合计；|单位:万元,合计;",
        "１．２|1.2",
        "公开。 其中|公开。其中",
        "一是、 二是|一是、二是",
        "系统 OA 平台|系统 OA 平台",
        "Open Government Information|Open Government Information",
    })
    void foldsWidthAndSpacing(String raw, String expected) {
        assertEquals(expected, Normalizer.normalize(raw));
    }

    @Test
    void foldsSpacesOfEveryKind() {
        assertEquals("自然人 A", Normalizer.normalize("\u3000自然人\u00A0\t A \u3000"));
        assertEquals("a b", Normalizer.normalize("a\u3000\u3000b"));
        assertEquals("规章", Normalizer.normalize("规\u200B章"));
        assertEquals("规章", Normalizer.normalize("\uFEFF规章"));
        assertEquals("", Normalizer.normalize(" \u3000\t "));
        assertEquals("", Normalizer.normalize(""));
    }

    @Test
    void foldsKangxiRadicalsAndCompatibilityIdeographs() {
        assertEquals("一二三", Normalizer.normalize("\u2F00\u4E8C\u4E09"));
        assertEquals("人民", Normalizer.normalize("\u2F08民"));
        // U+F907 is a compatibility form of 龜, which then simplifies to 龟
        assertEquals("龟", Normalizer.normalize("\uF907"));
    }

    @Test
    void foldsRadicalSupplementFormsOfWholeCharacters() {
        assertEquals("长门县人民政府", Normalizer.normalize("\u2ED3\u2ED4县\u2F08\u2EA0政府"));
        assertEquals("见马车鱼", Normalizer.normalize("\u2EC5\u2EE2\u2ECB\u2EE5"));
        assertEquals("\u2EA1", Normalizer.normalize("\u2EA1"), "a bare component (氵) stands for no character");
    }

    @Test
    void unifiesQuotes() {
        assertEquals("按照\"公开为常态,不公开为例外\"原则", Normalizer.normalize("按照“公開為常態，不公開為例外”原則"));
        assertEquals("'甲'\"乙\"\"丙\"", Normalizer.normalize("‘甲’〝乙〞＂丙＂"));
        assertEquals("危及\"三安全一稳定\"", Normalizer.normalize("危及“三安全一稳定”"));
    }

    @Test
    void keepsEnumerationCommaAndFullStop() {
        assertEquals("规章、规范性文件。", Normalizer.normalize("规章、规范性文件。"));
    }

    @Test
    void convertsTraditionalToSimplified() {
        assertEquals("信息内容本年制发件数", Normalizer.normalize("信息內容本年制發件數"));
        assertEquals("行政事业性收费", Normalizer.normalize("行政事業性收費"));
        assertEquals("本年收费金额(单位:万元)", Normalizer.normalize("本年收費金額（單位：萬元）"));
    }

    @Test
    void takesOutPinyinInEitherBracketWidthAndNothingElse() {
        assertEquals("鎮政府", Normalizer.withoutPinyin("鎮(zhèn)政(zheng)(zheng)府(fu)"));
        assertEquals("規章１００", Normalizer.withoutPinyin("規（guī）章（zhāng）１００"));
        assertEquals("(一)予以公开(单位:万元)", Normalizer.withoutPinyin("(一)予以公开(单位:万元)"), "real brackets stay");
    }

    @Test
    void simplifiesCharacterByCharacterKeepingEveryPosition() {
        String raw = "行政複議（zhèn）結果維持 ０";
        String simplified = Normalizer.simplifiedCharacters(raw);
        assertEquals("行政复议（zhèn）结果维持 ０", simplified);
        assertEquals(raw.length(), simplified.length());
        String plain = "信息内容";
        assertSame(plain, Normalizer.simplifiedCharacters(plain), "simplified text is returned as it is");
    }

    @Test
    void simplifiesWholeWordsOnceSpacesAreGone() {
        assertEquals("了然", Normalizer.normalize("瞭 然"));
        assertEquals("一目了然", Normalizer.normalize("一目瞭(liǎo)然"));
    }

    @Test
    void readsPinyinWrittenWithCombiningToneMarks() {
        assertEquals("镇", Normalizer.normalize("鎮(zhe\u0300n)"));
    }

    @Test
    void leavesSimplifiedTextAsItIs() {
        String text = "2022年共公开政府信息82条。其中,政策文件28条,显著提高,乾坤,著作";
        assertEquals(text, Normalizer.normalize(text));
    }

    @Test
    void normalisesTheSeedReport() {
        assertEquals("一、总体情况", Normalizer.normalize("一、總體情況"));
        assertEquals("2022年以来,石子镇党委、镇政府高度重视政务公开工作,按照\"公开为常态,不公开为例外\"原则,"
                + "主动公开政府信息,做到\"应公开、尽公开\"。",
            Normalizer.normalize("2022 年以來,石子鎮(zhèn)黨委、鎮(zhèn)政府高度重視政務(wù)公開工作,"
                + "按照“公開為常態(tài),不公開為例外”原則,主動公開政府信息,做到“應(yīng)公開、盡公開”。"));
        assertEquals("把政务公开与政府各项工作联系起来,紧紧围绕全镇经济社会发展",
            Normalizer.normalize("把政務(wù)公開與政府各項工作聯(lián)系起來, 緊緊圍繞全鎮(zhèn)經(jīng)濟社會發(fā)展"));
        assertEquals("(一)主动公开", Normalizer.normalize("( 一 ) 主動公開"));
        assertEquals("其中,政策文件信息28条,工作动态39条",
            Normalizer.normalize("其中,政策文件信息28 條,工作動態(tài)39條"));
        assertEquals("2022年,石子镇人民政府未收到政府信息公开申请。",
            Normalizer.normalize("2022 年,石子鎮(zhèn)人民政府未收到政府信息公開申請。"));
        assertEquals("(四)政府信息公开平台建设", Normalizer.normalize("( 四 ) 政府信息公開平臺建設(shè)"));
    }

    @Test
    void normalisesTheSeedTableLabels() {
        assertEquals("规章", Normalizer.label("規(guī) 章"));
        assertEquals("本年收费金额(单位:万元)", Normalizer.label("本年收費金額(單位:萬元)"));
        assertEquals("一、本年新收政府信息公开申请数量", Normalizer.label("一、本年新收政府信息公開申請數(shù)量"));
        assertEquals("二、上年结转政府信息公开申请数量", Normalizer.label("二、上年結(jié)轉(zhuǎn)政府信息公開申請數(shù)量"));
        assertEquals("科研机构", Normalizer.label("科研機構(gòu)"));
    }

    @Test
    void labelRemovesAllWhiteSpace() {
        assertEquals("商业企业", Normalizer.label("商业 企业"));
        assertEquals("法人或其他组织", Normalizer.label(" 法人或 其他 组织 "));
        assertEquals("OA系统", Normalizer.label("OA 系统"));
    }

    @Test
    void reportsPinyinAnnotations() {
        assertTrue(Normalizer.hasPinyinAnnotations("石子鎮(zhèn)黨委"));
        assertTrue(Normalizer.hasPinyinAnnotations("政(zheng)(zheng)府"));
        assertTrue(Normalizer.hasPinyinAnnotations("鎮（zhèn）"));
        assertFalse(Normalizer.hasPinyinAnnotations("石子镇党委"));
        assertFalse(Normalizer.hasPinyinAnnotations("石子鎮黨委"));
        assertFalse(Normalizer.hasPinyinAnnotations("(zhen)"));
    }
}
