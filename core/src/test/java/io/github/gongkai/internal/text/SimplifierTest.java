package io.github.gongkai.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.houbb.opencc4j.support.data.impl.OpenccDatas;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimplifierTest {

    @Test
    void everyCharacterThatIsNoTriggerIsLeftAsItIsByOpencc4j() {
        List<String> changed = new ArrayList<>();
        for (char c = 0x80; c < 0xFFFF; c++) {
            String one = String.valueOf(c);
            if (!Character.isSurrogate(c) && !Simplifier.mayChange(one) && !ZhConverterUtil.toSimple(one).equals(one)) {
                changed.add(one);
            }
        }
        assertEquals(List.of(), changed);
    }

    @Test
    void everyPhraseOpencc4jChangesHoldsATrigger() {
        OpenccDatas.tsPhrase().data().getDataMap().forEach((from, to) -> {
            if (!to.get(0).equals(from)) {
                assertTrue(Simplifier.mayChange(from), from);
            }
        });
    }

    @Test
    void simplifiedTextIsReturnedAsItIs() {
        String text = "本年度所有的信息均是主动公开的信息,且信息内容全面、不涉密,公开时间及时。乾坤 著作 显著";
        assertSame(text, Simplifier.simplify(text));
        String ascii = "Open Government Information 2022";
        assertSame(ascii, Simplifier.simplify(ascii));
    }

    @Test
    void convertsEveryTraditionalPhraseAsOpencc4jsOwnSegmenterDoes() {
        List<String> different = new ArrayList<>();
        OpenccDatas.tsPhrase().data().getDataMap().keySet().forEach(phrase -> {
            // After punctuation: opencc4j's own segmenter, which also matches simplified phrases, leaves 濛
            // and 藉 unconverted in 於八濛山 and 在出醜狼藉, where the simplifier converts the phrase.
            String text = phrase + "。" + phrase + ",";
            String ours = Simplifier.simplify(text);
            String theirs = untilFixed(text);
            if (!ours.equals(theirs)) {
                different.add(ours + " ≠ " + theirs);
            }
        });
        assertEquals(List.of(), different);
    }

    /** opencc4j with its own segmenter, applied until nothing changes, as the simplifier does. */
    private static String untilFixed(String text) {
        String current = text;
        for (int round = 0; round < 3; round++) {
            String next = ZhConverterUtil.toSimple(current);
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        return current;
    }

    @Test
    void convertsTraditionalText() {
        assertEquals("政府信息公开申请数量", Simplifier.simplify("政府信息公開申請數量"));
        assertEquals("一目了然", Simplifier.simplify("一目瞭然"));
    }

    @Test
    void readsTaiwanPhrasingBackToTheMainlandWords() {
        assertEquals("行政规范性文件", Simplifier.simplify("行政規範性檔案"));
        assertEquals("通过政府门户网站主动公开政府信息", Simplifier.simplify("通過政府入口網站主動公開政府資訊"));
        assertEquals("持续优化网络平台,升级软件,提供打印服务", Simplifier.simplify("持續最佳化網路平臺,升級軟體,提供列印服務"));
        assertEquals("重大建设项目的数据,发布程序,视频解读", Simplifier.simplify("重大建設專案的資料,發布程式,影片解讀"));
    }

    @Test
    void leavesMainlandWordsAndArchivesAsTheyAre() {
        assertSame("档案管理", Simplifier.simplify("档案管理"));
        assertEquals("在县档案馆设立查阅点", Simplifier.simplify("在縣檔案館設立查閱點"));
        // Without a traditional character, a text is not a Taiwan conversion, however it is worded.
        assertSame("持续最佳化", Simplifier.simplify("持续最佳化"));
        // Taiwan words that are mainland words as well stay the report's own.
        assertEquals("建立台账,以文字、图片互动", Simplifier.simplify("建立臺賬,以文字、圖片互動"));
    }

    @Test
    void reachesAFixedPointForTwoStepMappings() {
        Map<String, List<String>> phrases = OpenccDatas.tsPhrase().data().getDataMap();
        Map<String, List<String>> characters = OpenccDatas.tsChar().data().getDataMap();
        for (Map<String, List<String>> dictionary : List.of(phrases, characters)) {
            dictionary.forEach((from, to) -> {
                String once = Simplifier.simplify(from);
                assertEquals(once, Simplifier.simplify(once), from);
            });
        }
        assertEquals("苎", Simplifier.simplify("薴"));
        assertEquals("于则", Simplifier.simplify("於則"));
    }

    @Test
    void replacementsAreNormalisedChineseText() {
        OpenccDatas.tsChar().data().getDataMap().values().forEach(to -> {
            String first = to.get(0);
            assertEquals(java.text.Normalizer.normalize(first, Form.NFKC), first);
            first.codePoints().forEach(cp -> assertTrue(Characters.isHan(cp), first));
        });
    }
}
