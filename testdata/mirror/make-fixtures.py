#!/usr/bin/env python3
"""Generates the mirror and damaged-copy fixtures in this folder.

Reports as they reach a researcher from mirror sites and careless copies: converted to traditional
characters with Taiwan phrasing, annotated with pinyin in every style sites use, hijacked by advertisement
strings, with digits dropped, with the label drift of real tables. The reports and their numbers come from
../text/make-fixtures.py (imported, not changed); this script only dresses and damages them. For each
fixture NAME it writes NAME.txt (and NAME.html where the page is the point) and NAME.expected.json: the
numbers that can still be read. clean-info.tsv lists the info-level codes each copy raises: what it says
about the copy. Under broken/, a copy broken in one place raises exactly the code of broken/expected.tsv.

Run: python3 testdata/mirror/make-fixtures.py  (output is deterministic)
"""
import html
import importlib.util
import json
import pathlib
import re
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("text_fixtures", HERE.parent / "text" / "make-fixtures.py")
T = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(T)

AD = "澳门新葡京娱乐城"

# ---------------------------------------------------------------------------------------------
# Taiwan phrasing: whole words replaced before the characters are converted (as OpenCC's s2twp does)
# ---------------------------------------------------------------------------------------------

TAIWAN_PHRASES = [("门户网站", "入口網站"), ("文件", "檔案"), ("信息", "資訊"), ("优化", "最佳化"), ("软件", "軟體"),
                  ("网络", "網路"), ("数据", "資料"), ("程序", "程式"), ("打印", "列印"), ("视频", "影片"),
                  ("项目", "專案")]
# Characters the text fixtures' table leaves out, which these reports use.
MORE_S2T = {pair[0]: pair[1] for pair in "说說 样樣 线線 页頁 统統 际際 传傳 汇匯 这這 问問 书書 论論".split()}


def taiwan(text):
    for simplified, phrase in TAIWAN_PHRASES:
        text = text.replace(simplified, phrase)
    return "".join(T.S2T.get(ch, MORE_S2T.get(ch, ch)) for ch in text)


# ---------------------------------------------------------------------------------------------
# Pinyin in every style conversion sites use, taking turns: 鎮(zhèn), (gong), (zheng)(zheng), 數(shu4)
# ---------------------------------------------------------------------------------------------

def tone_digit(syllable):
    marks = {"\u0304": "1", "\u0301": "2", "\u030c": "3", "\u0300": "4"}
    decomposed = unicodedata.normalize("NFD", syllable)
    digit = next((d for m, d in marks.items() if m in decomposed), "5")
    return T.toneless(syllable) + digit


def mixed_pinyin(text):
    styles = [lambda s: f"({s})", lambda s: f"({T.toneless(s)})", lambda s: f"({T.toneless(s)})" * 2,
              lambda s: f" ({tone_digit(s)})"]
    out, turn = [], 0
    for ch in text:
        out.append(ch)
        if ch in T.PINYIN:
            out.append(styles[turn % len(styles)](T.PINYIN[ch]))
            turn += 1
    return "".join(out)


def ruby(escaped):
    """Ruby markup for the annotated characters of escaped HTML text."""
    return "".join(f"<ruby>{ch}<rp>(</rp><rt>{T.PINYIN[ch]}</rt><rp>)</rp></ruby>" if ch in T.PINYIN else ch
                   for ch in escaped)

# ---------------------------------------------------------------------------------------------
# Rendering: the text fixtures' renderer, then a whole-text dressing; HTML from the same blocks
# ---------------------------------------------------------------------------------------------

