#!/usr/bin/env python3
"""Generates the PDF fixtures: each report is held here as data, written as HTML the way bodies write it
(real <table> with rowspan/colspan and borders), converted by LibreOffice to PDF, and accompanied by
NAME.txt (the same report as pipe text) and NAME.expected.json (the numbers, in the JSON contract's shape).

Run through make-fixtures.sh; needs soffice, fonts-noto-cjk and pdftoppm. Output is deterministic for a
given seed except for PDF timestamps.
"""
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- template labels

B_COLUMNS = ["naturalPerson", "commercial", "research", "publicInterest", "legalService", "other", "total"]
DENIED = [("deniedStateSecret", "1.属于国家秘密"), ("deniedProhibitedByLaw", "2.其他法律行政法规禁止公开"),
          ("deniedThreeSecurities", "3.危及“三安全一稳定”"), ("deniedThirdParty", "4.保护第三方合法权益"),
          ("deniedInternalAffairs", "5.属于三类内部事务信息"), ("deniedProcessInformation", "6.属于四类过程性信息"),
          ("deniedEnforcementFiles", "7.属于行政执法案卷"), ("deniedQueryMatters", "8.属于行政查询事项")]
UNABLE = [("unableNotHeld", "1.本机关不掌握相关政府信息"), ("unableNeedsCreation", "2.没有现成信息需要另行制作"),
          ("unableUnclear", "3.补正后申请内容仍不明确")]
REJECTED = [("rejectedPetition", "1.信访举报投诉类申请"), ("rejectedRepeated", "2.重复申请"),
            ("rejectedPublication", "3.要求提供公开出版物"), ("rejectedExcessive", "4.无正当理由大量反复申请"),
            ("rejectedConfirmation", "5.要求行政机关确认或重新出具已获取信息")]
