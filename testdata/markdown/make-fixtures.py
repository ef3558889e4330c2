#!/usr/bin/env python3
"""Generates the Markdown report fixtures in this folder: reports as document converters write them.

The reports (body, year, template, numbers satisfying every identity, narrative) come from the plain-text
generator ../text/make-fixtures.py, imported as a module; only the writing differs. Each fixture NAME is
written in the manner of one converter:

  pandoc      ATX headings, a pipe table with an alignment row, escaped characters (12\\*), table B as the
              raw HTML table pandoc falls back to for merged cells (rowspan, colspan, <br />), table C as a
              grid table whose header cells wrap over several lines
  Docling     every heading at level 2, merged cells repeated in every position they cover, table B cut in
              two where the page broke (the header repeated on the second page, <!-- page break -->
              between), table C as three small tables, one per group, one with a garbled header, one with
              its header row repeated, <!-- image --> placeholders
  MarkItDown  setext headings (=== and --- underlines), emphasised subheadings (**…**, __…__), pipe tables
              whose first row is the header and whose merged cells are left empty or out, a table without
              outer pipes, <br> inside cells, links and images, list markers, page comments and --- rules
  pandoc -t markdown (3.2 and later, from a Word file): the title in YAML front matter, every table a grid
              table with its merged cells spanning rows and columns, a spanning cell's text running through
              the open borders
  marker      page anchors (<span id="page-0-0">) opening the file and its headings, bold section headings,
              ordered lists, <br> in cells, {1}---- page separators, table B cut by a page without its header
              repeated; saved as .txt

For each fixture it writes NAME.md (or NAME.txt) and NAME.expected.json (the numbers used, in the JSON
contract's shape).

Run: python3 testdata/markdown/make-fixtures.py  (output is deterministic)
"""
import importlib.util
import json
import pathlib
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent


