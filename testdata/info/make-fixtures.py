#!/usr/bin/env python3
"""Generates the fixtures in this folder: reports whose issuing body and year must be read from the title in its
many shapes, from a crawler's header block, or from the signature, while the narrative names other bodies and
other years; and a report from before the 2019 template, with parts of its own and no template tables.

The reports' numbers and narrative come from ../text/make-fixtures.py (imported as a module, so that every
identity holds). For each fixture NAME it writes NAME.txt or NAME.html and NAME.expected.json (the body, year
and numbers it was made from). Bodies and places are invented.

Run: python3 testdata/info/make-fixtures.py  (output is deterministic)
"""
import html
import importlib.util
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("text_fixtures", HERE.parent / "text" / "make-fixtures.py")
tm = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tm)

# Sentences naming bodies that are not the issuer (a superior office, a party committee, the site's maintainer),
# more often than the report names its own: the narrative must never decide the body while anything else does.
OTHER_BODIES = ("在省政府办公厅和市政府办公室的指导下,区党工委管委会高度重视政务公开工作。"
                "省政府办公厅印发年度工作要点,市政府办公室组织业务培训,管委会信息中心负责网站日常维护。")


def with_other_bodies(blocks):
    """The blocks with the sentences naming other bodies after the first paragraph of 总体情况."""
    out = []
    for kind, content in blocks:
        out.append((kind, content))
        if kind == "p" and content == "(一)主动公开":
            out.append(("p", OTHER_BODIES))
    return out


def text_lines(blocks):
    lines = []
    for kind, content in blocks:
        if kind == "p":
            lines.append(content)
        else:
            lines.extend(tm.rows_piped(content, {}))
    return lines


def html_page(blocks, page_title):
    parts = ["<!DOCTYPE html>", "<html>", "<head>", '<meta charset="utf-8">',
             f"<title>{html.escape(page_title)}</title>", "</head>", "<body>", '<div class="article">']
    for kind, content in blocks:
        if kind == "p":
            parts.append(f"<p>{html.escape(content)}</p>")
            continue
        parts.append('<table border="1">')
        for row in content:
            cells = []
            for cell in row:
                span = (f' rowspan="{cell.rows}"' if cell.rows > 1 else "") + (f' colspan="{cell.cols}"' if cell.cols > 1 else "")
                cells.append(f"<td{span}>{html.escape(tm.number_text(cell.value))}</td>")
            parts.append("<tr>" + "".join(cells) + "</tr>")
        parts.append("</table>")
    parts += ["</div>", "</body>", "</html>"]
    return "\n".join(parts) + "\n"


def expected(r, body):
    out = tm.expected_json(r)
    out["report"]["body"] = body
    return out