OTHER_2021 = [("otherNoCorrection", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
              ("otherNoFee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
              ("otherOther", "3.其他")]
C_GROUPS = ["review", "litigationDirect", "litigationAfterReview"]
C_MEASURES = ["upheld", "corrected", "other", "pending", "total"]
C_LABELS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]


class Cell:
    def __init__(self, text, rows=1, cols=1, head=False, width=None):
        self.text, self.rows, self.cols, self.head, self.width = str(text), rows, cols, head, width


def outcome_rows(template):
    """Table B rows between 三 and (七), as (key, group label, group size, item label)."""
    rows = [("granted", None, 0, "(一)予以公开"),
            ("partiallyGranted", None, 0, "(二)部分公开(区分处理的,只计这一情形,不计其他情形)")]
    for group, items in (("(三)不予公开", DENIED), ("(四)无法提供", UNABLE), ("(五)不予处理", REJECTED)):
        for i, (key, label) in enumerate(items):
            rows.append((key, group if i == 0 else "", len(items), label))
    if template == "2021":
        for i, (key, label) in enumerate(OTHER_2021):
            rows.append((key, "(六)其他处理" if i == 0 else "", 3, label))
    else:
        rows.append(("other", None, 0, "(六)其他处理"))
    return rows


# ---------------------------------------------------------------- numbers

def table_b_numbers(rng, template, scale):
    """Numbers that satisfy every identity: row totals, (七) = Σ outcomes, 一 + 二 = (七) + 四."""
    keys = [key for key, _, _, _ in outcome_rows(template)]
    weights = {"granted": 10, "partiallyGranted": 3, "unableNotHeld": 5, "rejectedPetition": 2,
               "rejectedRepeated": 1, "otherOther": 1, "other": 2, "unableUnclear": 1, "deniedThirdParty": 1}
    b = {key: {} for key in ["newlyReceived", "carriedOver"] + keys + ["totalProcessed", "carriedForward"]}
    for c, column in enumerate(B_COLUMNS[:6]):
        share = [1.0, 0.2, 0.02, 0.05, 0.1, 0.08][c]
        for key in keys:
            w = weights.get(key, 0.3)
            b[key][column] = int(rng.random() * w * scale * share) if rng.random() < 0.85 else 0
        processed = sum(b[key][column] for key in keys)
        forward = int(rng.random() * processed * 0.1)
        over = int(rng.random() * (processed + forward) * 0.15)
        b["totalProcessed"][column] = processed
        b["carriedForward"][column] = forward
        b["carriedOver"][column] = over
        b["newlyReceived"][column] = processed + forward - over
    for row in b.values():
        row["total"] = sum(row[c] for c in B_COLUMNS[:6])
    return b


def table_c_numbers(rng, scale):
    c = {}
    for group in C_GROUPS:
        values = [int(rng.random() * scale * w) for w in (0.4, 0.15, 0.2, 0.1)]
        if group == "review":
            values[0] += 1  # every fixture reports at least one review
        c[group] = dict(zip(C_MEASURES, values + [sum(values)]))
    return c


def table_a_numbers(rng, template, scale):
    n = lambda w: int(rng.random() * scale * w)
    if template == "2021":
        return {"rules": {"issued": n(0.05), "repealed": n(0.02), "inForce": n(0.5) + 1},
                "normativeDocuments": {"issued": n(0.5) + 1, "repealed": n(0.2), "inForce": n(4) + 3},
                "licensing": {"decisions": n(60) + 5}, "punishment": {"decisions": n(30) + 2},
                "enforcement": {"decisions": n(5) + 1},
                "fees": {"amount": round(rng.random() * scale * 3 + 1, 2)}}
    return {"rules": {"newlyMade": n(0.05), "newlyPublished": n(0.05), "totalPublished": n(0.5) + 1},
            "normativeDocuments": {"newlyMade": n(0.5) + 1, "newlyPublished": n(0.5) + 1, "totalPublished": n(4) + 3},
            "licensing": {"previousYear": n(2) + 10, "change": int(rng.random() * 9) - 4, "decisions": n(60) + 5},
            "otherServices": {"previousYear": n(1) + 3, "change": int(rng.random() * 5) - 2, "decisions": n(20)},
            "punishment": {"previousYear": n(3) + 10, "change": int(rng.random() * 7) - 3, "decisions": n(30) + 2},
            "enforcement": {"previousYear": n(0.5) + 2, "change": 0, "decisions": n(5) + 1},
            "fees": {"previousYear": n(0.2) + 1, "change": -1},
            "procurement": {"count": n(0.6) + 2, "amount": round(rng.random() * scale * 40 + 10, 2)}}


def fmt(value, thousands=False):
    if isinstance(value, float):
        return ("{:,.2f}" if thousands else "{:.2f}").format(value).rstrip("0").rstrip(".")
    return "{:,}".format(value) if thousands else str(value)


# ---------------------------------------------------------------- tables as cell layouts

def table_a_layout(template, a, thousands):
    v = lambda x: fmt(x, thousands)
    if template == "2021":
        return [
            [Cell("第二十条第(一)项", cols=4, head=True)],
            [Cell("信息内容"), Cell("本年制发件数"), Cell("本年废止件数"), Cell("现行有效件数")],
            [Cell("规章")] + [Cell(v(a["rules"][k])) for k in ("issued", "repealed", "inForce")],
            [Cell("行政规范性文件")] + [Cell(v(a["normativeDocuments"][k])) for k in ("issued", "repealed", "inForce")],
            [Cell("第二十条第(五)项", cols=4, head=True)],
            [Cell("信息内容"), Cell("本年处理决定数量", cols=3)],
            [Cell("行政许可"), Cell(v(a["licensing"]["decisions"]), cols=3)],
            [Cell("第二十条第(六)项", cols=4, head=True)],
            [Cell("信息内容"), Cell("本年处理决定数量", cols=3)],
            [Cell("行政处罚"), Cell(v(a["punishment"]["decisions"]), cols=3)],
            [Cell("行政强制"), Cell(v(a["enforcement"]["decisions"]), cols=3)],
            [Cell("第二十条第(八)项", cols=4, head=True)],
            [Cell("信息内容"), Cell("本年收费金额(单位:万元)", cols=3)],
            [Cell("行政事业性收费"), Cell(v(a["fees"]["amount"]), cols=3)]]
    row = lambda label, key, keys: [Cell(label)] + [Cell(v(a[key][k])) for k in keys]
    three = ("previousYear", "change", "decisions")
    return [
        [Cell("第二十条第(一)项", cols=4, head=True)],
        [Cell("信息内容"), Cell("本年新制作数量"), Cell("本年新公开数量"), Cell("对外公开总数量")],
        row("规章", "rules", ("newlyMade", "newlyPublished", "totalPublished")),
        row("规范性文件", "normativeDocuments", ("newlyMade", "newlyPublished", "totalPublished")),
        [Cell("第二十条第(五)项", cols=4, head=True)],
        [Cell("信息内容"), Cell("上一年项目数量"), Cell("本年增/减"), Cell("处理决定数量")],
        row("行政许可", "licensing", three),
        row("其他对外管理服务事项", "otherServices", three),
        [Cell("第二十条第(六)项", cols=4, head=True)],
        [Cell("信息内容"), Cell("上一年项目数量"), Cell("本年增/减"), Cell("处理决定数量")],
        row("行政处罚", "punishment", three),
        row("行政强制", "enforcement", three),
        [Cell("第二十条第(八)项", cols=4, head=True)],
        [Cell("信息内容"), Cell("上一年项目数量"), Cell("本年增/减", cols=2)],
        [Cell("行政事业性收费"), Cell(v(a["fees"]["previousYear"])), Cell(v(a["fees"]["change"]), cols=2)],
        [Cell("第二十条第(九)项", cols=4, head=True)],
        [Cell("信息内容"), Cell("采购项目数量"), Cell("采购总金额", cols=2)],
        [Cell("政府集中采购"), Cell(v(a["procurement"]["count"])), Cell(v(a["procurement"]["amount"]), cols=2)]]


def table_b_layout(template, b, thousands):
    v = lambda x: fmt(x, thousands)
    values = lambda key: [Cell(v(b[key][c])) for c in B_COLUMNS]
    rows = [
        [Cell("(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)", rows=3, cols=3, head=True),
         Cell("申请人情况", cols=7, head=True)],
        [Cell("自然人", rows=2, head=True), Cell("法人或其他组织", cols=5, head=True), Cell("总计", rows=2, head=True)],
        [Cell(t, head=True) for t in ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")],
        [Cell("一、本年新收政府信息公开申请数量", cols=3)] + values("newlyReceived"),
        [Cell("二、上年结转政府信息公开申请数量", cols=3)] + values("carriedOver")]
    outcomes = outcome_rows(template)
    for i, (key, group, size, label) in enumerate(outcomes):
        row = []
        if i == 0:
            # Narrow, so that the label runs one character per line as in the template.
            row.append(Cell("三、本年度办理结果", rows=len(outcomes) + 1, width=22))
        if group is None:
            row.append(Cell(label, cols=2))
        else:
            if group:
                row.append(Cell(group, rows=size, width=60))
            row.append(Cell(label))
        rows.append(row + values(key))
    rows.append([Cell("(七)总计", cols=2)] + values("totalProcessed"))
    rows.append([Cell("四、结转下年度继续办理", cols=3)] + values("carriedForward"))
    return rows


FULL_WIDTH = str.maketrans({"(": "\uff08", ")": "\uff09", ":": "\uff1a", ",": "\uff0c", ";": "\uff1b"})


def full_width(rows):
    """Full-width brackets and punctuation in the labels, as many reports write them."""
    for row in rows:
        for cell in row:
            cell.text = cell.text.translate(FULL_WIDTH)
    return rows


STACKED = {"三、本年度办理结果": "\n".join("三、本年度办理结果"), "商业企业": "商业\n企业", "科研机构": "科研\n机构",
           "社会公益组织": "社会公\n益组织", "法律服务机构": "法律服\n务机构", "自然人": "自然\n人"}


def stacked(rows):
    """Table B's header as narrow templates print it: 三、本年度办理结果 one character per line in its tall
    cell, the applicant types wrapped over two lines."""
    for row in rows:
        for cell in row:
            cell.text = STACKED.get(cell.text, cell.text)
    return rows


def table_c_layout(c, thousands):
    return [
        [Cell("行政复议", cols=5, head=True), Cell("行政诉讼", cols=10, head=True)],
        [Cell(t, rows=2, head=True) for t in C_LABELS]
        + [Cell("未经复议直接起诉", cols=5, head=True), Cell("复议后起诉", cols=5, head=True)],
        [Cell(t, head=True) for t in C_LABELS * 2],
        [Cell(fmt(c[g][m], thousands)) for g in C_GROUPS for m in C_MEASURES]]


def grid(rows):
    """The table as a rectangular grid of texts, a merged cell's text at its top-left position."""
    taken, out = {}, []
    for r, row in enumerate(rows):
        c = 0
        line = out_row(out, r)
        for cell in row:
            while (r, c) in taken:
                c += 1
            for dr in range(cell.rows):
                for dc in range(cell.cols):
                    taken[(r + dr, c + dc)] = True
            line_set(line, c, cell.text)
            c += cell.cols
    width = max(max(c for (_, c) in taken) + 1, 1)
    return [line + [""] * (width - len(line)) for line in out]


def out_row(out, r):
    while len(out) <= r:
        out.append([])
    return out[r]


def line_set(line, c, text):
    while len(line) <= c:
        line.append("")
    line[c] = text


# ---------------------------------------------------------------- narrative

EXTRA = ("坚持以公开为常态、不公开为例外,围绕优化营商环境、重大建设项目、公共资源配置、社会公益事业等重点领域,"
         "细化公开内容,规范公开流程,确保各项信息公开及时、准确、完整,主动接受社会监督。")


def narrative(spec, a, b, c, rng):
    """The six sections; numbers in the text agree with the tables."""
    body, year, unit = spec["body"], spec["year"], spec["unit"]
    received = b["newlyReceived"]["total"]
    processed = b["totalProcessed"]["total"]
    review = c["review"]["total"]
    lit = c["litigationDirect"]["total"] + c["litigationAfterReview"]["total"]
    total_info = 40 + rng.randrange(400)
    parts = [total_info * 3 // 10, total_info * 4 // 10, total_info // 10]
    parts.append(total_info - sum(parts))
    o, cl = ("\uff08", "\uff09") if spec.get("sub") == "full" else ("(", ")")
    improve = spec.get("improve", "改进情况")
    sections = [
        ("一、总体情况", [
            f"{year}年,{body}坚持以习近平新时代中国特色社会主义思想为指导,认真贯彻落实《中华人民共和国政府信息公开条例》,"
            f"围绕{unit}中心工作,持续深化政务公开,不断提升政府工作透明度,切实保障人民群众的知情权、参与权和监督权。",
            (f"{o}一{cl}主动公开", [
                f"全年共主动公开政府信息{total_info}条。其中,政策文件{parts[0]}条,工作动态{parts[1]}条,"
                f"财政信息{parts[2]}条,其他信息{parts[3]}条。围绕重点领域,及时公开财政预决算、民生实事、"
                f"乡村振兴等信息,做好重要政策的解读和回应工作。"]),
            (f"{o}二{cl}依申请公开", [
                f"{year}年,{body}共收到政府信息公开申请{received}件,办结{processed}件,"
                f"结转下年度继续办理{b['carriedForward']['total']}件,所有申请均在法定期限内答复。"]),
            (f"{o}三{cl}政府信息管理", [
                "严格落实政府信息公开保密审查制度,坚持“先审查、后公开”和“一事一审”原则,"
                "对已公开的政府信息定期评估、动态调整,确保公开内容准确规范。"]),
            (f"{o}四{cl}政府信息公开平台建设", [
                f"持续加强政府网站和政务新媒体建设,优化{unit}政府信息公开专栏,及时更新机构职能、"
                "法规文件、规划计划等栏目内容,全年平台运行平稳。"]),
            (f"{o}五{cl}监督保障", [
                f"将政务公开工作纳入年度绩效考核,全年组织业务培训{2 + rng.randrange(5)}次,"
                "对发现的问题及时督促整改,政府信息公开工作责任进一步压实。"] + [EXTRA] * spec.get("extra", 0))]),
        ("二、主动公开政府信息情况", ["TABLE_A"]),
        ("三、收到和处理政府信息公开申请情况", ["TABLE_B"]),
        ("四、政府信息公开行政复议、行政诉讼情况", [
            f"{year}年,因政府信息公开引起的行政复议{review}件,行政诉讼{lit}件。", "TABLE_C"]),
        (f"五、存在的主要问题及{improve}", [
            "一是信息公开的主动性还需增强,部分领域信息更新不够及时;二是政策解读形式较为单一,"
            "解读的针对性和通俗性有待提升。",
            f"下一步,{body}将进一步健全工作机制,加强业务培训,丰富政策解读形式,推动政务公开工作提质增效。"]),
        ("六、其他需要报告的事项", [
            spec.get("fees_text", f"{year}年度,{body}未收取信息处理费。")])]
    return sections


# ---------------------------------------------------------------- writers

def to_traditional(text):
    return "".join(TRADITIONAL.get(ch, ch) for ch in text)


def html_table(rows, style, repeat_header=True, width="100%", shade=None):
    # "rules": only a line above and below the table (frame="hsides"), no vertical lines at all;
    # "columns": a frame and the lines between columns, none between rows;
    # "none": no ruling line at all, columns only from whitespace.
    frame = {"rules": ' border="1" frame="hsides" rules="none"', "columns": ' border="1" frame="box" rules="cols"',
             "none": ' border="0"'}.get(style, ' border="1"')
    out = [f'<table{frame} cellspacing="0" cellpadding="3" width="{width}">']
    # Header rows in <thead> are repeated by the writer on every page the table runs over.
    header_rows = sum(1 for row in rows if row and all(cell.head for cell in row)) if repeat_header else 0
    if style == "grid" and header_rows:
        out.append("<thead>")
    for r, row in enumerate(rows):
        out.append("<tr>")
        for cell in row:
            attrs = ""
            if cell.rows > 1:
                attrs += f' rowspan="{cell.rows}"'
            if cell.cols > 1:
                attrs += f' colspan="{cell.cols}"'
            if cell.width:
                attrs += f' width="{cell.width}"'
            border = ' style="border:1px solid #000"' if style == "grid" else ""
            if shade and cell.head:
                attrs += f' bgcolor="{shade}"'
            text = cell.text.replace("\n", "<br>")
            out.append(f'<td{attrs}{border} align="center"><font size="2">{text}</font></td>')
        out.append("</tr>")
        if style == "grid" and header_rows and r == header_rows - 1:
            out.append("</thead><tbody>")
    if style == "grid" and header_rows:
        out.append("</tbody>")
    out.append("</table>")
    return "\n".join(out)


def build(spec):
    rng = random.Random(spec["name"])
    template = "2021" if spec["year"] >= 2021 else "2019"
    a = table_a_numbers(rng, template, spec["scale"])
    b = table_b_numbers(rng, template, spec["scale"])
    c = table_c_numbers(rng, max(2, spec["scale"] // 10))
    thousands = spec.get("thousands", False)
    tables = {"TABLE_A": table_a_layout(template, a, thousands),
              "TABLE_B": table_b_layout(template, b, thousands),
              "TABLE_C": table_c_layout(c, thousands)}
    if spec.get("brackets") == "full":
        for rows in tables.values():
            full_width(rows)
    if spec.get("stacked"):
        stacked(tables["TABLE_B"])
    title = f"{spec['body']}{spec['year']}年政府信息公开工作年度报告"
    sections = narrative(spec, a, b, c, rng)
    convert_script = to_traditional if spec.get("traditional") else (lambda s: s)
    if spec.get("punctuation") == "half":
        tr = convert_script
    else:
        # Narrative punctuation full-width as in most reports; numbers and the year stay half-width.
        tr = lambda s: convert_script(s.replace(",", "\uff0c").replace(";", "\uff1b").replace(":", "\uff1a"))

    txt, html = [], []
    txt.append(tr(title))
    html.append('<html><head><meta charset="utf-8"><title>' + tr(title) + "</title></head><body>")
    if spec.get("running_header"):
        html.append(f'<div title="header"><p align="center"><font size="2">{tr(title)}</font></p></div>')
    html.append(f'<p align="center"><font size="5"><b>{tr(title)}</b></font></p>')
    if spec.get("two_column_header"):
        left = [f"发布机构:{spec['body']}办公室", f"索引号:{spec['index']}"]
        right = [f"发布日期:{spec['year'] + 1}年1月{20 + rng.randrange(8)}日", f"主题分类:政务公开"]
        html.append('<table border="0" width="100%" cellpadding="2">')
        for l, r in zip(left, right):
            html.append(f"<tr><td width=\"50%\">{tr(l)}</td><td width=\"50%\">{tr(r)}</td></tr>")
        html.append("</table>")
        txt.extend(tr(s) for s in left + right)
    intro = (f"本报告依据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于印发"
             f"〈中华人民共和国政府信息公开工作年度报告格式〉的通知》要求编制。报告所列数据统计期限自{spec['year']}年1月1日"
             f"至{spec['year']}年12月31日。")
    txt.append(tr(intro))
    html.append(f'<p style="text-indent:2em">{tr(intro)}</p>')
    for heading, content in sections:
        txt.append(tr(heading))
        html.append(f"<p><b>{tr(heading)}</b></p>")
        for item in content:
            if isinstance(item, tuple):
                txt.append(tr(item[0]))
                html.append(f'<p style="text-indent:2em">{tr(item[0])}</p>')
                items = item[1]
            else:
                items = [item]
            for text in items:
                if text in tables:
                    rows = tables[text]
                    for cell_row in rows:
                        for cell in cell_row:
                            cell.text = convert_script(cell.text)
                    style = spec.get("table_style", {}).get(text, "grid")
                    width = spec.get("table_width", {}).get(text, "100%")
                    html.append(html_table(rows, style, spec.get("repeat_header", True), width, spec.get("shade")))
                    # A line break inside a cell is layout only: the pipe text holds the label in one piece.
                    txt.extend(" | ".join(line).replace("\n", "") + " |" for line in grid(rows))
                    txt.append("")
                else:
                    txt.append(tr(text))
                    html.append(f'<p style="text-indent:2em">{tr(text)}</p>')
    footer = spec.get("footer")
    if footer == "dash":
        html.append('<div title="footer"><p align="center">- <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> -</p></div>')
    elif footer == "of":
        html.append('<div title="footer"><p align="right">第<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield>页 '
                    '共<sdfield type=DOCSTAT subtype=PAGE format=PAGE>1</sdfield>页</p></div>')
    html.append("</body></html>")
    expected = {"report": {"body": spec["body"], "year": spec["year"], "template": template},
                "activeDisclosure": a, "applications": expected_b(template, b), "reviewLitigation": c}
    return "\n".join(html), "\n".join(txt).rstrip("\n") + "\n", expected


def expected_b(template, b):
    out = {key: dict(values) for key, values in b.items()}
    if template == "2021":
        out["other"] = {c: sum(b[k][c] for k, _ in OTHER_2021) for c in B_COLUMNS}
    order = ["newlyReceived", "carriedOver", "granted", "partiallyGranted"] + [k for k, _ in DENIED] \
        + [k for k, _ in UNABLE] + [k for k, _ in REJECTED] \
        + ([k for k, _ in OTHER_2021] if template == "2021" else []) + ["other", "totalProcessed", "carriedForward"]
    return {key: out[key] for key in order}


def convert(html, name, workdir, via=None, landscape=None, vertical=None):
    """HTML to PDF by LibreOffice; with via="docx" through a Word file first, so that the PDF comes from
    Writer tables as a .docx holds them (other text runs and cell borders than the HTML import draws), and
    the section from the heading `landscape` to the end of the table below it turned to a landscape page,
    the cell holding `vertical` set in vertical text direction."""
    source = os.path.join(workdir, name + ".html")
    with open(source, "w", encoding="utf-8") as f:
        f.write(html)
    def soffice(target, path, *options):
        subprocess.run(["soffice", "--headless", *options, "--convert-to", target, "--outdir", workdir, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    if via == "docx":
        soffice("docx:MS Word 2007 XML", source, "--infilter=HTML (StarWriter)")
        docx = os.path.join(workdir, name + ".docx")
        if landscape:
            edit_docx(docx, lambda body: landscape_section(body, landscape))
        if vertical:
            edit_docx(docx, lambda body: vertical_cell(body, vertical))
        soffice("pdf", docx)
    else:
        soffice("pdf", source, "--infilter=HTML (StarWriter)")
    return os.path.join(workdir, name + ".pdf")


def edit_docx(docx, edit):
    """Rewrites the body (word/document.xml) of a .docx with `edit`, a function of its text."""
    with zipfile.ZipFile(docx) as z:
        parts = {item: z.read(item) for item in z.namelist()}
    parts["word/document.xml"] = edit(parts["word/document.xml"].decode("utf-8")).encode("utf-8")
    with zipfile.ZipFile(docx, "w", zipfile.ZIP_DEFLATED) as z:
        for item, data in parts.items():
            z.writestr(item, data)


def landscape_section(body, heading):
    """Puts the heading and the table after it on landscape pages of their own, as Word users do for a wide
    table B: a section break before the heading and one after the table, the body's portrait section
    properties kept for the rest."""
    portrait = re.search(r"<w:sectPr>.*?</w:sectPr>", body[body.rindex("<w:sectPr>"):]).group(0)
    wide = re.sub(r'<w:pgSz w:w="(\d+)" w:h="(\d+)"/>', r'<w:pgSz w:w="\2" w:h="\1" w:orient="landscape"/>', portrait)
    at = body.rindex("<w:p>", 0, body.index(heading))
    end = body.index("</w:tbl>", at) + len("</w:tbl>")
    breaking = lambda sect: f"<w:p><w:pPr>{sect}</w:pPr></w:p>"
    return body[:at] + breaking(portrait) + body[at:end] + breaking(wide) + body[end:]


def vertical_cell(body, text):
    """Sets the table cell holding `text` in vertical text direction (Word's 文字方向 top to bottom), as
    templates typed in Word write 三、本年度办理结果."""
    cell = body.rindex("<w:tc>", 0, body.index(text))
    at = body.index("<w:vAlign", cell)
    return body[:at] + '<w:textDirection w:val="tbRl"/>' + body[at:]


def scan(pdf, target):
    """An image-only PDF: the first page rendered to a grey JPEG and wrapped, with no text layer."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "100", "-gray", "-jpeg", "-f", "1", "-l", "1", pdf,
                        os.path.join(tmp, "p")], check=True)
        jpeg_path = os.path.join(tmp, sorted(os.listdir(tmp))[0])
        with open(jpeg_path, "rb") as f:
            jpeg = f.read()
    width, height = jpeg_size(jpeg)
    pw, ph = width * 72 / 100, height * 72 / 100
    content = f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] "
               f"/Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>".encode(),
               f"<< /Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceGray "
               f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(jpeg)} >>\nstream\n".encode() + jpeg + b"\nendstream",
               f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    with open(target, "wb") as f:
        f.write(out)


def jpeg_size(data):
    i = 2
    while i < len(data):
        marker, length = data[i + 1], int.from_bytes(data[i + 2:i + 4], "big")
        if marker in (0xC0, 0xC1, 0xC2):
            return int.from_bytes(data[i + 7:i + 9], "big"), int.from_bytes(data[i + 5:i + 7], "big")
        i += 2 + length
    raise ValueError("no JPEG frame header")


# Characters of the fixture texts that differ in traditional script.
TRADITIONAL = dict(zip(
    "报告县区镇务开发时应关专责贯实规联紧围绕经济济发众观问题结际进强责规确标准扎执会议导组织层员审签条类财动态"
    "项数据处决达复诉讼维纠审结计请护权益内过执档询无现补仍确认获处缴费转继续办总况门单记录统计级协调约证"
    "该们对这为么还从网络页栏设优质检测终将惯质样闻农乡业宽渠道资讯图视频讯传层级运营络绩训练监测问达严实"
    "时书长发展见亲聚华国与厅编体习义断参彻点领预兴读则评范划职机构稳纳压废许罚额万后",
    "報告縣區鎮務開發時應關專責貫實規聯緊圍繞經濟濟發衆觀問題結際進強責規確標準紮執會議導組織層員審簽條類財動態"
    "項數據處決達複訴訟維糾審結計請護權益內過執檔詢無現補仍確認獲處繳費轉繼續辦總況門單記錄統計級協調約證"
    "該們對這為麼還從網絡頁欄設優質檢測終將慣質樣聞農鄉業寬渠道資訊圖視頻訊傳層級運營絡績訓練監測問達嚴實"
    "時書長發展見親聚華國與廳編體習義斷參徹點領預興讀則評範劃職機構穩納壓廢許罰額萬後"))


FIXTURES = [
    dict(name="county-2023-lattice", body="临川县人民政府", unit="全县", year=2023, scale=60,
         running_header=True, footer="dash"),
    dict(name="district-2022-table-b-across-pages", body="江宁市东湖区人民政府", unit="全区", year=2022, scale=400, extra=6,
         footer="of", thousands=True, brackets="full", sub="full", improve="改进措施"),
    dict(name="town-2021-no-vertical-lines", body="安平县石桥镇人民政府", unit="全镇", year=2021, scale=12,
         footer="dash", punctuation="half", table_style={"TABLE_B": "rules", "TABLE_C": "rules"}),
    dict(name="city-bureau-2020-template-2019", body="青州市自然资源和规划局", unit="全局", year=2020, scale=30,
         footer="dash", sub="full"),
    dict(name="county-2019-template-2019", body="平山县人民政府办公室", unit="全县", year=2019, scale=25,
         running_header=True, footer="of", brackets="full", sub="full"),
    dict(name="street-2022-traditional", body="南湖市城关区和平街道办事处", unit="全街道", year=2022, scale=8,
         traditional=True, footer="dash", punctuation="half"),
    dict(name="town-2024-two-column-header", body="建德县白沙镇人民政府", unit="全镇", year=2024, scale=10,
         two_column_header=True, index="11330182MB1234567X/2025-00031", footer="dash",
         fees_text="2024年度,白沙镇人民政府未收取信息处理费。"),
    # The extra paragraphs put the page break inside the row (六)1, whose label wraps over three lines.
    dict(name="county-2022-row-split", body="安宁县人民政府", unit="全县", year=2022, scale=40, extra=3,
         footer="dash", sub="full"),
    # No header repeated on the next page; the page break leaves table A's first row alone at a page's foot.
    dict(name="county-2022-table-a-first-row-alone", body="安宁县人民政府", unit="全县", year=2022, scale=40,
         extra=2, footer="dash", repeat_header=False),
    dict(name="city-2024-large-numbers", body="江州市人民政府", unit="全市", year=2024, scale=3000,
         thousands=True, footer="of", running_header=True, brackets="full", sub="full", improve="改进措施"),
    # Through a .docx: Writer tables with their own borders and text runs, as most real PDFs are made.
    dict(name="county-2023-from-docx", body="永和县人民政府", unit="全县", year=2023, scale=50,
         running_header=True, footer="dash", via="docx"),
    dict(name="town-2022-stacked-header", body="清溪县桃源镇人民政府", unit="全镇", year=2022, scale=15,
         footer="dash", stacked=True),
    dict(name="town-2022-stacked-header-from-docx", body="清溪县柳林镇人民政府", unit="全镇", year=2022, scale=15,
         footer="of", stacked=True, via="docx", sub="full"),
    # Table B alone on a landscape page, its columns wider than the portrait text block.
    dict(name="city-2022-table-b-landscape", body="临江市人民政府", unit="全市", year=2022, scale=200,
         footer="dash", running_header=True, via="docx", landscape="三、收到和处理政府信息公开申请情况"),
    # 三、本年度办理结果 in a cell set to vertical text direction in Word: its glyphs are drawn rotated.
    dict(name="county-2022-vertical-text-cell", body="长乐县人民政府", unit="全县", year=2022, scale=35,
         footer="dash", via="docx", vertical="三、本年度办理结果"),
    # Header cells shaded grey, as Word table styles fill them.
    dict(name="city-2023-shaded-header", body="云川市人民政府", unit="全市", year=2023, scale=120,
         footer="of", via="docx", shade="#d9d9d9"),
    # Tables B and C ruled between columns only: a cell holds the numbers of many rows, one per line; table B
    # crosses a page, open at the break (no line below the first part, none above the second).
    dict(name="county-2022-columns-ruled-only", body="安远县人民政府", unit="全县", year=2022, scale=20,
         footer="dash", table_style={"TABLE_B": "columns", "TABLE_C": "columns"}),
    # Table B wider than the text block, running into the right margin.
    dict(name="county-2021-table-b-wider-than-text", body="石门县人民政府", unit="全县", year=2021, scale=30,
         footer="dash", table_width={"TABLE_B": "118%"}),
    # Table B without lines crossing a page, the running header and footer between its rows.
    dict(name="county-2021-no-lines-across-pages", body="石门县人民政府办公室", unit="全县", year=2021, scale=30,
         extra=5, running_header=True, footer="of", table_style={"TABLE_B": "none", "TABLE_C": "none"}),
    # Tables B and C without a single ruling line: columns only from whitespace, wrapped header words.
    dict(name="district-2023-no-ruling-lines", body="江宁市西城区人民政府", unit="全区", year=2023, scale=80,
         footer="dash", table_style={"TABLE_B": "none", "TABLE_C": "none"}),
    # All three tables without a line, table A too: its blanks placed only by the header's columns.
    dict(name="district-2024-no-ruling-lines-any-table", body="江宁市南湖区人民政府", unit="全区", year=2024,
         scale=70, footer="dash", table_style={"TABLE_A": "none", "TABLE_B": "none", "TABLE_C": "none"}),
    # Text quirks of other producers, written into LibreOffice's PDF by ProducerQuirks.java (see there).
    dict(name="county-2022-fake-bold", body="青田县人民政府", unit="全县", year=2022, scale=50,
         footer="dash", quirk="fake-bold"),
    dict(name="town-2023-glyph-by-glyph-no-lines", body="青田县石溪镇人民政府", unit="全镇", year=2023, scale=8,
         footer="of", quirk="glyph-by-glyph", table_style={"TABLE_B": "none", "TABLE_C": "none"}),
    dict(name="city-2021-rotated-landscape-pages", body="临海市人民政府", unit="全市", year=2021, scale=150,
         footer="dash", via="docx", landscape="三、收到和处理政府信息公开申请情况", quirk="rotated"),
    dict(name="county-2024-offset-crop-box", body="丰林县人民政府", unit="全县", year=2024, scale=40,
         footer="of", running_header=True, quirk="offset-box"),
    dict(name="district-2022-kangxi-radicals", body="江宁市北山区人民政府", unit="全区", year=2022, scale=90,
         footer="dash", quirk="kangxi"),
    dict(name="county-2023-hidden-text", body="丰林县人民政府办公室", unit="全县", year=2023, scale=35,
         footer="dash", quirk="hidden-text"),
]


def producer_quirk(quirk, pdf):
    """Rewrites the PDF in place with ProducerQuirks.java, run on PDFBox from the local Maven repository."""
    m2 = os.path.expanduser("~/.m2/repository")
    jars = [os.path.join(m2, "org/apache/pdfbox", a, "3.0.5", a + "-3.0.5.jar") for a in ("pdfbox", "fontbox", "pdfbox-io")]
    jars.append(os.path.join(m2, "commons-logging/commons-logging/1.3.5/commons-logging-1.3.5.jar"))
    subprocess.run(["java", "-cp", os.pathsep.join(jars), os.path.join(HERE, "ProducerQuirks.java"), quirk, pdf,
                    pdf + ".quirk"], check=True)
    os.replace(pdf + ".quirk", pdf)


def main():
    only = set(sys.argv[1:])
    with tempfile.TemporaryDirectory() as work:
        for spec in FIXTURES:
            if only and spec["name"] not in only:
                continue
            html, txt, expected = build(spec)
            pdf = convert(html, spec["name"], work, spec.get("via"), spec.get("landscape"), spec.get("vertical"))
            if spec.get("quirk"):
                producer_quirk(spec["quirk"], pdf)
            os.replace(pdf, os.path.join(HERE, spec["name"] + ".pdf"))
            with open(os.path.join(HERE, spec["name"] + ".html"), "w", encoding="utf-8") as f:
                f.write(html)
            with open(os.path.join(HERE, spec["name"] + ".txt"), "w", encoding="utf-8") as f:
                f.write(txt)
            with open(os.path.join(HERE, spec["name"] + ".expected.json"), "w", encoding="utf-8") as f:
                json.dump(expected, f, ensure_ascii=False, indent=2)
                f.write("\n")
        if not only or "county-2023-scan" in only:
            # The scan shows a text report's first page; it carries no numbers, so no expected JSON.
            scan(os.path.join(HERE, "county-2023-lattice.pdf"), os.path.join(HERE, "county-2023-scan.pdf"))


if __name__ == "__main__":
    main()
