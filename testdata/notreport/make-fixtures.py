#!/usr/bin/env python3
"""Generates the files in this folder: what a corpus folder holds besides reports, each of which must be refused as
no report (a list page of reports, news about a report, notices about the report's format with the template's
headings and empty tables, a page that only points to the report as an attachment, a script and a README).
Names, addresses and wording are invented; the format notices are paraphrased, with the template's tables from
../text/make-fixtures.py left empty as the format prints them. notreport.tsv lists each file with a phrase its
refusal must state.

Run: python3 testdata/notreport/make-fixtures.py  (output is deterministic)
"""
import html
import importlib.util
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("text_fixtures", HERE.parent / "text" / "make-fixtures.py")
tm = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tm)

REPORTS = [("青屿区2023年度政府信息公开工作年度报告", "2024-01-30"), ("青屿区教育局2023年度政府信息公开工作年度报告", "2024-01-26"),
           ("青屿区白石镇人民政府2023年政府信息公开工作年度报告", "2024-01-22"), ("青屿区2022年度政府信息公开工作年度报告", "2023-01-31"),
           ("青屿区教育局2022年度政府信息公开工作年度报告", "2023-01-29"), ("青屿区2021年度政府信息公开工作年度报告", "2022-01-28")]


def page(title, body_html):
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>" + html.escape(title)
            + "_青屿区人民政府</title>\n</head>\n<body>\n" + body_html + "\n</body>\n</html>\n")


def paragraphs(lines):
    return "\n".join(f"<p>{html.escape(line)}</p>" for line in lines)