def load_text_generator():
    spec = importlib.util.spec_from_file_location("text_fixtures", HERE.parent / "text" / "make-fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


T = load_text_generator()

# ---------------------------------------------------------------------------------------------
# The report's blocks, classified
# ---------------------------------------------------------------------------------------------

SECTION_NUMERALS = "一二三四五六"


def kind_of(text, first):
    """title, section, subsection or text."""
    if first:
        return "title"
    if text[:1] in SECTION_NUMERALS and text[1:2] == "、":
        return "section"
    if text.startswith("(") and text.index(")") <= 4 and len(text) < 40 and "。" not in text:
        return "subsection"
    return "text"


def wide(text):
    """Full-width brackets and colons, as reports typed in Chinese write them."""
    return text.translate(str.maketrans("():,", "（）：，"))


def cell_text(cell):
    return T.number_text(cell.value)


def positions(grid):
    """Every grid position: (cell, row offset, column offset) of the cell covering it."""
    width = T.grid_width(grid)
    placed = [[None] * width for _ in grid]
    for y, row in enumerate(grid):
        x = 0
        for cell in row:
            while placed[y][x] is not None:
                x += 1
            for dy in range(cell.rows):
                for dx in range(cell.cols):
                    placed[y + dy][x + dx] = (cell, dy, dx)
            x += cell.cols
    return placed

# ---------------------------------------------------------------------------------------------
# Table writers
# ---------------------------------------------------------------------------------------------


def pipe_row(cells, outer=True):
    text = " | ".join(c.replace("|", "\\|") for c in cells)
    return f"| {text} |" if outer else text


def pipe_table(rows, align=None, outer=True, pad=False):
    """A pipe table: the first row is the header, a rule line under it."""
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    if pad:
        widths = [max(display_width(r[i]) for r in rows) for i in range(width)]
        rows = [[c + " " * (widths[i] - display_width(c)) for i, c in enumerate(r)] for r in rows]
        rule = ["-" * max(3, w) for w in widths]
    else:
        rule = [{"left": ":---", "center": ":---:", "right": "---:"}.get((align or {}).get(i), "---")
                for i in range(width)]
    lines = [pipe_row(rows[0], outer), pipe_row(rule, outer).replace(" | ", "|") if not pad else pipe_row(rule, outer)]
    lines += [pipe_row(r, outer) for r in rows[1:]]
    return lines


def repeated_rows(grid):
    """Docling's grid: a merged cell's text in every position it covers."""
    return [[cell_text(p[0]) for p in row] for row in positions(grid)]


def emptied_rows(grid):
    """A grid with a merged cell's text in its first position only, the others empty."""
    return [[cell_text(p[0]) if p[1] == 0 and p[2] == 0 else "" for p in row] for row in positions(grid)]


def shifted_rows(grid, br_cells=()):
    """MarkItDown's rows: each row's own cells, a column span followed by empty cells, cells merged from above
    left out (the row's cells move left); labels in br_cells wrapped with <br>."""
    rows = []
    for row in grid:
        cells = []
        for cell in row:
            text = cell_text(cell)
            if text in br_cells:
                text = br_cells[text]
            cells += [text] + [""] * (cell.cols - 1)
        rows.append(cells)
    return rows


def html_table(grid, br_cells=()):
    """The raw HTML pandoc writes for a table with merged cells."""
    lines = ["<table>", "<thead>"]
    header_rows = 3
    for y, row in enumerate(grid):
        if y == header_rows:
            lines += ["</thead>", "<tbody>"]
        tag = "th" if y < header_rows else "td"
        lines.append(f'<tr class="{"odd" if y % 2 == 0 else "even"}">')
        for cell in row:
            spans = ""
            if cell.rows > 1:
                spans += f' rowspan="{cell.rows}"'
            if cell.cols > 1:
                spans += f' colspan="{cell.cols}"'
            text = cell_text(cell)
            text = br_cells.get(text, text).replace("<br>", "<br />")
            lines.append(f'<{tag}{spans} style="text-align: center;">{text}</{tag}>')
        lines.append("</tr>")
    lines += ["</tbody>", "</table>"]
    return lines


def display_width(text):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def grid_table(grid, column_width=6):
    """A pandoc grid table: borders of + and -, = under the header, cells wrapped to the column width, column
    spans where a border has no + between columns. Cells merged from above are left blank."""
    width = T.grid_width(grid)
    placed = positions(grid)
    inner = column_width

    def wrap(text, span):
        room = inner * span + 3 * (span - 1)
        lines, line = [], ""
        for ch in text:
            if display_width(line + ch) > room:
                lines.append(line)
                line = ""
            line += ch
        return lines + [line] if line else lines or [""]

    def border(y, fill):
        out = "+"
        for x in range(width):
            cell, _, dx = placed[y][x] if y < len(grid) else (None, 0, 0)
            last = y < len(grid) and x + 1 < width and placed[y][x + 1][0] is cell
            out += fill * (inner + 2) + ("" if last else "+")
            if last:
                out += fill
        return out

    out = [border(0, "-")]
    for y in range(len(grid)):
        spans = []
        x = 0
        while x < width:
            cell, dy, _ = placed[y][x]
            span = 1
            while x + span < width and placed[y][x + span][0] is cell:
                span += 1
            spans.append((wrap(cell_text(cell) if dy == 0 else "", span), span))
            x += span
        height = max(len(lines) for lines, _ in spans)
        for i in range(height):
            line = "|"
            for lines, span in spans:
                text = lines[i] if i < len(lines) else ""
                room = inner * span + 3 * (span - 1)
                line += " " + text + " " * (room - display_width(text)) + " |"
            out.append(line)
        out.append(border(y + 1, "=" if y == 2 else "-") if y + 1 < len(grid) else border(y, "-"))
    return out

def spanned_grid_table(grid, widths):
    """A grid table as pandoc 3.2 and later writes merged cells: no + inside a cell spanning columns, the
    border below a cell spanning rows left open, its text wrapped through the whole height it covers (the
    open border lines included). widths: each column's text width."""
    placed = positions(grid)
    height, width = len(grid), len(widths)
    edge = [0]
    for w in widths:
        edge.append(edge[-1] + w + 3)
    cells = {}
    for y in range(height):
        for x in range(width):
            cell, dy, dx = placed[y][x]
            if dy == 0 and dx == 0:
                cells[id(cell)] = (cell, y, x)

    def room(cell, x):
        return edge[x + cell.cols] - edge[x] - 3

    def wrapped(cell, x):
        lines, line = [], ""
        for ch in cell_text(cell):
            if display_width(line + ch) > room(cell, x):
                lines.append(line)
                line = ""
            line += ch
        return lines + [line] if line else [""]

    rows = [1] * height
    for cell, y, x in cells.values():
        if cell.rows == 1:
            rows[y] = max(rows[y], len(wrapped(cell, x)))
    for cell, y, x in cells.values():
        short = len(wrapped(cell, x)) - (sum(rows[y:y + cell.rows]) + cell.rows - 1)
        if short > 0:
            rows[y + cell.rows - 1] += short
    top = [0]
    for h in rows:
        top.append(top[-1] + h + 1)
    canvas = [[" "] * (edge[-1] + 1) for _ in range(top[-1] + 1)]

    def at(y, x):
        return placed[y][x][0] if 0 <= y < height and 0 <= x < width else None

    for y in range(-1, height):
        line = top[y + 1]
        for x in range(width):
            closed = at(y, x) is None or at(y, x) is not at(y + 1, x)
            if closed:
                for c in range(edge[x] + 1, edge[x + 1]):
                    canvas[line][c] = "-"
        for x in range(width + 1):
            left = x > 0 and (at(y, x - 1) is None or at(y, x - 1) is not at(y + 1, x - 1))
            right = x < width and (at(y, x) is None or at(y, x) is not at(y + 1, x))
            above = y >= 0 and at(y, x - 1) is not at(y, x)
            below = y + 1 < height and at(y + 1, x - 1) is not at(y + 1, x)
            if (left or right) and (above or below or left != right):
                canvas[line][edge[x]] = "+"
            elif left or right:
                canvas[line][edge[x]] = "-"
            elif above:
                canvas[line][edge[x]] = "|"
        for i in range(rows[y] if y >= 0 else 0):
            for x in range(width + 1):
                if x == 0 or x == width or at(y, x - 1) is not at(y, x):
                    canvas[line - rows[y] + i][edge[x]] = "|"
    for cell, y, x in cells.values():
        for i, text in enumerate(wrapped(cell, x)):
            column = edge[x] + 2
            for ch in text:
                canvas[top[y] + 1 + i][column] = ch
                if display_width(ch) == 2:
                    canvas[top[y] + 1 + i][column + 1] = None
                column += display_width(ch)
    return ["".join(ch for ch in line if ch is not None).rstrip() for line in canvas]


def pandoc_markdown(r):
    """pandoc -t markdown (3.2 or later) from a Word file: the title in YAML front matter, ATX headings,
    every table a grid table with its merged cells spanning rows and columns."""
    blocks = T.blocks(r)
    lines = ["---", "title: " + blocks[0][1], "---", ""]
    widths = {4: [16, 10, 10, 10], 10: [10, 8, 14, 4, 4, 4, 4, 4, 4, 4], 15: [4] * 15}
    for kind, content in blocks[1:]:
        if kind == "t":
            lines += spanned_grid_table(content, widths[T.grid_width(content)])
        else:
            k = kind_of(content, False)
            lines.append({"section": "# ", "subsection": "## "}.get(k, "") + escape(content))
        lines.append("")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Converters
# ---------------------------------------------------------------------------------------------


def pandoc(r):
    """pandoc -t gfm: ATX headings, pipe tables, raw HTML for tables with merged cells, escapes."""
    lines = []
    first = True
    tables = 0
    for kind, content in T.blocks(r):
        if kind == "t":
            tables += 1
            if tables == 1:
                rows = emptied_rows(content)
                lines += pipe_table([[escape(c) for c in row] for row in rows],
                                    align={0: "left", 1: "center", 2: "center", 3: "right"})
            elif tables == 2:
                lines += html_table(content, {T.PARTIAL: "(二)部分公开<br>(区分处理的,只计这一情形,不计其他情形)"})
            else:
                lines += grid_table(content)
        else:
            k = kind_of(content, first)
            first = False
            text = escape(content)
            lines.append({"title": "# ", "section": "## ", "subsection": "### "}.get(k, "") + text)
        lines.append("")
    return "\n".join(lines)


def escape(text):
    """pandoc's escapes of characters Markdown would read as markup."""
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_")


def docling(r):
    """Docling: ## for every heading, repeated merged cells, tables cut by pages and by groups."""
    lines = []
    first = True
    tables = 0
    for kind, content in T.blocks(r):
        if kind == "t":
            tables += 1
            if tables == 1:
                lines += pipe_table(repeated_rows(content), pad=True)
            elif tables == 2:
                rows = repeated_rows(content)
                cut = 3 + 9  # the header, 一, 二 and seven outcome rows on the first page
                lines += pipe_table(rows[:cut], pad=True)
                lines += ["", "<!-- page break -->", "", "<!-- image -->", ""]
                lines += pipe_table(rows[:3] + rows[cut:], pad=True)
            else:
                lines += docling_review_litigation(r["reviewLitigation"])
        else:
            k = kind_of(content, first)
            first = False
            text = wide(content) if k in ("title", "section", "subsection") else content
            lines.append(("## " if k != "text" else "") + text)
            if k == "title":
                lines += ["", "<!-- image -->"]
        lines.append("")
    return "\n".join(lines)


def docling_review_litigation(groups):
    """Table C as Docling cuts a wide table: one small table per group. The first names its group over the
    outcomes; the second's header came out garbled (its group and the outcomes run together, words split);
    the third's header row is repeated."""
    labels = T.C_LABELS
    review, direct, after = ([str(groups[g][p]) for p in T.C_PARTS] for g in T.C_GROUPS)
    lines = pipe_table([["行政复议"] * 5, labels, review], pad=True) + [""]
    garbled = ["行政诉讼 未经复议 直接起诉 结果维持", "结果 纠正", "其他 结果", "尚未 审结", "总 计"]
    lines += pipe_table([["行政诉讼"] * 5, garbled, direct], pad=True) + [""]
    lines += pipe_table([["复议后起诉"] * 5, labels, labels, after], pad=True)
    return lines


def markitdown(r):
    """MarkItDown: setext and emphasised headings, first-row headers, <br> in cells, links, lists, rules."""
    lines = []
    first = True
    tables = 0
    subsection = 0
    for kind, content in T.blocks(r):
        if kind == "t":
            tables += 1
            br = {T.PARTIAL: "(二)部分公开<br>(区分处理的,只计这一情形,不计其他情形)", T.CORNER: T.CORNER.replace(":", ":<br/>")}
            lines += pipe_table(shifted_rows(content, br), outer=tables != 1)
            if tables == 2:
                lines += ["", "<!-- page 4 -->", "", "---"]
        else:
            k = kind_of(content, first)
            first = False
            if k == "title":
                lines += [content, "=" * 20, "", "![](media/image1.png)"]
            elif k == "section":
                lines += [content, "-" * 12]
            elif k == "subsection":
                subsection += 1
                mark = "__" if subsection % 2 == 0 else "**"
                lines.append(f"{mark}{wide(content)}{mark}")
            elif content.startswith("一是"):
                items = content.split(";")
                lines += ["- " + items[0] + ";", "- " + items[1]]
            else:
                lines.append(content.replace("政府门户网站", "[政府门户网站](http://www.example.gov.cn/)", 1)
                             .replace("《中华人民共和国政府信息公开条例》", "**《中华人民共和国政府信息公开条例》**"))
        lines.append("")
    return "\n".join(lines)

def marker(r):
    """marker: page anchors (<span id=…>) opening the file and its headings, bold section headings, ordered
    lists, pipe tables with merged cells emptied and <br> in cells, {N}---- page separators, table B cut by a
    page break without its header repeated."""
    lines = []
    first = True
    tables = 0
    page = 0

    def anchor():
        return f'<span id="page-{page}-{len(lines)}"></span>'

    for kind, content in T.blocks(r):
        if kind == "t":
            tables += 1
            rows = emptied_rows(content)
            for row in rows:
                for i, text in enumerate(row):
                    if text == T.PARTIAL:
                        row[i] = "(二)部分公开<br>(区分处理的,只计这一情形,<br>不计其他情形)"
            if tables == 2:
                cut = 3 + 10
                page += 1
                lines += pipe_table(rows[:cut]) + ["", "", f"{{{page}}}" + "-" * 48, ""]
                lines += pipe_table(rows[cut:])
            else:
                lines += pipe_table(rows)
        else:
            k = kind_of(content, first)
            first = False
            if k == "title":
                lines.append(f"# {anchor()}{content}")
            elif k == "section" and content.startswith("三"):
                lines.append(f"**{content}**")
            elif k == "section":
                lines.append(f"## {anchor()}**{content}**")
            elif k == "subsection":
                lines.append(f"**{wide(content)}**")
            elif content.startswith("一是"):
                items = content.replace("一是", "").split(";二是")
                lines += ["1. " + items[0] + ";", "2. " + items[1]]
            else:
                lines.append(content)
        lines.append("")
    return '<span id="page-0-0"></span>\n\n' + "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Fixtures
# ---------------------------------------------------------------------------------------------

FIXTURES = [
    (T.report("county-2022-pandoc-html-table-grid-table", 61, "青山县人民政府", 2022, "2021", "markdown", 30,
              footnoted=("punishment",)), pandoc),
    (T.report("district-2023-docling-repeated-cells-tables-split", 62, "青山区人民政府", 2023, "2021", "markdown", 45),
     docling),
    (T.report("town-2020-template2019-markitdown-setext-br-cells", 63, "青山县石桥镇人民政府", 2020, "2019", "markdown",
              5), markitdown),
    (T.report("city-2024-pandoc-markdown-grid-tables-row-spans-front-matter", 65, "青山市人民政府", 2024, "2021",
              "markdown", 80, short="市政府"), pandoc_markdown),
    (T.report("bureau-2024-marker-page-anchors-saved-as-txt", 64, "青山县农业农村局", 2024, "2021", "markdown", 12,
              short="我局"), marker),
]


def main():
    for r, write in FIXTURES:
        # Converters' output is kept as .md or .txt alike; the format is told from the content.
        extension = ".txt" if r["name"].endswith("-saved-as-txt") else ".md"
        (HERE / (r["name"] + extension)).write_text(write(r), encoding="utf-8")
        (HERE / (r["name"] + ".expected.json")).write_text(
            json.dumps(T.expected_json(r), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
