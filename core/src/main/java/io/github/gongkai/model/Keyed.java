package io.github.gongkai.model;

/** A row, column or item of a report table, with its key in the JSON contract and its template label. */
public interface Keyed {

    /** The key in the JSON contract, such as {@code newlyReceived}. */
    String key();

    /** The label the template prints, such as {@code 一、本年新收政府信息公开申请数量}. */
    String label();
}
