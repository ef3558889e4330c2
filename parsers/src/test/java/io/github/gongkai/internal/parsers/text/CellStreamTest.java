package io.github.gongkai.internal.parsers.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows rebuilt from one cell per line, where a text cell stands among the values. */
class CellStreamTest {

    @Test
    void textAmongValuesStaysInItsRowWhereRowsAgreeOnTheirCount() {
        List<List<String>> rows = read(
                "自然人", "总计",
                "一、本年新收", "1", "2", "详见附件", "4", "5", "6", "7",
                "二、上年结转", "详见附件", "2", "3", "4", "5", "6", "7",
                "(一)予以公开", "1", "2", "3", "4", "5", "6", "详见附件",
                "(二)部分公开", "1", "2", "3", "4", "5", "6", "7",
                "(三)不予公开", "1.属于国家秘密", "1", "2", "3", "4", "5", "6", "7",
                "(七)总计", "1", "2", "3", "4", "5", "6", "7");

        assertEquals(List.of(
                List.of("自然人", "总计"),
                List.of("一、本年新收", "1", "2", "详见附件", "4", "5", "6", "7"),
                List.of("二、上年结转", "详见附件", "2", "3", "4", "5", "6", "7"),
                List.of("(一)予以公开", "1", "2", "3", "4", "5", "6", "详见附件"),
                List.of("(二)部分公开", "1", "2", "3", "4", "5", "6", "7"),
                List.of("(三)不予公开", "1.属于国家秘密", "1", "2", "3", "4", "5", "6", "7"),
                List.of("(七)总计", "1", "2", "3", "4", "5", "6", "7")), rows);
    }

    @Test
    void aWrappedLabelWithAFullRowOfValuesStaysALabel() {
        List<List<String>> rows = read(
                "一、本年新收", "1", "2", "3",
                "(二)部分公开(区分处理的,只计这一情", "形,不计其他情形)", "1", "2", "3",
                "(七)总计", "1", "2", "3");

        assertEquals(List.of("(二)部分公开(区分处理的,只计这一情", "形,不计其他情形)", "1", "2", "3"), rows.get(1));
    }

    @Test
    void groupsOfDifferentWidthsKeepTheirHeaders() {
        List<List<String>> rows = read(
                "第二十条第(一)项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数",
                "规章", "1", "0", "5",
                "第二十条第(五)项", "信息内容", "本年处理决定数量",
                "行政许可", "12");

        assertEquals(List.of(
                List.of("第二十条第(一)项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
                List.of("规章", "1", "0", "5"),
                List.of("第二十条第(五)项", "信息内容", "本年处理决定数量"),
                List.of("行政许可", "12")), rows);
    }

    private static List<List<String>> read(String... cells) {
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            tokens.add(new Token(cells[i], i + 1));
        }
        List<CellStream.Piece> pieces = CellStream.read(tokens, true);
        assertEquals(1, pieces.size());
        return pieces.get(0).rows().stream().map(r -> r.stream().map(Token::text).toList()).toList();
    }
}
