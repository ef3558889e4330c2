#!/usr/bin/env python3
"""Generates the fixtures of glued table cells in this folder.

A crawler that keeps a page's text without cell separators joins a table row's numbers into one run of digits:
`(一)予以公开 | 27 | 0 | 0 | 2 | 0 | 1 | 30` arrives as `(一)予以公开 | 270020130`. Each fixture is a clean report
of ../text/make-fixtures.py (numbers drawn to satisfy every identity), rendered one row per line, with the
numbers of its table rows glued together: every row of tables B and C, and the rows of table A whose digits can
be split only one way (table A has no identities to choose between splits). For each fixture NAME it writes

  NAME.txt            the glued text
  NAME.expected.json  the numbers it was made from

and, under broken/, copies that cannot be read whole, with the anomalies they raise in broken/expected.tsv: a
glued row of table A that splits several ways, and rows a converter took a cell out of (table A, where nothing
decides the columns, and table B, where the identities do).

Run: python3 testdata/glued/make-fixtures.py  (output is deterministic)
"""
import importlib.util
import json
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
SPEC = importlib.util.spec_from_file_location("text_fixtures", HERE.parent / "text" / "make-fixtures.py")
TEXT = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(TEXT)

NUMBER = re.compile(r"[0-9]+")


def splits(digits, parts):
    """How many ways the digits split into this many whole counts, none with a leading zero but 0 itself."""
    if parts == 0:
        return 1 if not digits else 0
    total = 0
    for length in range(1, len(digits) - parts + 2):
        head = digits[:length]
        if len(head) > 1 and head[0] == "0":
            break
        total += splits(digits[length:], parts - 1)
    return total


def glue(line, table, ambiguous=False):
    """The line with its trailing numbers joined into one cell, where the table's rows are glued."""
    cells = [c.strip() for c in line.rstrip("| ").split(" | ")]
    count = 0
    while count < len(cells) and NUMBER.fullmatch(cells[len(cells) - 1 - count]):
        count += 1
    if count < 2:
        return line
    labels, numbers = cells[:len(cells) - count], cells[len(cells) - count:]
    digits = "".join(numbers)
    if table == "A" and (splits(digits, count) != 1) != ambiguous:
        return line
    return " | ".join(labels + [digits]) + " |"


def tables(text):
    """Each line with the table it stands in (A, B, C or None)."""
    table = None
    for line in text.split("\n"):
        if line.startswith("二、主动公开"):
            table = "A"
        elif line.startswith("三、收到和处理"):
            table = "B"
        elif line.startswith("四、政府信息公开行政复议"):
            table = "C"
        elif line.startswith("五、"):
            table = None
        yield line, table


def glued(text, ambiguous=()):
    """The text with its rows glued; the rows whose label is in ambiguous glued although they split several ways."""
    return "\n".join(glue(line, table, line.split(" | ")[0] in ambiguous) if table and " | " in line else line
                     for line, table in tables(text))


def cut(text, label, cell):
    """The text with one value cell of the row labelled so taken out, as a converter moves it below the table."""
    lines = []
    for line, table in tables(text):
        cells = line.split(" | ")
        if table and cells[0] == label:
            values = [i for i, c in enumerate(cells) if NUMBER.fullmatch(c.strip(" |"))]
            del cells[values[cell]]
        lines.append(" | ".join(cells))
    return "\n".join(lines)


FIXTURES = [
    TEXT.report("county-2023-crawler-cells-glued", 41, "青岭县人民政府", 2023, "2021", "rows-piped", 35),
    TEXT.report("town-2020-template2019-crawler-cells-glued", 42, "青岭县石桥镇人民政府", 2020, "2019", "rows-piped", 4,
                short="我镇"),
]


def broken(r):
    """(file name, text, [(code, table, row, column)]) of the broken copies of a clean report."""
    text = TEXT.render(r, "rows-piped")
    issued = ("activeDisclosure", "rules")
    return [
        ("table-a-glued-several-splits.txt", glued(text, ambiguous=("行政规范性文件",)),
         [("UNREADABLE_CELL", "activeDisclosure", "normativeDocuments", m) for m in ("issued", "repealed", "inForce")]),
        ("table-a-row-short-of-a-cell.txt", cut(text, "规章", 1),
         [("UNREADABLE_CELL",) + issued + (m,) for m in ("issued", "repealed", "inForce")]),
        ("table-b-row-short-of-a-cell-placed-by-identities.txt", cut(text, "二、上年结转政府信息公开申请数量", 0),
         [("SHORT_ROW", "applications", "carriedOver", ""),
          ("NOT_REPORTED", "applications", "carriedOver", "naturalPerson")]),
    ]


def main():
    for r in FIXTURES:
        TEXT.write_text(HERE / (r["name"] + ".txt"), glued(TEXT.render(r, "rows-piped")))
        (HERE / (r["name"] + ".expected.json")).write_text(
            json.dumps(TEXT.expected_json(r), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    folder = HERE / "broken"
    folder.mkdir(exist_ok=True)
    manifest = []
    for name, text, findings in broken(FIXTURES[0]):
        TEXT.write_text(folder / name, text)
        manifest += [(name,) + finding for finding in findings]
    TEXT.write_manifest(folder / "expected.tsv", manifest)


if __name__ == "__main__":
    main()
