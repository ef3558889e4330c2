#!/usr/bin/env python3
"""Generates the fixtures of table cells as real reports write them, and of stray bytes around them.

The reports are made by ../text/make-fixtures.py (same numbers, narrative and layouts); this script only
changes how some cells are written, and writes some reports as a web page too:

  county-2023-units-in-cells.txt         numbers written with their units (1,853件, 20 场, 0(件), 7 宗, 2,153件)
                                         and the fee in 元 under the template's 万元 header (an info flag); its
                                         narrative states a combined count of outcomes (予以公开及部分公开N件)
  county-2023-units-in-cells-one-per-line.txt   the same, one cell per line without pipes
  city-2022-fee-header-in-yuan.txt       the fee column's header declares 元 (本年收费金额(单位:元)): no flag
  county-2022-blank-rows.{txt,html}      template rows present in tables A, B and C with every cell blank
  town-2023-nul-bytes.{txt,html}         NUL bytes inside an otherwise good text file and web page

For each NAME it writes NAME.expected.json (the numbers it was made from, null for a blank cell) and lists in
clean-info.tsv the info-level anomalies a fixture is meant to raise.

Run: python3 testdata/cells/make-fixtures.py  (output is deterministic)
"""
import copy
import html
import importlib.util
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
SPEC = importlib.util.spec_from_file_location("text_fixtures", HERE.parent / "text" / "make-fixtures.py")
T = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(T)

BLANK = " "  # a blank cell; the text generator writes 0 for an empty string in table B


def written(r, cells):
    """A copy of the report whose listed cells are written as given: {(table, row, column): text}."""
    copied = copy.deepcopy(r)
    for (table, row, column), text in cells.items():
        copied[table][row][column] = text
    return copied


def expected(r, blanks=()):
    """The numbers the report was made from, with the cells left blank as null."""
    out = T.expected_json(r)
    for table, row, column in blanks:
        out[table][row][column] = None
    return out


def blank_rows(r, rows):
    """Every cell of the listed rows blank: {(table, row, column): BLANK}."""
    return {(table, row, column): BLANK for table, row in rows for column in r[table][row]}


def html_page(r):
    """The report as a plain government page: a title, paragraphs and tables with their merged cells."""
    parts = []
    for kind, content in T.blocks(r):
        if kind == "p":
            parts.append(f"<p>{html.escape(content)}</p>")
            continue
        rows = []
        for row in content:
            cells = "".join(
                "<td{}{}>{}</td>".format(f' rowspan="{c.rows}"' if c.rows > 1 else "",
                                         f' colspan="{c.cols}"' if c.cols > 1 else "",
                                         html.escape(T.number_text(c.value)).strip() or "&nbsp;")
                for c in row)
            rows.append(f"<tr>{cells}</tr>")
        parts.append('<table border="1">\n' + "\n".join(rows) + "\n</table>")
    title = html.escape(T.blocks(r)[0][1])
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{title}</title>\n</head>\n<body>\n<div class=\"article\">\n"
            + "\n".join(parts) + "\n</div>\n</body>\n</html>\n")


def with_nul_bytes(data, every):
    """NUL bytes after every so many line breaks and inside the first sentence, as damaged downloads have them."""
    lines = data.split(b"\n")
    for i in range(0, len(lines), every):
        lines[i] = lines[i] + b"\x00"
    text = b"\n".join(lines)
    cut = text.index("政府信息公开".encode("utf-8"))
    return text[:cut] + b"\x00\x00" + text[cut:]


def fee_header(header):
    """Table A's maker, writing the fee column's header otherwise than the template; and the original maker."""
    original = T.table_a

    def table_a(*args, **kwargs):
        grid = original(*args, **kwargs)
        for row in grid:
            for cell in row:
                if cell.value == "本年收费金额(单位:万元)":
                    cell.value = header
        return grid
    return table_a, original


