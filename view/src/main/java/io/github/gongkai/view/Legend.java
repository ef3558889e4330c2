package io.github.gongkai.view;

import io.github.gongkai.model.Language;
import io.github.gongkai.model.Value;
import java.util.Arrays;
import java.util.Optional;

/**
 * What happened to a cell, as the page colours it. A cell has one state (its background) and, where its number
 * was not read as written, a reading (its border); a reading of {@link Value.Reading} is shown by the entry of
 * the same name, so a new way of reading needs one line here.
 */
enum Legend {
    FAILING(Kind.STATE, "Part of a failing identity", "所在勾稽关系不成立"),
    FLAGGED(Kind.STATE, "Flagged (warning)", "有警告"),
    UNREADABLE(Kind.STATE, "Unreadable", "无法识别"),
    NOT_REPORTED(Kind.STATE, "Not reported", "未填报"),
    ABSENT(Kind.STATE, "Absent from the report", "报告中没有"),
    READ(Kind.STATE, "Read, no check fails on it", "已读取，无不通过的校验"),
    RECONSTRUCTED(Kind.READING, "Reconstructed from glued digits", "由粘连数字还原"),
    PROOFREAD(Kind.READING, "Another recognised reading, chosen by the identities", "依勾稽关系选定的另一识别结果");

    /** Whether an entry is a cell's background or its border. */
    enum Kind { STATE, READING }

    final Kind kind;
    private final String english;
    private final String chinese;

    Legend(Kind kind, String english, String chinese) {
        this.kind = kind;
        this.english = english;
        this.chinese = chinese;
    }

    /** The CSS class of the entry, such as {@code m-not-reported}. */
    String css() {
        return "m-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    String in(Language language) {
        return language == Language.ZH ? chinese : english;
    }

    /** The state of a value, given what the checks found about its cell. */
    static Legend state(Value value, boolean failing, boolean flagged) {
        if (value.state() == Value.State.ABSENT) {
            return ABSENT;
        }
        if (failing) {
            return FAILING;
        }
        if (flagged) {
            return FLAGGED;
        }
        return switch (value.state()) {
            case UNREADABLE -> UNREADABLE;
            case NOT_REPORTED -> NOT_REPORTED;
            default -> READ;
        };
    }

    /** The entry showing how a value was read, empty for a number read as written. */
    static Optional<Legend> reading(Value.Reading reading) {
        return Arrays.stream(values()).filter(entry -> entry.kind == Kind.READING && entry.name().equals(reading.name()))
                .findFirst();
    }
}
