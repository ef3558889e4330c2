package io.github.gongkai.internal.check;

import io.github.gongkai.document.Origin;
import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Check;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Message;
import io.github.gongkai.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the rules found so far: anomalies and the outcome of each identity, keeping only those of the codes
 * the caller asked for.
 */
final class Findings {
    private final Set<AnomalyCode> codes;
    private final List<Anomaly> anomalies = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();

    /** Findings of every code. */
    Findings() {
        this(EnumSet.allOf(AnomalyCode.class));
    }

    /** Findings of these codes only; the rest are dropped as they are found. */
    Findings(Set<AnomalyCode> codes) {
        this.codes = Set.copyOf(codes);
    }

    List<Anomaly> anomalies() {
        return anomalies;
    }

    List<Check> checks() {
        return checks;
    }

    void add(Anomaly anomaly) {
        if (codes.contains(anomaly.code())) {
            anomalies.add(anomaly);
        }
    }

    /** Whether an anomaly of this code was already found for the same cell. */
    boolean has(AnomalyCode code, Location location) {
        return anomalies.stream().anyMatch(anomaly -> anomaly.code() == code
                && anomaly.location().table().equals(location.table()) && anomaly.location().row().equals(location.row())
                && anomaly.location().column().equals(location.column()));
    }

    /** Records the outcome of an identity whose failure raises {@code code}, unless that code is not wanted. */
    void check(AnomalyCode code, String id, Check.Outcome outcome, Location location) {
        if (codes.contains(code)) {
            checks.add(new Check(id, outcome, location));
        }
    }

    /**
     * Checks that the left-hand values add up to the right-hand ones, records the outcome, and raises an
     * anomaly where they do not. Not assessable where any value was not reported.
     *
     * @param expected the side whose sum the identity requires (the parts)
     * @param actual   the side the report states (the total)
     */
    void identity(String id, AnomalyCode code, Message message, Location location, List<Value> expected,
                  List<Value> actual) {
        if (!allReported(expected) || !allReported(actual)) {
            check(code, id, Check.Outcome.NOT_ASSESSABLE, location);
            return;
        }
        BigDecimal want = sum(expected);
        BigDecimal have = sum(actual);
        if (want.compareTo(have) == 0) {
            check(code, id, Check.Outcome.PASS, location);
            return;
        }
        check(code, id, Check.Outcome.FAIL, location);
        Message failed = withNumbers(message, want, have);
        if (recognized(expected) || recognized(actual)) {
            // Misread digits rather than the report's own error may be the cause: the reader should know which.
            failed = new Message(failed.english() + " (the values were recognised from a scanned image: OCR)",
                    failed.chinese() + "(数值系由扫描图像识别所得)");
        }
        add(Anomaly.arithmetic(code, failed, location, want, have));
    }

    private static boolean recognized(List<Value> values) {
        return values.stream().anyMatch(value -> value.origin() instanceof Origin.Recognized);
    }

    /** The message followed by the numbers an identity wants and finds. */
    static Message withNumbers(Message message, BigDecimal want, BigDecimal have) {
        return new Message(message.english() + ": expected " + want.toPlainString() + ", found " + have.toPlainString(),
                message.chinese() + ":应为" + want.toPlainString() + ",实为" + have.toPlainString());
    }

    private static boolean allReported(List<Value> values) {
        return values.stream().allMatch(Value::isReported);
    }

    private static BigDecimal sum(List<Value> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Value value : values) {
            sum = sum.add(value.number().orElseThrow());
        }
        return sum;
    }
}