def html_page(r, dress_text, rubies=False):
    def text(t):
        escaped = html.escape(dress_text(T.number_text(t)) if isinstance(t, str) else T.number_text(t))
        escaped = escaped.replace("\n", "<br>")
        return ruby(escaped) if rubies else escaped

    parts = []
    items = T.blocks(r)
    title = dress_text(items[0][1])
    for kind, content in items:
        if kind == "p":
            parts.append(f"<p>{text(content)}</p>")
        else:
            rows = []
            for row in content:
                cells = "".join(
                    f"<td{f' rowspan={chr(34)}{c.rows}{chr(34)}' if c.rows > 1 else ''}"
                    f"{f' colspan={chr(34)}{c.cols}{chr(34)}' if c.cols > 1 else ''}>{text(c.value)}</td>" for c in row)
                rows.append(f"<tr>{cells}</tr>")
            parts.append("<table border=\"1\">\n" + "\n".join(rows) + "\n</table>")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title)}</title></head>\n<body>\n<div class=\"article\">\n"
            + "\n".join(parts) + "\n</div>\n</body></html>\n")


def edit(r, old, new):
    r.setdefault("edits", []).append((old, new))


def expected(r, unreadable=()):
    """The numbers of the report, without the cells the copy lost: (table, row, column) triples."""
    out = T.expected_json(r)
    for table, row, column in unreadable:
        del out[table][row][column]
    return out

# ---------------------------------------------------------------------------------------------
# Fixtures
# ---------------------------------------------------------------------------------------------

def taiwan_phrased():
    r = T.report("county-2023-taiwan-phrased", 61, "青山县人民政府", 2023, "2021", "rows-piped", 24)
    edit(r, "做好政务新媒体日常运维", "做好政务新媒体和网络平台日常运维,升级网站管理软件,为群众提供政策文件打印服务")
    edit(r, "严格落实政府信息公开保密审查制度", "严格落实政府信息公开保密审查制度和发布程序")
    return r


def pinyin_mixed():
    return T.report("town-2022-pinyin-bare-doubled-digits", 62, "青山县石门镇人民政府", 2022, "2021", "rows-piped", 5,
                    short="我镇", traditional=True)


def hijacked():
    r = T.report("county-2022-hijacked-ad-strings", 63, "青山县人民政府", 2022, "2021", "rows-piped", 20)
    edit(r, "2022年,青山县人民政府坚持", f"2022年,{AD}坚持")
    return r


def dropped_digits():
    r = T.report("county-2021-dropped-digits", 64, "青山县人民政府", 2021, "2021", "rows-piped", 18)
    edit(r, "现将2021年度政府信息公开工作情况报告如下。",
         "按照《国务院办公厅政府信息公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》"
         "(国办公开办函〔202130号)要求,本报告中所列数据的统计期限自202111日至1231日止。"
         "现将2021年度政府信息公开工作情况报告如下。")
    return r


def label_drift():
    return T.report("town-2020-template2019-label-drift", 65, "青山县白沙镇人民政府", 2020, "2019", "rows-piped", 4,
                    short="我镇", wording={"upheld": "结果\n维持"})


def text_of(r, style=None):
    return T.render(r, style or r["style"], r.get("wrap"))


def replace_once(text, old, new):
    assert old in text, old
    return text.replace(old, new, 1)


