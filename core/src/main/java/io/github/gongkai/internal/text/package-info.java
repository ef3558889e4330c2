/**
 * Text normalisation: one form for the text of reports whatever the source did to it (pinyin
 * annotations, traditional characters, full-width forms, Kangxi radicals, stray spaces), and numbers read
 * from table cells and from Chinese numerals. Entry points: {@link io.github.gongkai.internal.text.Normalizer} and
 * {@link io.github.gongkai.internal.text.Numbers}.
 */
package io.github.gongkai.internal.text;
