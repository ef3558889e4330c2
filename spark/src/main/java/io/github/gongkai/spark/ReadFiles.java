package io.github.gongkai.spark;

import io.github.gongkai.json.ReportCodec;
import io.github.gongkai.model.GongkaiException;
import io.github.gongkai.model.GongkaiException.Reason;
import io.github.gongkai.model.Language;
import io.github.gongkai.model.Report;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Reads the files of one partition of the binary file source ({@code path}, {@code content}) into report
 * rows, on an executor, with its one {@link ExecutorGongkai}. A file that cannot be read becomes a row with
 * its reason, as {@code errors.csv} has it; nothing a file holds fails the task.
 */
final class ReadFiles implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final Language language;

    ReadFiles(Language language) {
        this.language = language;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> files) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return files.hasNext();
            }

            @Override
            public Row next() {
                Row file = files.next();
                return read(file.getString(0), (byte[]) file.get(1), language);
            }
        };
    }

    static Row read(String path, byte[] content, Language language) {
        String sha256 = sha256(content);
        try {
            // The round trip a dataset run gives every report, so that both write the same values.
            String model = ReportCodec.encode(ExecutorGongkai.get().read(content, path));
            Report report = ReportCodec.decode(model, path);
            return ReportRows.report(path, sha256, report, model, Optional.empty(), language);
        } catch (GongkaiException e) {
            String message = String.valueOf(e.getMessage());
            String prefix = e.file() + ": ";
            return ReportRows.failure(path, sha256, e.reason().name(),
                    message.startsWith(prefix) ? message.substring(prefix.length()) : message);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug met on one file must not end the job; the file is reported like a damaged one.
            return ReportRows.failure(path, sha256, Reason.CORRUPT.name(),
                    "internal error (worth reporting): " + e.getClass().getSimpleName() + ": "
                            + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