def main():
    written = []  # (file, info codes)

    def write(r, text, codes=(), unreadable=(), html_text=None):
        (HERE / (r["name"] + ".txt")).write_text(text, encoding="utf-8")
        files = [r["name"] + ".txt"]
        if html_text is not None:
            (HERE / (r["name"] + ".html")).write_text(html_text, encoding="utf-8")
            files.append(r["name"] + ".html")
        (HERE / (r["name"] + ".expected.json")).write_text(
            json.dumps(expected(r, unreadable), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        for file in files:
            written.extend((file, code) for code in codes)

    r = taiwan_phrased()
    write(r, taiwan(text_of(r)), html_text=html_page(r, taiwan))

    r = pinyin_mixed()
    plain_traditional = lambda t: T.dress(t, {"traditional": True})
    write(r, mixed_pinyin(text_of(r)), ["PINYIN_MIRROR"], html_text=html_page(r, plain_traditional, rubies=True))

    r = hijacked()
    text = text_of(r)
    text = replace_once(text, "三、收到和处理政府信息公开申请情况", f"三、收到和处理{AD}申请情况")
    text = replace_once(text, "(二)依申请公开", f"(二){AD}")
    text = replace_once(text, "3.危及“三安全一稳定”", f"3.{AD}")
    text = replace_once(text, "| (一)予以公开 |", f"| {AD} |")
    text = replace_once(text, "\n行政强制 |", f"\n{AD} |")
    write(r, text, ["HIJACKED_COPY"])

    r = dropped_digits()
    text = text_of(r)
    text = re.sub(r"主动公开政府信息\d+条", "主动公开政府信息条", text, count=1)
    text = replace_once(text, "四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公开行政复议、行政诉讼情")
    text = replace_once(text, "2.其他法律行政法规禁止公开", "2.其他法律行政禁止公开")
    write(r, text)

    r = label_drift()
    text = text_of(r, "rows-piped")
    text = replace_once(text, "第二十条第(一)项 | |||\n", "")
    text = replace_once(text, "2.其他法律行政法规禁止公开", "2.其他法律行政止公开")
    text = replace_once(text, "5.属于三类内部事务信息", "5.属于三类内容事务信息")
    text = replace_once(text, "行政复议 | 行政诉讼 |", "行政法复议 | 行政诉讼 |")
    # The label cells of table A merged over two columns: the first two headers span them too, the others do not.
    text = text.replace("\n信息内容 | ", "\n信息内容 |  | ", 2)
    for item in ("规章", "规范性文件", "行政许可", "其他对外管理服务事项", "行政处罚", "行政强制", "行政事业性收费", "政府集中采购"):
        text = text.replace(f"\n{item} | ", f"\n{item} |  | ", 1)
    fees = r["activeDisclosure"]["fees"]
    text = replace_once(text, f"行政事业性收费 |  | {fees['previousYear']} | {fees['change']} |",
                        f"行政事业性收费 |  | / | {fees['change']} |")
    # The same page as HTML: 结果<br>维持 in a header cell, the label cells of table A merged over two columns.
    page = html_page(r, lambda t: t)
    page = replace_once(page, '<tr><td colspan="4">第二十条第(一)项</td></tr>\n', "")
    page = replace_once(page, "2.其他法律行政法规禁止公开", "2.其他法律行政止公开")
    page = replace_once(page, "5.属于三类内部事务信息", "5.属于三类内容事务信息")
    page = replace_once(page, '<td colspan="5">行政复议</td>', '<td colspan="5">行政法复议</td>')
    page = re.sub(r'colspan="4">(第二十条第)', r'colspan="5">\1', page)
    for label in ("信息内容", "规章", "规范性文件", "行政许可", "其他对外管理服务事项", "行政处罚", "行政强制", "行政事业性收费",
                  "政府集中采购"):
        page = page.replace(f"<tr><td>{label}</td>", f'<tr><td colspan="2">{label}</td>')
    page = replace_once(page, f'<td colspan="2">行政事业性收费</td><td>{fees["previousYear"]}</td>',
                        '<td colspan="2">行政事业性收费</td><td>/</td>')
    write(r, text, ["NOT_REPORTED"], unreadable=[("activeDisclosure", "fees", "previousYear")], html_text=page)

    # A clean report with one word of a heading replaced by an advertisement: the copy is flagged, nothing else.
    folder = HERE / "broken"
    folder.mkdir(exist_ok=True)
    r = T.report("hijacked-heading-word", 66, "青山县人民政府", 2023, "2021", "rows-piped", 15)
    (folder / (r["name"] + ".txt")).write_text(
        replace_once(text_of(r), "(二)依申请公开", f"(二){AD}"), encoding="utf-8")
    T.write_manifest(folder / "expected.tsv", [(r["name"] + ".txt", "HIJACKED_COPY", "", "", "")])

    (HERE / "clean-info.tsv").write_text(
        "file\tcode\n" + "".join(f"{file}\t{code}\n" for file, code in written), encoding="utf-8")


if __name__ == "__main__":
    main()
