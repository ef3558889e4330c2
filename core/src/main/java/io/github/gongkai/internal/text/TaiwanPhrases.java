package io.github.gongkai.internal.text;

import com.github.houbb.opencc4j.support.data.impl.OpenccDatas;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Taiwan phrasing read back to the mainland words of the template. Sites that serve pages through a
 * converter to traditional characters with Taiwan phrasing replace whole words (文件 → 檔案, 门户网站 →
 * 入口網站, 信息 → 資訊, 优化 → 最佳化); converting the characters back alone leaves 档案 where the template says
 * 文件. The replacements are opencc4j's own (its Taiwan phrase table, reversed), applied longest phrase first,
 * and only on text that holds traditional characters ({@link Simplifier}): a simplified 档案 is a word of its
 * own.
 *
 * <p>Only the Taiwan words of {@link #WORDS} and opencc4j's phrases built on them are read back. Most of the
 * table's other Taiwan words are ordinary mainland words too (建立 for 创建, 文字 for 文本, 互動 for 交互), and
 * reading them back would change a report's own words.
 */
final class TaiwanPhrases {
    /** The Taiwan words that replace words of disclosure reports and mean something else on the mainland. */
    private static final List<String> WORDS = List.of(
            "檔案", "入口網站", "資訊", "最佳化", "軟體", "網路", "資料", "程式", "列印", "影片", "專案");

    /**
     * Compounds in which the Taiwan spelling is the mainland word itself and stays (国家档案馆 is no 文件馆):
     * their characters are simplified as they are.
     */
    private static final Set<String> KEPT = Set.of("檔案館", "檔案局", "檔案室", "檔案資料");

    private static final Map<String, String> PHRASES = build();
    private static final int LONGEST = PHRASES.keySet().stream().mapToInt(String::length).max().orElse(1);
    /** The characters a phrase starts with: positions at any other character are passed over at once. */
    private static final BitSet STARTS = new BitSet(0x10000);

    static {
        PHRASES.keySet().forEach(phrase -> STARTS.set(phrase.charAt(0)));
    }

    private TaiwanPhrases() {
    }

    /**
     * Taiwan phrase → mainland phrase: the phrases of opencc4j's Taiwan table that hold one of {@link #WORDS},
     * without those that are mainland words of the table themselves (文档 is written 文件 in Taiwan, but a 文件
     * is the mainland's word first).
     */
    private static Map<String, String> build() {
        Map<String, List<String>> general = OpenccDatas.tsPhrase().data().getDataMap();
        Map<String, List<String>> taiwanTable = OpenccDatas.twTsPhrase().data().getDataMap();
        Set<String> mainlandWords = new HashSet<>();
        taiwanTable.forEach((taiwan, mainland) -> {
            if (!general.containsKey(taiwan)) {
                mainlandWords.addAll(mainland);
            }
        });
        Map<String, String> phrases = new HashMap<>();
        taiwanTable.forEach((taiwan, mainland) -> {
            if (!general.containsKey(taiwan) && !mainlandWords.contains(taiwan) && !mainland.isEmpty()
                    && WORDS.stream().anyMatch(taiwan::contains)) {
                phrases.put(taiwan, mainland.get(0)); // opencc4j uses the first candidate
            }
        });
        KEPT.forEach(phrase -> phrases.put(phrase, phrase));
        return Map.copyOf(phrases);
    }

    /** The text with every Taiwan phrase replaced, longest first; the same instance when there is none. */
    static String revert(String text) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            if (!STARTS.get(text.charAt(i))) {
                i++;
                continue;
            }
            int end = Math.min(text.length(), i + LONGEST);
            String mainland = null;
            for (; end > i + 1; end--) {
                mainland = PHRASES.get(text.substring(i, end));
                if (mainland != null) {
                    break;
                }
            }
            if (mainland == null) {
                i++;
                continue;
            }
            if (!mainland.equals(text.substring(i, end))) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, i).append(mainland);
                copied = end;
            }
            i = end;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }
}
