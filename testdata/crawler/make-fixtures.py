#!/usr/bin/env python3
"""Generates the crawler-text report fixtures in this folder.

Research corpora mostly hold what a crawler kept of a report's web page rather than the page: a header
block (标题:, 发布时间:, 原文链接:), the site's chrome as text (breadcrumb, 字号, share links, print and
close buttons, the footer with 主办单位, 网站标识码, ICP备) and the report's body flattened in one of several
ways. The reports (bodies, years, numbers) come from ../text/make-fixtures.py, imported as a module; this
script only renders them as a crawler would. For each fixture NAME it writes:

  NAME.txt            the crawler's text, UTF-8
  NAME.expected.json  the numbers used, in the JSON contract's shape

Shapes (the fixture's "shape"):
  one-line        the whole page on one line: chrome, paragraphs, headings and table cells joined by single spaces
  cells-spaced    paragraphs kept one per line; table rows one per line, cells separated by a space (tables
                  A and C) or a tab (table B)
  label-newline   each table row's label on one line, its numbers on the next, separated by spaces
  cell-per-line   one cell per line with a blank line between any two lines
  glued-one-line  the whole body on one line with no separator anywhere: paragraphs, headings and cells run
                  together as a page's textContent runs them
  glued-rows      paragraphs and table rows one per line, a row's cells run together with no separator

Glued cells cannot be told apart without the template's identities; their fixtures are listed in
glued.tsv.

Run: python3 testdata/crawler/make-fixtures.py  (output is deterministic)
"""
import importlib.util
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent

_spec = importlib.util.spec_from_file_location("text_fixtures", HERE.parent / "text" / "make-fixtures.py")
T = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(T)

# Web pages write the outline brackets, commas and colons full width; the template's data holds them half width.
WEB = str.maketrans("(),:;", "（），：；")


def web(text):
    return text.translate(WEB)


def header_block(r, title):
    return [f"标题: {title}",
            f"发布时间: {r['year'] + 1}-01-{r['seed'] % 20 + 10} 09:{r['seed'] % 50 + 10}",
            "发布机构: ",
            f"原文链接: https://www.example.gov.cn/zwgk/xxgknb/{r['year'] + 1}01/t{r['year'] + 1}0130_{r['seed']}.html",
            "==================== 正文 ====================", ""]


def chrome_above(r, title):
    return ["当前位置：首页 > 政务公开 > 政府信息公开年报",
            title,
            f"来源：{r['body']}办公室 时间：{r['year'] + 1}-01-30 09:12 浏览次数：{r['seed'] * 37}",
            "字号：大 中 小"]


def chrome_below(r):
    return ["打印本页 关闭窗口",
            "扫一扫在手机打开当前页",
            "分享到： 微信 微博 QQ空间",
            "政府网站找错 | 联系我们 | 网站地图 | 使用帮助",
            f"主办单位：{r['body']}办公室 承办单位：{r['body'][:3]}大数据中心",
            f"网站标识码：{3300000000 + r['seed'] * 1117} 浙ICP备{10000000 + r['seed'] * 31}号-1 "
            f"浙公网安备 {33010002000000 + r['seed']}号"]


def texts(grid, r):
    """Each row's cell texts, as the page prints them."""
    return [[web(t) for t in T.cell_texts(row, r)] for row in grid]


def is_number(text):
    return text.replace(".", "", 1).lstrip("-").isdigit()


def body_lines(r, shape):
    """The report's body as the crawler kept it, one string per line."""
    lines = []
    for kind, content in T.blocks(r):
        if kind == "p":
            lines.append(web(content))
            continue
        rows = texts(content, r)
        if shape in ("one-line", "cells-spaced"):
            tab_separated = shape == "cells-spaced" and any(T.CORNER in "".join(c.value for c in row if isinstance(
                c.value, str)) for row in content)
            lines.extend(("\t" if tab_separated else " ").join(row) for row in rows)
        elif shape == "label-newline":
            for row in rows:
                labels = [t for t in row if not is_number(t)]
                numbers = [t for t in row if is_number(t)]
                if labels:
                    lines.append(" ".join(labels))
                if numbers:
                    lines.append(" ".join(numbers))
        elif shape == "cell-per-line":
            lines.extend(t for row in rows for t in row)
        elif shape == "glued-one-line":
            lines.append("".join(t for row in rows for t in row))
        elif shape == "glued-rows":
            lines.extend("".join(row) for row in rows)
    if shape == "one-line":
        return [" ".join(lines)]
    if shape == "glued-one-line":
        return ["".join(lines)]
    if shape == "cell-per-line":
        return ["\n".join(line for line in lines for line in (line, ""))[:-1]]
    return lines


def render(r):
    title = web(T.blocks(r)[len(r.get("opening", []))][1])
    out = header_block(r, title) if r.get("header", True) else []
    if r["shape"] == "one-line":
        # The page's whole text on one line: its chrome too, around the report.
        out.append(" ".join(chrome_above(r, title) + body_lines(r, r["shape"]) + chrome_below(r)))
    else:
        out += chrome_above(r, title) + body_lines(r, r["shape"]) + chrome_below(r)
    return "\n".join(out) + "\n"


def crawled(name, seed, body, year, scale, shape, **options):
    r = T.report(name, seed, body, year, "2021", shape, scale, **options)
    r["shape"] = shape
    if shape.startswith("glued"):
        # Table A has no identity to split a glued row of three counts by; only single digits split one way
        # (1058 could be 1 0 58 or 10 5 8 and honestly stays unreadable), so these bodies issued few documents.
        for item in ("rules", "normativeDocuments"):
            r["activeDisclosure"][item] = {k: v % 10 for k, v in r["activeDisclosure"][item].items()}
    return r


FIXTURES = [
    crawled("county-2023-crawler-body-on-one-line", 51, "青山县人民政府", 2023, 26, "one-line"),
    crawled("district-2022-crawler-cells-spaced-tabbed", 52, "东湖区人民政府", 2022, 40, "cells-spaced"),
    crawled("bureau-2024-crawler-label-then-numbers", 53, "青山县交通运输局", 2024, 9, "label-newline", short="我局"),
    crawled("town-2023-crawler-cell-per-line-no-header", 54, "青山县北河镇人民政府", 2023, 4, "cell-per-line",
            short="我镇", header=False),
    crawled("county-2024-crawler-glued-one-line", 55, "白水县人民政府", 2024, 30, "glued-one-line"),
    crawled("street-2022-crawler-glued-rows-no-header", 56, "白水县城南街道办事处", 2022, 6, "glued-rows",
            short="我街道", header=False),
    # A mirror's copy, traditional characters with pinyin, as a crawler kept it: one line, nothing separated.
    crawled("town-2022-crawler-glued-one-line-traditional-pinyin", 57, "白水县石桥镇人民政府", 2022, 5,
            "glued-one-line", short="我镇", traditional=True, pinyin="tone"),
]


def main():
    for r in FIXTURES:
        (HERE / (r["name"] + ".txt")).write_bytes(render(r).encode("utf-8"))
        (HERE / (r["name"] + ".expected.json")).write_text(
            json.dumps(T.expected_json(r), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (HERE / "clean-info.tsv").write_text("file\tcode\n" + "".join(
        f"{r['name']}.txt\tPINYIN_MIRROR\n" for r in FIXTURES if r.get("pinyin")), encoding="utf-8")
    (HERE / "glued.tsv").write_text("file\n" + "".join(
        f"{r['name']}.txt\n" for r in FIXTURES if r["shape"].startswith("glued")), encoding="utf-8")


if __name__ == "__main__":
    main()
