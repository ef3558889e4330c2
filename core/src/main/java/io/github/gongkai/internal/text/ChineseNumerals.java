package io.github.gongkai.internal.text;

import java.math.BigDecimal;
import java.util.OptionalLong;

/**
 * Whole numbers in Chinese numerals, alone or mixed with Arabic digits. Two ways of writing them:
 * digit by digit ({@code 二〇二二}, as years are written) and with units ({@code 两千零二十二}, {@code 1.2万}).
 * Traditional and financial forms (萬 億 兩, 壹 贰 拾 佰 仟) read as their plain forms.
 */
final class ChineseNumerals {
    /** Longer text is no numeral a report writes; the cap keeps arithmetic on hostile input small. */
    private static final int MAX_LENGTH = 40;
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

    private ChineseNumerals() {
    }

    /**
     * The number the text writes, or empty.
     *
     * @param folded text after {@link Folding#fold(String)}: ASCII digits, single spaces
     */
    static OptionalLong parse(String folded) {
        String text = folded.replace(" ", "");
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            return OptionalLong.empty();
        }
        BigDecimal value = digitByDigit(text) ? bySequence(text) : new Units().read(text);
        if (value == null || value.signum() < 0) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(value.longValueExact());
        } catch (ArithmeticException notWholeOrTooLarge) {
            return OptionalLong.empty();
        }
    }

    /** Value of a Chinese digit, or -1. */
    static int digit(char c) {
        return switch (c) {
            case '零', '〇', '○' -> 0;
            case '一', '壹' -> 1;
            case '二', '两', '兩', '贰', '貳' -> 2;
            case '三', '叁', '參' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆', '陸' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }

    /** Value of a unit within a group of four digits (十 百 千), or 0. */
    static int smallUnit(char c) {
        return switch (c) {
            case '十', '拾' -> 10;
            case '百', '佰' -> 100;
            case '千', '仟' -> 1000;
            default -> 0;
        };
    }

    private static boolean digitByDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (digit(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal bySequence(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            digits.append((char) ('0' + digit(text.charAt(i))));
        }
        return new BigDecimal(digits.toString());
    }

    /**
     * Reads numerals with units, left to right: a digit or an Arabic number waits for its unit; 十 百 千
     * add to the current group of four; 万 and 亿 close the groups below them. A single digit right after a
     * unit, with no 零 between, counts in the next lower unit, as speech has it: 三万五 is 35000, 一百五
     * is 150, while 一百零五 is 105.
     */
    private static final class Units {
        private BigDecimal done = BigDecimal.ZERO;      // groups closed by 亿
        private BigDecimal tenThousands = BigDecimal.ZERO; // the group closed by 万
        private BigDecimal group = BigDecimal.ZERO;     // the current group of four digits
        private BigDecimal pending;                     // a number still waiting for its unit
        private boolean pendingSingleDigit;
        private int lastUnit;                           // the unit just read, 0 after a number or 零
        private int lastSmallUnit;                      // the last of 十 百 千 in the current group
        private boolean zero;
        private boolean sawTenThousand;
        private boolean sawHundredMillion;

        BigDecimal read(String text) {
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    int end = arabicEnd(text, i);
                    BigDecimal arabic = Numbers.parseDecimal(text.substring(i, end));
                    if (arabic == null || !number(arabic, end - i == 1)) {
                        return null;
                    }
                    i = end;
                    continue;
                }
                boolean read;
                if (digit(c) == 0) {
                    read = pending == null;
                    zero = true;
                    lastUnit = 0;
                } else if (digit(c) > 0) {
                    read = number(BigDecimal.valueOf(digit(c)), true);
                } else if (smallUnit(c) > 0) {
                    read = small(smallUnit(c));
                } else if (c == '万' || c == '萬') {
                    read = tenThousand();
                } else if (c == '亿' || c == '億') {
                    read = hundredMillion();
                } else {
                    read = false;
                }
                if (!read) {
                    return null;
                }
                i++;
            }
            return done.add(tenThousands).add(group).add(trailing());
        }

        private static int arabicEnd(String text, int from) {
            int end = from;
            while (end < text.length() && "0123456789,.".indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            return end;
        }

        private boolean number(BigDecimal value, boolean singleDigit) {
            if (pending != null) {
                return false; // two numbers with no unit between
            }
            pending = value;
            pendingSingleDigit = singleDigit && !zero && lastUnit > 0;
            return true;
        }

        /** The number left at the end, in the unit below the last one where speech leaves that unit out. */
        private BigDecimal trailing() {
            if (pending == null) {
                return BigDecimal.ZERO;
            }
            return pendingSingleDigit && lastUnit > 10
                ? pending.multiply(BigDecimal.valueOf(lastUnit / 10)) : pending;
        }

        private boolean small(int unit) {
            if (lastSmallUnit != 0 && unit >= lastSmallUnit) {
                return false; // 十 before 百, or 十十
            }
            BigDecimal count = pending;
            if (count == null) {
                if (unit != 10) {
                    return false; // 百 with no digit before it
                }
                count = BigDecimal.ONE; // 十二, 一百一十 written 一百十
            }
            group = group.add(count.multiply(BigDecimal.valueOf(unit)));
            return closeUnit(unit, unit);
        }

        private boolean tenThousand() {
            BigDecimal count = group.add(pending == null ? BigDecimal.ZERO : pending);
            if (sawTenThousand || count.signum() == 0) {
                return false;
            }
            sawTenThousand = true;
            tenThousands = count.multiply(TEN_THOUSAND);
            group = BigDecimal.ZERO;
            return closeUnit(10_000, 0);
        }

        private boolean hundredMillion() {
            BigDecimal count = tenThousands.add(group).add(pending == null ? BigDecimal.ZERO : pending);
            if (sawHundredMillion || count.signum() == 0) {
                return false;
            }
            sawHundredMillion = true;
            sawTenThousand = false;
            done = count.multiply(HUNDRED_MILLION);
            tenThousands = BigDecimal.ZERO;
            group = BigDecimal.ZERO;
            return closeUnit(100_000_000, 0);
        }

        private boolean closeUnit(int unit, int smallUnit) {
            pending = null;
            lastUnit = unit;
            lastSmallUnit = smallUnit;
            zero = false;
            return true;
        }
    }
}