def main():
    info = []

    # Units in cells: the fee in 元 where the template counts in 万元 is the report's number, flagged for the reader.
    units = T.report("county-2023-units-in-cells", 51, "青山县人民政府", 2023, "2021", "rows-piped", 900)
    units["activeDisclosure"]["fees"]["amount"] = 251000
    units["activeDisclosure"]["licensing"]["decisions"] = 1853
    granted = units["applications"]["granted"]["total"] + units["applications"]["partiallyGranted"]["total"]
    units["edits"] = [("均在法定期限内答复", f"其中予以公开及部分公开{granted}件,均在法定期限内答复")]
    apps, cases, a = units["applications"], units["reviewLitigation"], units["activeDisclosure"]
    cells = {
        ("activeDisclosure", "rules", "issued"): f"{a['rules']['issued']}件",
        ("activeDisclosure", "normativeDocuments", "inForce"): f"{a['normativeDocuments']['inForce']} 件",
        ("activeDisclosure", "licensing", "decisions"): "1,853件",
        ("activeDisclosure", "punishment", "decisions"): f"{a['punishment']['decisions']}次",
        ("activeDisclosure", "enforcement", "decisions"): f"{a['enforcement']['decisions']} 项",
        ("activeDisclosure", "fees", "amount"): "251000元",
        ("applications", "granted", "naturalPerson"): f"{apps['granted']['naturalPerson']:,}",
        ("applications", "granted", "total"): f"{apps['granted']['total']:,}件",
        ("applications", "carriedOver", "naturalPerson"): f"{apps['carriedOver']['naturalPerson']}(件)",
        ("applications", "unableNotHeld", "commercial"): f"{apps['unableNotHeld']['commercial']}条",
        ("applications", "deniedStateSecret", "research"): "0(件)",
        ("applications", "rejectedRepeated", "other"): f"{apps['rejectedRepeated']['other']}个",
        ("applications", "carriedForward", "total"): f"{apps['carriedForward']['total']} 件",
        ("reviewLitigation", "review", "upheld"): f"{cases['review']['upheld']}起",
        ("reviewLitigation", "litigationDirect", "upheld"): f"{cases['litigationDirect']['upheld']} 宗",
        ("reviewLitigation", "litigationAfterReview", "pending"): f"{cases['litigationAfterReview']['pending']}场",
    }
    write_text(units, written(units, cells), "txt")
    info.append((units["name"] + ".txt", "UNIT_DIFFERS"))
    # The same report as scrapers write one cell per line: a cell with its unit is still a value, not a label.
    lines = copy.deepcopy(units)
    lines.update(name="county-2023-units-in-cells-one-per-line", style="cell-per-line-nopipes")
    write_text(lines, written(lines, cells), "txt")
    info.append((lines["name"] + ".txt", "UNIT_DIFFERS"))

    # The header declares 元: the cells' unit is the column's, and a large amount with a fraction is no count.
    yuan = T.report("city-2022-fee-header-in-yuan", 52, "青山市人民政府", 2022, "2021", "rows-piped", 300, short="市政府")
    yuan["activeDisclosure"]["fees"]["amount"] = 75394432.52
    yuan["activeDisclosure"]["licensing"]["decisions"] = 3985758
    decorated = written(yuan, {("activeDisclosure", "fees", "amount"): "75394432.52元",
                               ("activeDisclosure", "licensing", "decisions"): "3,985,758"})
    T.table_a, original = fee_header("本年收费金额(单位:元)")
    try:
        write_text(yuan, decorated, "txt")
    finally:
        T.table_a = original

    # Template rows present with every cell blank: not reported, not missing.
    blank = T.report("county-2022-blank-rows", 53, "青山区人民政府", 2022, "2021", "rows-piped", 20,
                     layout={"rowPerGroup": True})
    rows = [("activeDisclosure", "enforcement"), ("applications", "rejectedExcessive"),
            ("reviewLitigation", "litigationAfterReview")]
    for table, row in rows:
        for column in blank[table][row]:
            blank[table][row][column] = 0
    blank["reviewLitigation"]["litigationAfterReview"]["total"] = 0
    blanks = [(table, row, column) for table, row in rows for column in blank[table][row]]
    decorated = written(blank, blank_rows(blank, rows))
    write_text(blank, decorated, "txt", blanks)
    write_text(blank, decorated, "html", blanks)
    info += [(blank["name"] + ".txt", "NOT_REPORTED"), (blank["name"] + ".html", "NOT_REPORTED")]

    # NUL bytes in a good file: dropped, and said so in source.warnings.
    nul = T.report("town-2023-nul-bytes", 54, "青山县白沙镇人民政府", 2023, "2021", "rows-piped", 4, short="我镇")
    write_text(nul, nul, "txt", nul_every=7)
    write_text(nul, nul, "html", nul_every=5)

    (HERE / "clean-info.tsv").write_text("file\tcode\n" + "".join(f"{f}\t{c}\n" for f, c in info), encoding="utf-8")


def write_text(r, decorated, ext, blanks=(), nul_every=0):
    """Writes NAME.ext from the decorated report and NAME.expected.json from the report's numbers."""
    if ext == "txt":
        data = T.render(decorated, decorated["style"]).encode("utf-8")
    else:
        data = html_page(decorated).encode("utf-8")
    if nul_every:
        data = with_nul_bytes(data, nul_every)
    (HERE / f"{r['name']}.{ext}").write_bytes(data)
    (HERE / f"{r['name']}.expected.json").write_text(
        json.dumps(expected(r, blanks), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
