package io.github.gongkai.json;

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
public final class Duplicates {
    private static final Comparator<Entry> ORIGINAL_FIRST = Comparator
            .comparing((Entry entry) -> isMirror(entry.report()))
            .thenComparing(Entry::file);

    /**
     * A report of a corpus.
     *
     * @param file   the file's name in the outputs
     * @param sha256 the SHA-256 of its bytes
     */
    public record Entry(String file, String sha256, Report report) {
    }

    /**
     * A report found twice.
     *
     * @param file the earlier copy's name, in sorted order
     * @param by   {@code sha256} for identical bytes, {@code content} for the same body, year, template and
     *             tables read from different bytes (a web page and its PDF attachment)
     */
    public record Copy(String file, String by) {
    }

    private Duplicates() {
    }

    /**
     * For each report in order, the copy it duplicates, if any.
     *
     * @param reports the reports of a corpus, sorted by name
     */
    public static List<Optional<Copy>> find(List<Entry> reports) {
        Map<Entry, Copy> duplicates = new IdentityHashMap<>(); // entries are big records
        Map<String, Entry> bySha = new HashMap<>();
        Map<String, List<Entry>> byContent = new LinkedHashMap<>();
        for (Entry entry : reports) {
            Entry sameBytes = bySha.putIfAbsent(entry.sha256(), entry);
            if (sameBytes != null) {
                duplicates.put(entry, new Copy(sameBytes.file(), "sha256"));
            } else {
                contentKey(entry.report())
                        .ifPresent(key -> byContent.computeIfAbsent(key, k -> new ArrayList<>()).add(entry));
            }
        }
        for (List<Entry> copies : byContent.values()) {
            Entry original = copies.stream().min(ORIGINAL_FIRST).orElseThrow();
            copies.stream().filter(copy -> copy != original)
                    .forEach(copy -> duplicates.put(copy, new Copy(original.file(), "content")));
        }
        return reports.stream().map(entry -> Optional.ofNullable(duplicates.get(entry))).toList();
    }

    /**
     * What makes two files the same report. Reports without a body, a year or any table have none: too little
     * is known to call them the same.
     */
    private static Optional<String> contentKey(Report report) {
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
