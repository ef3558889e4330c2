package io.github.gongkai.internal.check;

import io.github.gongkai.model.Anomaly;
import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Check;
import io.github.gongkai.model.Location;
import io.github.gongkai.model.Message;
import io.github.gongkai.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What the rules found so far: anomalies and the outcome of each identity. */
final class Findings {
    final List<Anomaly> anomalies = new ArrayList<>();
    final List<Check> checks = new ArrayList<>();

    void add(Anomaly anomaly) {
        anomalies.add(anomaly);
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
            checks.add(new Check(id, Check.Outcome.NOT_ASSESSABLE, location));
            return;
        }
        BigDecimal want = sum(expected);
        BigDecimal have = sum(actual);
        if (want.compareTo(have) == 0) {
            checks.add(new Check(id, Check.Outcome.PASS, location));
            return;
        }
        checks.add(new Check(id, Check.Outcome.FAIL, location));
        anomalies.add(Anomaly.arithmetic(code, withNumbers(message, want, have), location, want, have));
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