def write(name, content, r, body):
    (HERE / name).write_text(content, encoding="utf-8")
    stem = name.rsplit(".", 1)[0]
    (HERE / (stem + ".expected.json")).write_text(
        json.dumps(expected(r, body), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def crawler_header(fields, separator):
    return [f"{label}{colon}{value}" for label, colon, value in fields] + ([separator] if separator else [])


def fixtures():
    # A crawler's text: header block, then the page's text with the title again; the title names a place alone.
    r = tm.report("crawler-header-district-2023", 61, "青屿区人民政府", 2023, "2021", "rows-piped", 20,
                  title="青屿区2023年度政府信息公开工作年度报告")
    header = crawler_header([("标题", ": ", r["title"]), ("发布时间", ": ", "2024-01-30 09:12"), ("发布机构", ":", ""),
                             ("原文链接", ": ", "https://www.example.gov.cn/zwgk/xxgknb/202401/t20240130_1234.html")],
                            "==================== 正文 ====================")
    write(r["name"] + ".txt", "\n".join(header + text_lines(with_other_bodies(tm.blocks(r)))) + "\n", r, "青屿区")

    # Full-width colons, an index number, 发文机关 naming the body, a title naming none, no title in the text.
    r = tm.report("crawler-header-publisher-bureau-2024", 62, "青屿县发展和改革局", 2024, "2021", "rows-piped", 8,
                  short="我局")
    header = crawler_header([("标题", "：", "2024年度政府信息公开工作年度报告"), ("索引号", "：", "QY-0012-2025-00003"),
                             ("发文机关", "：", "青屿县发展和改革局"), ("日期", "：", "2025-01-21"),
                             ("URL", "：", "https://www.example.gov.cn/fgj/2025/0121/3.html")], "-" * 40)
    blocks = with_other_bodies(tm.blocks(r))[1:]
    write(r["name"] + ".txt", "\n".join(header + [""] + text_lines(blocks)) + "\n", r, "青屿县发展和改革局")

    # A ministry's title with 关于; the narrative names 国务院办公厅 more often than the ministry.
    r = tm.report("ministry-guanyu-2022", 63, "青屿部", 2022, "2021", "rows-piped", 90, short="我部",
                  title="青屿部关于2022年政府信息公开工作年度报告")
    blocks = [(k, c.replace("青屿部坚持", "青屿部在国务院办公厅指导下坚持") if k == "p" else c)
              for k, c in with_other_bodies(tm.blocks(r))]
    write(r["name"] + ".txt", "\n".join(text_lines(blocks)) + "\n", r, "青屿部")

    # A title naming no body, the signature on one line with its date at the end: a street's office.
    r = tm.report("signature-beside-date-street-2023", 64, "青屿区城关街道办事处", 2023, "2021", "rows-piped", 4,
                  short="我街道", title="2023年度政府信息公开工作年度报告")
    blocks = with_other_bodies(tm.blocks(r)) + [("p", "青屿区城关街道办事处 2024年1月20日")]
    write(r["name"] + ".txt", "\n".join(text_lines(blocks)) + "\n", r, "青屿区城关街道办事处")

    # A pilot zone's page: its title names the zone; its narrative names the party committee and offices.
    r = tm.report("pilot-zone-2023", 65, "青屿综合实验区管理委员会", 2023, "2021", "rows-piped", 15, short="我区",
                  title="青屿综合实验区2023年度政府信息公开工作年度报告")
    write(r["name"] + ".html", html_page(with_other_bodies(tm.blocks(r)), r["title"] + "_青屿综合实验区门户网站"),
          r, "青屿综合实验区")

    # A town's 年报 on the 2019 template, a date line under the title and the year as a suffix.
    r = tm.report("town-nianbao-date-line-2020", 66, "青屿县白石镇人民政府", 2020, "2019", "rows-piped", 3, short="我镇",
                  title="青屿县白石镇人民政府政府信息公开年报(2020年度)")
    blocks = tm.blocks(r)
    blocks.insert(1, ("p", "(2021年1月25日)"))
    write(r["name"] + ".html", html_page(with_other_bodies(blocks), "政府信息公开年报"), r, "青屿县白石镇人民政府")


# A report from before the template of 2019: parts of its own, figures in the text, no template tables.
LEGACY = [
    "青屿县2013年政府信息公开工作年度报告",
    "本报告根据《中华人民共和国政府信息公开条例》要求,由青屿县人民政府办公室编制。全文包括概述、主动公开政府信息情况、"
    "依申请公开政府信息情况、政府信息公开的收费及减免情况、因政府信息公开申请提起行政复议和行政诉讼的情况、"
    "存在的主要问题及改进措施。本报告中所列数据的统计期限自2013年1月1日起至2013年12月31日止。",
    "一、概述",
    "2013年,我县政府信息公开工作在县委、县政府的领导下,认真贯彻落实《中华人民共和国政府信息公开条例》,"
    "进一步完善工作机制,规范公开程序,政府信息公开工作取得新的进展。",
    "二、主动公开政府信息情况",
    "2013年,全县共主动公开政府信息2316条,其中通过政府门户网站公开1984条,通过公开栏、广播电视等其他方式公开332条。",
    "三、依申请公开政府信息情况",
    "2013年,全县共受理政府信息公开申请37件,其中当面申请21件、网络申请12件、信函申请4件。已全部按期答复。",
    "四、政府信息公开的收费及减免情况",
    "2013年,全县未收取政府信息公开检索、复制、邮寄等费用。",
    "五、因政府信息公开申请提起行政复议、行政诉讼的情况",
    "2013年,全县未发生因政府信息公开申请提起的行政复议和行政诉讼。",
    "六、存在的主要问题及改进措施",
    "一是部分单位公开内容不够全面;二是信息更新不够及时。2014年,我县将进一步加强政府信息公开工作。",
    "青屿县人民政府办公室",
    "2014年3月28日",
]


# A table of its own, as reports before 2019 printed them: its rows name items of the later template (行政许可),
# which must not make it one of the template's tables.
OWN_TABLE = [[tm.C("统计指标"), tm.C("单位"), tm.C("数量")], [tm.C("主动公开政府信息数"), tm.C("条"), tm.C(1874)],
             [tm.C("其中:行政许可"), tm.C("件"), tm.C(152)], [tm.C("行政处罚"), tm.C("件"), tm.C(61)],
             [tm.C("收到政府信息公开申请数"), tm.C("件"), tm.C(29)], [tm.C("行政复议"), tm.C("件"), tm.C(0)]]


def legacy():
    def write_legacy(name, content, title, year):
        (HERE / name).write_text(content, encoding="utf-8")
        (HERE / (name.rsplit(".", 1)[0] + ".expected.json")).write_text(json.dumps(
            {"report": {"title": title, "body": "青屿县", "year": year, "template": "legacy"}},
            ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    write_legacy("legacy-county-2013.txt", "\n".join(LEGACY) + "\n", LEGACY[0], 2013)
    lines = [line.replace("2013", "2017").replace("2014", "2018").replace("2316", "1874")
             for line in LEGACY]
    blocks = [("p", line) for line in lines[:6]] + [("t", OWN_TABLE)] + [("p", line) for line in lines[6:]]
    write_legacy("legacy-county-2017-own-table.html", html_page(blocks, lines[0]), lines[0], 2017)


if __name__ == "__main__":
    fixtures()
    legacy()
