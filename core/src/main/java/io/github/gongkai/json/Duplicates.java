package io.github.gongkai.cli;

import io.github.gongkai.model.AnomalyCode;
import io.github.gongkai.model.Figures;
import io.github.gongkai.model.Keyed;
import io.github.gongkai.model.Report;
import io.github.gongkai.model.Template;
import io.github.gongkai.model.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds reports that a corpus holds twice: the same bytes under two names ({@code sha256}), or the same
 * report in two files ({@code content}: a web page and its PDF attachment, a mirror's copy), which have the
 * same body, year, template, numbered sections and table values. Of identical bytes, the first name is the
 * original; of the same content, the first name that is not a pinyin-annotated mirror copy.
 */
final class Duplicates {
    private static final Comparator<FileResult> ORIGINAL_FIRST = Comparator
            .comparing((FileResult result) -> isMirror(result.report().orElseThrow()))
            .thenComparing(FileResult::name);

    private Duplicates() {
    }

    /** For each result in order, the copy it duplicates, if any. */
    static List<Optional<FileResult.Duplicate>> find(List<FileResult> results) {
        Map<FileResult, FileResult.Duplicate> duplicates = new IdentityHashMap<>(); // results are big records
        Map<String, FileResult> bySha = new HashMap<>();
        Map<String, List<FileResult>> byContent = new LinkedHashMap<>();
        for (FileResult result : results) {
            if (result.report().isEmpty()) {
                continue;
            }
            FileResult sameBytes = bySha.putIfAbsent(result.sha256(), result);
            if (sameBytes != null) {
                duplicates.put(result, new FileResult.Duplicate(sameBytes.name(), "sha256"));
            } else {
                contentKey(result.report().get())
                        .ifPresent(key -> byContent.computeIfAbsent(key, k -> new ArrayList<>()).add(result));
            }
        }
        for (List<FileResult> copies : byContent.values()) {
            FileResult original = copies.stream().min(ORIGINAL_FIRST).orElseThrow();
            copies.stream().filter(copy -> copy != original)
                    .forEach(copy -> duplicates.put(copy, new FileResult.Duplicate(original.name(), "content")));
        }
        return results.stream().map(result -> Optional.ofNullable(duplicates.get(result))).toList();
    }

    /**
     * What makes two files the same report. Reports without a body, a year or any table have none: too little
     * is known to call them the same.
     */
    static Optional<String> contentKey(Report report) {
        boolean anyTable = report.activeDisclosure().isPresent() || report.applications().isPresent()
                || report.reviewLitigation().isPresent();
        if (report.info().body().isEmpty() || report.info().year().isEmpty() || !anyTable) {
            return Optional.empty();
        }
        StringBuilder key = new StringBuilder()
                .append(report.info().body().get()).append('\u0000')
                .append(report.info().year().getAsInt()).append('\u0000')
                .append(report.info().template().map(Template::key).orElse("")).append('\u0000');
        report.sections().forEach(section -> key.append(section.number()).append(' '));
        report.activeDisclosure().ifPresent(table -> append(key.append("\u0000A"), table));
        report.applications().ifPresent(table -> append(key.append("\u0000B"), table));
        report.reviewLitigation().ifPresent(table -> append(key.append("\u0000C"), table));
        return Optional.of(key.toString());
    }

    /** The values as numbers and states only: raw text and positions differ between formats of one report. */
    private static void append(StringBuilder key, Figures<?, ?> table) {
        table.rows().forEach((row, values) -> values.forEach((column, value) -> {
            if (value.state() != Value.State.ABSENT) {
                key.append(' ').append(((Keyed) row).key()).append('.').append(((Keyed) column).key()).append('=')
                        .append(value.number().map(ReportColumns::plain).orElse(value.state().name()));
            }
        }));
    }

    private static boolean isMirror(Report report) {
        return report.anomalies().stream().anyMatch(anomaly -> anomaly.code() == AnomalyCode.PINYIN_MIRROR);
    }
}
