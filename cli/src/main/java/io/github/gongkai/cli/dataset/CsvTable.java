package io.github.gongkai.cli.dataset;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes rows of text under a header line as CSV: quotes only where needed (RFC 4180), {@code \n} line ends.
 * A text that a spreadsheet would run as a formula (starting with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return) is written with a {@code '} before it, as OWASP recommends against CSV
 * injection; a plain number such as {@code -3} is written as it is.
 */
final class CsvTable implements AutoCloseable {
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private static final String FORMULA_START = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private final SequenceWriter rows;
    private final int width;

    CsvTable(Writer out, List<String> columns) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        this.rows = MAPPER.writer(schema.build()).writeValues(out);
        this.width = columns.size();
    }

    /** Writes one row; {@code null} is written as an empty field. */
    void row(List<String> values) throws IOException {
        if (values.size() != width) {
            throw new IllegalArgumentException("a row of " + values.size() + " fields under " + width + " columns");
        }
        rows.write(values.stream().map(CsvTable::inert).toArray(String[]::new));
    }

    /** The value, with a {@code '} before it when a spreadsheet would read it as a formula. */
    static String inert(String value) {
        if (value == null || value.isEmpty() || FORMULA_START.indexOf(value.charAt(0)) < 0
                || PLAIN_NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