def table(grid):
    rows = []
    for row in grid:
        cells = []
        for cell in row:
            span = (f' rowspan="{cell.rows}"' if cell.rows > 1 else "") + (f' colspan="{cell.cols}"' if cell.cols > 1 else "")
            cells.append(f"<td{span}>{html.escape(tm.number_text(cell.value))}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return '<table border="1">\n' + "\n".join(rows) + "\n</table>"


def blank(grid):
    """The grid with every number cell empty, as the format prints its tables."""
    for row in grid:
        for cell in row:
            if not isinstance(cell.value, str):
                cell.value = ""
    return grid


def template_tables(template):
    r = tm.report("format", 1, "", 2021, template, "rows-piped", 10)
    return (blank(tm.table_a(template, r["activeDisclosure"], False)), blank(tm.table_b(template, r["applications"], {}, {})),
            blank(tm.table_c(r["reviewLitigation"], {}, {})))


def format_notice(number, date, template):
    """A notice publishing the report's format: the template's sections with what each should say, empty tables."""
    a, b, c = template_tables(template)
    return [
        ("p", "国务院办公厅政府信息与政务公开办公室关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知"),
        ("p", f"国办公开办函〔{number}"),
        ("p", "各省、自治区、直辖市人民政府办公厅,国务院各部委、各直属机构办公厅(室):"),
        ("p", "为规范政府信息公开工作年度报告的编制和发布,我办制定了《中华人民共和国政府信息公开工作年度报告格式》,"
              "现印发给你们,请遵照执行。各地区、各部门编制年度报告时,应当按照格式要求填写,确保数据准确。"),
        ("p", "附件"),
        ("p", "中华人民共和国政府信息公开工作年度报告格式"),
        ("p", "一、总体情况"),
        ("p", "围绕主动公开、依申请公开、政府信息管理、平台建设、监督保障等方面,简要说明年度工作情况。"),
        ("p", "二、主动公开政府信息情况"), ("t", a),
        ("p", "三、收到和处理政府信息公开申请情况"), ("t", b),
        ("p", "四、政府信息公开行政复议、行政诉讼情况"), ("t", c),
        ("p", "五、存在的主要问题及改进情况"),
        ("p", "说明本年度工作中存在的主要问题,以及上一年度报告所列问题的改进情况。"),
        ("p", "六、其他需要报告的事项"),
        ("p", "说明收取信息处理费的情况,以及其他需要报告的事项。"),
        ("p", "国务院办公厅政府信息与政务公开办公室"),
        ("p", date),
    ]


def text_of(blocks):
    lines = []
    for kind, content in blocks:
        lines.extend([content] if kind == "p" else tm.rows_piped(content, {}))
    return "\n".join(lines) + "\n"


def html_of(title, blocks):
    return page(title, "\n".join(paragraphs([content]) if kind == "p" else table(content) for kind, content in blocks))


NEWS = ["青屿区召开2023年度政府信息公开工作年度报告编制工作部署会", "发布时间:2023-12-20 16:05 来源:青屿区人民政府办公室",
        "12月19日,青屿区召开政府信息公开工作年度报告编制工作部署会,区政府办公室主要负责同志出席会议并讲话,"
        "各街道、区直各部门分管负责同志参加会议。",
        "会议要求,年度报告要严格按照国家规定的格式编制,逐项写明总体情况、主动公开政府信息情况、"
        "收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项,"
        "做到数据准确、内容完整。",
        "一、提高思想认识",
        "各单位要把年度报告编制作为检验全年政务公开工作的重要抓手,主要负责同志要亲自审核。",
        "二、严格数据审核",
        "报告中的统计数据要与工作台账一致,表格中的各项数据要相互对应,避免出现逻辑错误。",
        "三、按时公开发布",
        "各单位须于2024年1月31日前在政府门户网站公开本单位2023年度政府信息公开工作年度报告。"]

STUB_TITLE = "青屿区发展和改革局2023年度政府信息公开工作年度报告"
STUB_PDF = "https://www.example.gov.cn/fgj/xxgknb/202401/P020240125511.pdf"

SCRIPT = '''#!/usr/bin/env python3
"""Downloads 政府信息公开工作年度报告 pages and saves their text."""
import sys

import requests

SECTIONS = [
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
]


def fetch(url):
    page = requests.get(url, timeout=30)
    page.encoding = page.apparent_encoding
    return page.text


if __name__ == "__main__":
    for address in sys.argv[1:]:
        text = fetch(address)
        found = [s for s in SECTIONS if s in text]
        print(address, len(found), "of", len(SECTIONS), "sections")
'''

README = """# 政府信息公开年报采集工具

采集各级政府门户网站发布的政府信息公开工作年度报告,保存为文本。

## 一、安装

pip install -r requirements.txt

## 二、使用方法

python crawl.py 地址列表.txt

## 三、输出格式

每个报告保存为一个文本文件,文件开头是标题、发布时间和原文链接,其后是正文:

- 一、总体情况
- 二、主动公开政府信息情况
- 三、收到和处理政府信息公开申请情况

| 字段 | 说明 |
|---|---|
| 标题 | 报告标题 |
| 发布时间 | 页面上的发布时间 |
"""


def main():
    files = {}
    lines = ["首页 > 政务公开 > 政府信息公开年报", "政府信息公开年报"]
    # A list with the opening words of each report under its title, as search and column pages show them.
    for i, (title, date) in enumerate(REPORTS, 1):
        lines += [f"{i}. {title} {date}", f"一、总体情况 {title[title.index('20'):title.index('20') + 4]}年,{title[:title.index('20')]}"
                  "坚持以公开为常态、不公开为例外,持续深化政务公开……"]
    lines += ["共6条 1/1页 首页 上一页 下一页 尾页"]
    files["list-page-reports.txt"] = "\n".join(lines) + "\n"
    items = "\n".join(f'<li><a href="/zwgk/xxgknb/{date[:4]}/t{date.replace("-", "")}_{i}.html">{html.escape(title)}</a>'
                      f"<span>{date}</span><p>一、总体情况 {title[title.index('20'):title.index('20') + 4]}年,"
                      f"{title[:title.index('20')]}坚持以公开为常态、不公开为例外,持续深化政务公开……</p></li>"
                      for i, (title, date) in enumerate(REPORTS, 1))
    files["list-page-reports.html"] = page("政府信息公开年报", '<div class="crumb">首页 &gt; 政务公开 &gt; 政府信息公开年报</div>\n'
                                      '<h2>政府信息公开年报</h2>\n<ul class="list">\n' + items + "\n</ul>\n"
                                      '<div class="page">共6条 1/1页</div>')

    files["news-report-meeting.txt"] = "\n".join(NEWS) + "\n"
    files["news-report-meeting.html"] = page(NEWS[0], '<div class="article"><h1>' + html.escape(NEWS[0]) + "</h1>\n"
                                            + paragraphs(NEWS[1:]) + "</div>")

    files["format-notice-2019.txt"] = text_of(format_notice("2019〕60号", "2019年12月16日", "2019"))
    notice = format_notice("2021〕30号", "2021年9月22日", "2021")
    files["format-notice-2021.html"] = html_of(notice[0][1], notice)
    files["format-notice-2021.txt"] = text_of(notice)

    files["attachment-stub.txt"] = "\n".join([
        f"标题: {STUB_TITLE}", "发布时间: 2024-01-25 10:40", "发布机构: 青屿区发展和改革局",
        "原文链接: https://www.example.gov.cn/fgj/xxgknb/202401/t20240125_511.html", "=" * 20 + " 正文 " + "=" * 20,
        STUB_TITLE, "详见附件。", f"附件:{STUB_TITLE}.pdf", STUB_PDF]) + "\n"
    files["attachment-stub.html"] = page(STUB_TITLE, f'<div class="article"><h1>{STUB_TITLE}</h1>\n<p>详见附件。</p>\n'
                                         f'<p>附件:<a href="{STUB_PDF}">{STUB_TITLE}.pdf</a></p></div>')

    files["crawler-script.py"] = SCRIPT
    files["README.md"] = README

    for name, content in files.items():
        (HERE / name).write_text(content, encoding="utf-8")
    expected = {"attachment-stub.txt": STUB_PDF, "attachment-stub.html": STUB_PDF}
    (HERE / "notreport.tsv").write_text("file\tmessage\n" + "".join(
        f"{name}\t{expected.get(name, '')}\n" for name in sorted(files)), encoding="utf-8")


if __name__ == "__main__":
    main()
