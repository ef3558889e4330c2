package io.github.gongkai.internal.check;

import java.util.regex.Pattern;

/**
 * Template text a report left unfilled: XX, ××, X月X日, (此处填写), and the prompts Word shows in an empty
 * content control (单击或点击此处输入文字。, Click here to enter text., 选择一项。) where a copy kept them as text.
 * XX followed by a digit is part of a code (QHX-2022-XX01), not left to fill; 20XX年 still is.
 */
final class Placeholders {
    /** Common surnames: 王XX, 李×× is a name masked on purpose, as case accounts do, not a blank. */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪";
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?<![A-Za-z" + SURNAMES + "])(?:[Xx]{2,}(?![A-Za-z0-9])|×{2,}(?![A-Za-z]))"
                    + "|(?<![A-Za-z])[X×]{1,2}(?:年|月|日|件|条)"
                    + "|[(【\\[][^)】\\]]{0,12}填写[^)】\\]]{0,12}[)】\\]]"
                    + "|(?:单击|点击|单击或点击|单击或轻触)(?:此处|这里|以)?输入(?:文字|文本|日期)"
                    + "|(?i:click (?:or tap )?here to enter (?:text|a date)|choose an item)"
                    + "|选择一项");

    /** A character every placeholder holds, to pass over other text quickly. */
    private static final Pattern MARKS = Pattern.compile("[Xx×填击触选Cc]");

    private Placeholders() {
    }

    /** Whether the text holds a placeholder. */
    static boolean in(String text) {
        return MARKS.matcher(text).find() && PLACEHOLDER.matcher(text).find();
    }
}
