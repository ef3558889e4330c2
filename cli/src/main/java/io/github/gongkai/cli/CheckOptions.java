package io.github.gongkai.cli;

import io.github.gongkai.model.AnomalyCode;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** {@code --skip CODE,...}: anomalies not to look for, such as the many {@code NOT_REPORTED} notes. */
final class CheckOptions {
    @Option(names = "--skip", paramLabel = "CODE", split = ",",
            description = "anomaly codes not to look for, comma-separated (e.g. NOT_REPORTED,MISSING_ROW)")
    private Set<AnomalyCode> skipped = EnumSet.noneOf(AnomalyCode.class);

    /** The codes to look for. */
    Set<AnomalyCode> codes() {
        EnumSet<AnomalyCode> codes = EnumSet.allOf(AnomalyCode.class);
        codes.removeAll(skipped);
        return codes;
    }

    /** A name for this choice, empty when every code is looked for, so that results of other choices are kept apart. */
    String variant() {
        return skipped.isEmpty() ? ""
                : "skip-" + skipped.stream().sorted().map(AnomalyCode::name).collect(Collectors.joining(","));
    }
}
