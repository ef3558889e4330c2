package io.github.gongkai.ocr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gongkai.Gongkai;
import io.github.gongkai.Limits;
import io.github.gongkai.document.Cell;
import io.github.gongkai.document.Document;
import io.github.gongkai.document.Origin;
import io.github.gongkai.document.Table;
import io.github.gongkai.json.ReportJson;
import io.github.gongkai.model.Report;
import io.github.gongkai.spi.PageRecognizer;
import io.github.gongkai.spi.RecognizedPage.Box;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads scans with the module's recogniser (PaddleOCR's model reading the cells where the system property
 * {@code gongkai.ocr.paddle} names it, Tesseract otherwise) and prints one tab-separated line per scan:
 * the share of the source's numbers the report has right, the cells read against the source PDF's cells
 * (numbers exactly; labels exactly and by character error rate), and the time per page: wall clock, processor
 * time of the whole process, and processor time spent reading cells.
 *
 * <p>Arguments: the source PDF, its {@code .expected.json}, then the scans. The first scan is read once
 * before measuring, so that loading the models and compiling the code is not counted.
 */
public final class PaddleEval {
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private PaddleEval() {
    }

    public static void main(String[] args) throws Exception {
        Gongkai gongkai = Gongkai.builder().limits(Limits.DEFAULT.withMaxTimePerFile(Duration.ofMinutes(30))).build();
        if (!(PageRecognizer.find().orElseThrow() instanceof EvalRecognizer)) {
            throw new IllegalStateException("the evaluation's recogniser must come first on the class path");
        }
        Path source = Path.of(args[0]);
        JsonNode expected = new ObjectMapper().readTree(Path.of(args[1]).toFile());
        List<Table> truth = gongkai.document(source).tables();
        String engine = System.getProperty("gongkai.ocr.paddle") == null ? "tesseract" : "paddle";
        gongkai.read(Path.of(args[2]));
        System.out.println("engine\tscan\tpages\ts/page (wall)\tCPU s/page\tcells CPU s/page\tnumbers right (report)\t"
                + "numeric cells right\tlabel cells exact\tlabel CER\ttables\tsections");
        for (int i = 2; i < args.length; i++) {
            EvalRecognizer.READ.clear();
            EvalRecognizer.PAGES.set(0);
            EvalRecognizer.CELL_NANOS.set(0);
            long start = System.nanoTime();
            long cpu = PROCESS.getProcessCpuTime();
            Report report = gongkai.read(Path.of(args[i]));
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (PROCESS.getProcessCpuTime() - cpu) / 1e9;
            int pages = EvalRecognizer.PAGES.get();
            double[] cells = compare(truth);
            int tables = (report.activeDisclosure().isPresent() ? 1 : 0) + (report.applications().isPresent() ? 1 : 0)
                    + (report.reviewLitigation().isPresent() ? 1 : 0);
            System.out.printf(Locale.ROOT, "%s\t%s\t%d\t%.2f\t%.2f\t%.2f\t%s\t%s\t%s\t%.3f\t%d/3\t%d%n", engine,
                    Path.of(args[i]).getFileName(), pages, seconds / pages, cpuSeconds / pages,
                    EvalRecognizer.CELL_NANOS.get() / 1e9 / pages,
                    shareRight(expected, new ObjectMapper().readTree(ReportJson.write(report, false))),
                    share(cells[0], cells[1]), share(cells[2], cells[3]), cells[4] / Math.max(1, cells[5]), tables,
                    report.sections().size());
        }
    }

    private static String share(double right, double total) {
        return String.format(Locale.ROOT, "%.0f/%.0f (%.1f%%)", right, total, 100 * right / Math.max(1, total));
    }

    /**
     * Each non-blank cell of the source's tables against the cell read where its centre lies: numbers right,
     * numbers, labels right, labels, label characters wrong (edit distance), label characters.
     */
    private static double[] compare(List<Table> truth) {
        double[] out = new double[6];
        for (Table table : truth) {
            for (List<Cell> row : table.rows()) {
                for (Cell cell : row) {
                    String want = cell.text().replaceAll("\\s+", "");
                    if (want.isEmpty() || !(cell.origin() instanceof Origin.Region r)) {
                        continue;
                    }
                    String got = readAt(r).replaceAll("\\s+", "");
                    boolean number = NUMBER.matcher(want).matches();
                    int k = number ? 0 : 2;
                    out[k] += want.equals(got) ? 1 : 0;
                    out[k + 1]++;
                    if (!number) {
                        out[4] += distance(want, got);
                        out[5] += want.length();
                    }
                }
            }
        }
        return out;
    }

    private static String readAt(Origin.Region r) {
        double cx = r.x() + r.width() / 2;
        double cy = r.y() + r.height() / 2;
        for (EvalRecognizer.Read read : EvalRecognizer.READ) {
            Box b = read.box();
            if (read.page() == r.page() && cx >= b.x() && cx <= b.x() + b.width() && cy >= b.y()
                    && cy <= b.y() + b.height()) {
                return read.text();
            }
        }
        return "";
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int same = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + same);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }

    /** The share of the source's numbers that the report has in the same place (as the module's test counts). */
    private static String shareRight(JsonNode expected, JsonNode actual) {
        int total = 0;
        int right = 0;
        for (String table : new String[] {"activeDisclosure", "applications", "reviewLitigation"}) {
            for (Iterator<Map.Entry<String, JsonNode>> rows = expected.path(table).fields(); rows.hasNext(); ) {
                Map.Entry<String, JsonNode> row = rows.next();
                for (Iterator<Map.Entry<String, JsonNode>> cells = row.getValue().fields(); cells.hasNext(); ) {
                    Map.Entry<String, JsonNode> cell = cells.next();
                    if (cell.getValue().isNumber()) {
                        total++;
                        JsonNode read = actual.path(table).path(row.getKey()).path(cell.getKey());
                        if (read.isNumber() && read.decimalValue().compareTo(cell.getValue().decimalValue()) == 0) {
                            right++;
                        }
                    }
                }
            }
        }
        return share(right, total);
    }
}
