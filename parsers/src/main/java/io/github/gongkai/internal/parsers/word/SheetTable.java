package io.github.gongkai.internal.parsers.word;

import io.github.gongkai.internal.parsers.LimitExceeded;
import io.github.gongkai.document.Cell;
import io.github.gongkai.document.Origin;
import io.github.gongkai.document.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A spreadsheet's used range as a {@link Table}: cell values as Excel displays them (formulas by their
 * cached result), merged regions as spans, empty rows and columns around the table left out.
 */
final class SheetTable {
    private SheetTable() {
    }

    /** Reads a sheet; null where it holds no text. */
    static Table read(Sheet sheet, String path, int maxCells) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        int firstRow = Math.max(0, sheet.getFirstRowNum());
        int lastRow = sheet.getLastRowNum();
        int width = 0;
        for (Row row : sheet) {
            width = Math.max(width, row.getLastCellNum());
        }
        if (lastRow < firstRow || width <= 0) {
            return null;
        }
        if ((long) (lastRow - firstRow + 1) * width > maxCells) {
            throw LimitExceeded.tableCells("a spreadsheet at " + path, maxCells);
        }
        String[][] texts = new String[lastRow - firstRow + 1][width];
        for (String[] row : texts) {
            Arrays.fill(row, "");
        }
        for (Row row : sheet) {
            for (org.apache.poi.ss.usermodel.Cell cell : row) {
                texts[row.getRowNum() - firstRow][cell.getColumnIndex()] = text(cell, formatter);
            }
        }
        int top = 0;
        int bottom = texts.length - 1;
        while (top <= bottom && blankRow(texts[top])) {
            top++;
        }
        while (bottom >= top && blankRow(texts[bottom])) {
            bottom--;
        }
        int left = 0;
        int right = width - 1;
        while (left <= right && blankColumn(texts, left, top, bottom)) {
            left++;
        }
        while (right >= left && blankColumn(texts, right, top, bottom)) {
            right--;
        }
        if (top > bottom) {
            return null;
        }
        Map<Long, CellRangeAddress> anchors = new HashMap<>();
        boolean[][] covered = new boolean[texts.length][width];
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            anchors.put(key(region.getFirstRow() - firstRow, region.getFirstColumn()), region);
            for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                    int rr = r - firstRow;
                    if (rr >= 0 && rr < texts.length && c < width) {
                        covered[rr][c] = true;
                    }
                }
            }
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (int r = top; r <= bottom; r++) {
            List<Cell> cells = new ArrayList<>();
            for (int c = left; c <= right; c++) {
                String cellPath = path + "/tr[" + (r - top + 1) + "]/tc[" + (c - left + 1) + "]";
                CellRangeAddress region = anchors.get(key(r, c));
                if (region != null) {
                    int rowSpan = Math.min(region.getLastRow() - firstRow, bottom) - r + 1;
                    int colSpan = Math.min(region.getLastColumn(), right) - c + 1;
                    cells.add(new Cell(texts[r][c], rowSpan, colSpan, new Origin.Path(cellPath)));
                } else if (!covered[r][c]) {
                    cells.add(Cell.of(texts[r][c], new Origin.Path(cellPath)));
                }
            }
            rows.add(cells);
        }
        return new Table(rows, new Origin.Path(path));
    }

    private static String text(org.apache.poi.ss.usermodel.Cell cell, DataFormatter formatter) {
        String text;
        if (cell.getCellType() == CellType.FORMULA) {
            CellStyle style = cell.getCellStyle();
            text = switch (cell.getCachedFormulaResultType()) {
                case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(), style.getDataFormat(),
                        style.getDataFormatString());
                case STRING -> cell.getStringCellValue();
                case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                default -> "";
            };
        } else {
            text = formatter.formatCellValue(cell);
        }
        return WordText.joinLines(List.of(WordText.LINE_BREAK.split(text)));
    }

    private static boolean blankRow(String[] row) {
        return Arrays.stream(row).allMatch(String::isBlank);
    }

    private static boolean blankColumn(String[][] texts, int column, int top, int bottom) {
        for (int r = top; r <= bottom; r++) {
            if (!texts[r][column].isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | column;
    }
}
