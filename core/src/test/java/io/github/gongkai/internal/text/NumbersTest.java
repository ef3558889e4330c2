package io.github.gongkai.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.internal.text.CellNumber.Kind;
import java.math.BigDecimal;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "0|0",
        "12|12",
        "1,234|1234",
        "1，234|1234",
        "12,345,678|12345678",
        "12.5|12.5",
        "12.50|12.50",
        "0.35|0.35",
        "-3|-3",
        "－3|-3",
        "\u22123|-3",
        "+2|2",
        "１２|12",
        "１，２３４．５|1234.5",
        "  7  |7",
        "\u30007\u3000|7",
        "5件|5",
        "5 件|5",
        "82条|82",
        "3.5万元|3.5",
        "3.5萬元|3.5",
        "4个|4",
        "6项|6",
        "2起|2",
        "9次|9",
        "0（件）|0",
        "12 (件)|12",
        "3.5(万元)|3.5",
        "3*|3",
        "534 ＊|534",
        "12※|12",
        "6件*|6",
        "1 234|1234",
        "12 345 678|12345678",
    })
    void readsNumbers(String text, String expected) {
        CellNumber cell = Numbers.parseCell(text);
        assertEquals(Kind.NUMBER, cell.kind());
        assertEquals(new BigDecimal(expected), cell.value());
    }

    /** Plain digits are read without the expression; they keep its value and scale, however many there are. */
    @ParameterizedTest
    @ValueSource(strings = {"0", "007", "123456789012345678", "1234567890123456789", "99999999999999999999999"})
    void plainDigitsReadAsTheExpressionReadsThem(String digits) {
        BigDecimal value = Numbers.parseDecimal(digits);
        assertEquals(new BigDecimal(digits), value);
        assertEquals(new BigDecimal(digits).toString(), value.toString());
        assertNull(Numbers.parseDecimal("属于国家秘密"));
        assertNull(Numbers.parseDecimal(""));
    }

    @ParameterizedTest(name = "\"{0}\" → {1} {2}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "251000元|251000|元",
        "75394432.52元|75394432.52|元",
        "12.5万元|12.5|万元",
        "12.5萬元|12.5|万元",
        "3 亿元|3|亿元",
        "3,985,758|3985758|",
        "1853件|1853|件",
        "20 场|20|场",
        "１２场|12|场",
        "5人次|5|人次",
        "7 宗|7|宗",
        "0(件)|0|件",
        "0（件）|0|件",
        "3(元)|3|元",
        "0.00|0.00|",
        "０|0|",
        "6件*|6|件",
    })
    void keepsTheUnitANumberIsWrittenWith(String text, String value, String unit) {
        assertEquals(CellNumber.of(new BigDecimal(value), unit == null ? "" : unit), Numbers.parseCell(text));
    }

    @Test
    void recognisedCountGroupedByPeriodsIsGroupedByThousands() {
        assertEquals(new BigDecimal("6090"), Numbers.readRecognizedCount("6.090").value());
        assertEquals(new BigDecimal("1234567"), Numbers.readRecognizedCount("1.234.567").value());
        assertEquals(new BigDecimal("6090"), Numbers.readRecognizedCount("6,090").value());
        assertEquals(new BigDecimal("6.09"), Numbers.readRecognizedCount("6.09").value(), "not a group of three");
        assertEquals(new BigDecimal("6.090"), Numbers.parseCount("6.090").value(), "text as written stays as typed");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"3.5万元", "200元", "3(元)", "1亿元", "3.5万"})
    void countCellWrittenInMoneyIsNotACount(String text) {
        assertEquals(Kind.UNREADABLE, Numbers.parseCount(text).kind());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"5件", "12场", "3次"})
    void moneyCellWrittenInCountsIsNotAnAmount(String text) {
        assertEquals(Kind.UNREADABLE, Numbers.parseAmount(text).kind());
    }

    @ParameterizedTest
    @CsvSource({"本年收费金额(单位:元), 元", "本年收费金额(单位:万元), 万元", "采购总金额(万元), 万元", "本年收费金额, ''",
        "本年处理决定数量, ''"})
    void headerDeclaresTheUnitOfItsMoneyColumn(String header, String unit) {
        assertEquals(unit, Numbers.declaredMoneyUnit(header));
    }

    @Test
    void tenThousandWrittenWithoutYuanIsTheSameUnitAsTenThousandYuan() {
        assertTrue(Numbers.sameMoneyUnit("万", "万元"));
        assertFalse(Numbers.sameMoneyUnit("元", "万元"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "\u3000", "/", "／", "-", "--", "—", "——", "–", "－", "\\", "＼", "无", "無",
        "空", "暂无", "×", "— —", "-/-"})
    void readsMarksOfNothingAsNotReported(String text) {
        assertEquals(CellNumber.NOT_REPORTED, Numbers.parseCell(text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"详见附件", "12a", "a12", "3 0", "1 2 3", "1,2", "12,34", "1,2345", "1.2.3", "12%",
        "(3)", "3-4", "件", "1 234,567", "++2", "5 元 6", "0x10", "一", "*", "(件)", "元", "3万件", "3 0件"})
    void readsEverythingElseAsUnreadable(String text) {
        CellNumber cell = Numbers.parseCell(text);
        assertEquals(Kind.UNREADABLE, cell.kind());
        assertNull(cell.value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"826.09 萬", "１２３", "3.5万元", "1,234件", "—", "無", "12※", "", "五", "826.09万"})
    void readingNormalisedTextGivesWhatParsingTheRawTextGives(String raw) {
        String normal = Normalizer.normalize(raw);
        assertEquals(Numbers.parseCell(raw), Numbers.readCell(normal));
        assertEquals(Numbers.parseAmount(raw), Numbers.readAmount(normal));
        assertEquals(Numbers.parseCount(raw), Numbers.asCount(Numbers.readCell(normal)));
    }

    @ParameterizedTest
    @CsvSource({"826.09万, 826.09", "826.09万元, 826.09", "826.09 萬, 826.09", "12, 12", "0.5, 0.5"})
    void moneyCellInTenThousandYuanReadsTheColumnsUnitAfterTheNumber(String text, String expected) {
        CellNumber cell = Numbers.parseAmount(text);
        assertEquals(Kind.NUMBER, cell.kind());
        assertEquals(new BigDecimal(expected), cell.value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.5万", "3万件"})
    void countCellWithTenThousandIsNotSilentlyRead(String text) {
        assertEquals(Kind.UNREADABLE, Numbers.parseCell(text).kind());
    }

    @Test
    void zeroIsANumberNotNothing() {
        assertEquals(Kind.NUMBER, Numbers.parseCell("0").kind());
        assertEquals(Kind.NUMBER, Numbers.parseCell("０").kind());
    }

    @Test
    void cellNumberHoldsAValueExactlyForNumbers() {
        assertThrows(IllegalArgumentException.class, () -> new CellNumber(Kind.NUMBER, null));
        assertThrows(IllegalArgumentException.class, () -> new CellNumber(Kind.UNREADABLE, BigDecimal.ONE));
        assertThrows(NullPointerException.class, () -> Numbers.parseCell(null));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "零|0",
        "〇|0",
        "一|1",
        "两|2",
        "九|9",
        "十|10",
        "十二|12",
        "二十|20",
        "二十三|23",
        "一百|100",
        "一百零五|105",
        "一百一十|110",
        "一百十|110",
        "一百五|150",
        "一千零五十|1050",
        "两千零二十二|2022",
        "三万|30000",
        "三万五|35000",
        "三万五千|35000",
        "三万零五|30005",
        "十万|100000",
        "一千万|10000000",
        "一亿|100000000",
        "一亿二千万|120000000",
        "一万亿|1000000000000",
        "二〇二二|2022",
        "二○二二|2022",
        "二零二二|2022",
        "一九九八|1998",
        "1.2万|12000",
        "3万|30000",
        "3万5千|35000",
        "1亿2000万|120000000",
        "1,234|1234",
        "１２３|123",
        "2022|2022",
        "12.0|12",
        "两萬|20000",
        "壹佰贰拾|120",
        " 十 二 |12",
    })
    void readsChineseIntegers(String text, long expected) {
        assertEquals(OptionalLong.of(expected), Numbers.parseChineseInteger(text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "万", "百", "第三", "二〇二二年", "十十", "十百", "一二十", "12.5", "1.23456万", "1,2",
        "-3", "三五万万", "一亿亿", "abc", "九九九九九九九九九九九九九九九九九九九九九九", "五零万"})
    void rejectsWhatIsNoWholeNumber(String text) {
        assertEquals(OptionalLong.empty(), Numbers.parseChineseInteger(text));
    }
}
