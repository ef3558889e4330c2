#!/usr/bin/env python3
"""Generates the Word fixtures: for each report NAME, NAME.docx (WordprocessingML written by hand with
zipfile, so that merges, automatic numbering, content controls, text boxes, tracked changes and fields are
exactly what Word and WPS write), NAME.txt (the report as pipe text, as a Word parser should flatten it) and NAME.expected.json
(the numbers used, in the JSON contract's shape). make-fixtures.sh then converts some of them to .doc
with LibreOffice; NAME.doc shares NAME.txt and NAME.expected.json with NAME.docx.

Run from anywhere: python3 make-fixtures.py [--doc-names]
"""
import json
import os
import random
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
CN = "零一二三四五六七八九十"


def cn_number(n):
    """Chinese counting for 1..99: 一, 十, 十一, 二十一."""
    if n <= 10:
        return CN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN[tens]) + "十" + (CN[ones] if ones else "")


# ---------------------------------------------------------------------------------------------
# Template data: labels and keys of tables A, B and C
# ---------------------------------------------------------------------------------------------

COLUMNS_B = ["naturalPerson", "commercial", "research", "publicInterest", "legalService", "other"]

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

# Processing outcomes that add up to (七)总计, per template.
PROCESSED_2021 = ["granted", "partiallyGranted"] + [k for k, _ in DENIED + UNABLE + REJECTED + OTHER_2021]
PROCESSED_2019 = ["granted", "partiallyGranted"] + [k for k, _ in DENIED + UNABLE + REJECTED] + ["other"]

SECTION_TITLES = ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
                  "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"]


class Report:
    """One fixture report: who, which year and template, its numbers, and how its Word file is laid out."""

    def __init__(self, name, body, year, seed, **style):
        self.name = name
        self.body = body
        self.year = year
        self.template = "2019" if year <= 2020 else "2021"
        self.rng = random.Random(seed)
        self.style = style
        self.active = self.make_active()
        self.applications = self.make_applications()
        self.review = self.make_review()

    # -- numbers -----------------------------------------------------------------------------

    def make_active(self):
        r = self.rng
        blank_rules = self.style.get("blank_rules", False)
        if self.template == "2021":
            issued = r.randint(2, 12)
            return {
                "rules": {k: None for k in ("issued", "repealed", "inForce")} if blank_rules
                else {"issued": 1, "repealed": 0, "inForce": r.randint(3, 9)},
                "normativeDocuments": {"issued": issued, "repealed": r.randint(0, 3), "inForce": issued + r.randint(10, 60)},
                "licensing": {"decisions": r.randint(50, 4000)},
                "punishment": {"decisions": r.randint(5, 900)},
                "enforcement": {"decisions": r.randint(0, 40)},
                "fees": {"amount": round(r.randint(100, 99999) / 100, 2)},
            }
        made = r.randint(3, 15)
        return {
            "rules": {k: None for k in ("newlyMade", "newlyPublished", "totalPublished")} if blank_rules
            else {"newlyMade": 0, "newlyPublished": 0, "totalPublished": r.randint(1, 5)},
            "normativeDocuments": {"newlyMade": made, "newlyPublished": made, "totalPublished": made + r.randint(20, 80)},
            "licensing": {"previousYear": r.randint(30, 90), "change": -r.randint(1, 6), "decisions": r.randint(100, 3000)},
            "otherServices": {"previousYear": r.randint(5, 30), "change": r.randint(1, 4), "decisions": r.randint(20, 400)},
            "punishment": {"previousYear": r.randint(100, 400), "change": r.randint(-10, 10), "decisions": r.randint(10, 600)},
            "enforcement": {"previousYear": r.randint(5, 20), "change": 0, "decisions": r.randint(1, 30)},
            "fees": {"previousYear": r.randint(1, 8), "change": -1},
            "procurement": {"count": r.randint(5, 60), "amount": round(r.randint(1000, 500000) / 100, 2)},
        }

    def make_applications(self):
        """Table B, column by column, so that every identity of the template holds."""
        r = self.rng
        processed_keys = PROCESSED_2021 if self.template == "2021" else PROCESSED_2019
        weights = {"naturalPerson": 12, "commercial": 4, "research": 1, "publicInterest": 1, "legalService": 2, "other": 1}
        rows = {}
        for column in COLUMNS_B:
            scale = weights[column]
            values = {k: 0 for k in processed_keys}
            values["granted"] = r.randint(1, 3) * scale
            values["partiallyGranted"] = r.randint(0, 2) * scale // 2
            for key in r.sample(processed_keys[2:], k=min(len(processed_keys) - 2, 2 + scale // 3)):
                values[key] = r.randint(0, max(1, scale // 2))
            processed = sum(values.values())
            carried_over = r.randint(0, 2)
            carried_forward = r.randint(0, 3)
            newly = processed + carried_forward - carried_over
            if newly < 0:
                carried_over += newly
                newly = 0
            values["newlyReceived"] = newly
            values["carriedOver"] = carried_over
            values["totalProcessed"] = processed
            values["carriedForward"] = carried_forward
            for key, value in values.items():
                rows.setdefault(key, {})[column] = value
        if self.template == "2021":
            rows["other"] = {c: sum(rows[k][c] for k, _ in OTHER_2021) for c in COLUMNS_B}
        for row in rows.values():
            row["total"] = sum(row[c] for c in COLUMNS_B)
        order = ["newlyReceived", "carriedOver"] + processed_keys + (["other"] if self.template == "2021" else []) \
            + ["totalProcessed", "carriedForward"]
        return {k: rows[k] for k in order}

    def make_review(self):
        r = self.rng
        out = {}
        for group, scale in (("review", 4), ("litigationDirect", 2), ("litigationAfterReview", 1)):
            cells = {"upheld": r.randint(1, scale + 1), "corrected": r.randint(0, scale // 2),
                     "other": r.randint(0, 1), "pending": r.randint(0, scale // 2)}
            cells["total"] = sum(cells.values())
            out[group] = cells
        return out

    def expected(self):
        return {"report": {"body": self.body, "year": self.year, "template": self.template},
                "activeDisclosure": self.active, "applications": self.applications, "reviewLitigation": self.review}


# ---------------------------------------------------------------------------------------------
# The report as blocks: paragraphs and tables in an abstract form both writers below understand
# ---------------------------------------------------------------------------------------------

class P:
    """A paragraph. label is the automatic number Word renders before the text (not in the text)."""

    def __init__(self, text, num=None, label="", style=None, center=False, runs=None, page_break=False,
                 footnote=None, textbox=None, markup=None, mark_deleted=False, section_break=False):
        self.text, self.num, self.label, self.style, self.center = text, num, label, style, center
        self.runs = runs or [text]
        self.page_break, self.footnote, self.textbox = page_break, footnote, textbox
        # markup: the paragraph's content as WordprocessingML, written instead of runs; text is what it shows.
        self.markup, self.mark_deleted, self.section_break = markup, mark_deleted, section_break


class C:
    """A table cell in the HTML model: its paragraphs, row span and column span."""

    def __init__(self, text, rowspan=1, colspan=1, markup=None, in_sdt=False):
        self.paragraphs = text if isinstance(text, list) else [text]
        self.rowspan, self.colspan = rowspan, colspan
        # markup: the first paragraph's content as WordprocessingML, written instead of a plain run.
        self.markup, self.in_sdt = markup, in_sdt


class T:
    def __init__(self, rows, header_rows=0, rendered_break_row=None):
        self.rows, self.header_rows, self.rendered_break_row = rows, header_rows, rendered_break_row
        self.deleted_rows = {}          # row index -> cells of a row deleted with tracked changes, written after it
        self.explicit_continue = False  # vMerge continue written as w:val="continue", as WPS does
        self.in_frame = False           # the table sits in the single cell of a layout table


class Sdt:
    def __init__(self, blocks):
        self.blocks = blocks


def fmt(value):
    if value is None:
        return "—"
    if isinstance(value, float):
        return ("%.2f" % value).rstrip("0").rstrip(".")
    return str(value)


def table_a(report, brackets):
    a = report.active
    left, right = brackets

    def head(item):
        return [C("第二十条第%s%s%s项" % (left, item, right), colspan=4)]

    rows = []
    if report.template == "2021":
        rows.append(head("一"))
        rows.append([C("信息内容"), C("本年制发件数"), C("本年废止件数"), C("现行有效件数")])
        for key, label in (("rules", "规章"), ("normativeDocuments", "行政规范性文件")):
            rows.append([C(label)] + [C(fmt(a[key][m])) for m in ("issued", "repealed", "inForce")])
        for item, measure, keys in (("五", "本年处理决定数量", [("licensing", "行政许可")]),
                                    ("六", "本年处理决定数量", [("punishment", "行政处罚"), ("enforcement", "行政强制")]),
                                    ("八", ["本年收费金额", "%s单位：万元%s" % (left, right)], [("fees", "行政事业性收费")])):
            rows.append(head(item))
            rows.append([C("信息内容"), C(measure, colspan=3)])
            for key, label in keys:
                rows.append([C(label), C(fmt(next(iter(a[key].values()))), colspan=3)])
        return T(rows)
    rows.append(head("一"))
    rows.append([C("信息内容"), C("本年新制作数量"), C("本年新公开数量"), C("对外公开总数量")])
    for key, label in (("rules", "规章"), ("normativeDocuments", "规范性文件")):
        rows.append([C(label)] + [C(fmt(a[key][m])) for m in ("newlyMade", "newlyPublished", "totalPublished")])
    for item, keys in (("五", [("licensing", "行政许可"), ("otherServices", "其他对外管理服务事项")]),
                       ("六", [("punishment", "行政处罚"), ("enforcement", "行政强制")])):
        rows.append(head(item))
        rows.append([C("信息内容"), C("上一年项目数量"), C("本年增/减"), C("处理决定数量")])
        for key, label in keys:
            rows.append([C(label)] + [C(fmt(a[key][m])) for m in ("previousYear", "change", "decisions")])
    rows.append(head("八"))
    rows.append([C("信息内容"), C("上一年项目数量"), C("本年增/减", colspan=2)])
    rows.append([C("行政事业性收费"), C(fmt(a["fees"]["previousYear"])), C(fmt(a["fees"]["change"]), colspan=2)])
    rows.append(head("九"))
    rows.append([C("信息内容"), C("采购项目数量"), C("采购总金额", colspan=2)])
    rows.append([C("政府集中采购"), C(fmt(a["procurement"]["count"])), C(fmt(a["procurement"]["amount"]), colspan=2)])
    return T(rows)


def table_b(report, brackets, header_rows=0, rendered_break_row=None):
    b = report.applications
    left, right = brackets
    columns = COLUMNS_B + ["total"]

    def values(key):
        return [C(fmt(b[key][c])) for c in columns]

    def sub(n):
        return "%s%s%s" % (left, CN[n], right)

    corner = [C(["%s本列数据的勾稽关系为：第一项加第二项之和，" % left, "等于第三项加第四项之和%s" % right],
                rowspan=3, colspan=3), C("申请人情况", colspan=7)]
    rows = [corner,
            [C("自然人", rowspan=2), C("法人或其他组织", colspan=5), C("总计", rowspan=2)],
            [C(["商业", "企业"]), C(["科研", "机构"]), C(["社会公益", "组织"]), C(["法律服务", "机构"]), C("其他")],
            [C("一、本年新收政府信息公开申请数量", colspan=3)] + values("newlyReceived"),
            [C("二、上年结转政府信息公开申请数量", colspan=3)] + values("carriedOver")]
    result_span = 22 if report.template == "2021" else 20
    rows.append([C("三、本年度办理结果", rowspan=result_span), C(sub(1) + "予以公开", colspan=2)] + values("granted"))
    rows.append([C(sub(2) + "部分公开（区分处理的，只计这一情形，不计其他情形）", colspan=2)] + values("partiallyGranted"))
    for n, group, title in ((3, DENIED, "不予公开"), (4, UNABLE, "无法提供"), (5, REJECTED, "不予处理")):
        for i, (key, label) in enumerate(group):
            lead = [C(sub(n) + title, rowspan=len(group))] if i == 0 else []
            rows.append(lead + [C(label)] + values(key))
    if report.template == "2021":
        for i, (key, label) in enumerate(OTHER_2021):
            lead = [C(sub(6) + "其他处理", rowspan=3)] if i == 0 else []
            rows.append(lead + [C(label)] + values(key))
    else:
        rows.append([C(sub(6) + "其他处理", colspan=2)] + values("other"))
    rows.append([C(sub(7) + "总计", colspan=2)] + values("totalProcessed"))
    rows.append([C("四、结转下年度继续办理", colspan=3)] + values("carriedForward"))
    return T(rows, header_rows=header_rows, rendered_break_row=rendered_break_row)


def table_c(report):
    measures = [("upheld", "结果维持"), ("corrected", "结果纠正"), ("other", "其他结果"), ("pending", "尚未审结"),
                ("total", "总计")]
    rows = [[C("行政复议", colspan=5), C("行政诉讼", colspan=10)],
            [C(label, rowspan=2) for _, label in measures] + [C("未经复议直接起诉", colspan=5), C("复议后起诉", colspan=5)],
            [C(label) for _, label in measures] * 2,
            [C(fmt(report.review[g][m])) for g in ("review", "litigationDirect", "litigationAfterReview")
             for m, _ in measures]]
    return T(rows)


def narrative(report):
    """Section texts that agree with the tables."""
    r = report.rng
    b = report.applications
    y = report.year
    parts = [("政策文件", r.randint(5, 40)), ("工作动态", r.randint(20, 120)), ("人事信息", r.randint(2, 15)),
             ("财政资金信息", r.randint(3, 12))]
    total_published = sum(n for _, n in parts)
    received = b["newlyReceived"]["total"]
    who = report.body
    return {
        "intro": "%d年，%s坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，"
                 "围绕中心工作，持续深化政务公开，不断提升政府信息公开工作质量。现将有关情况报告如下。" % (y, who),
        "subsections": [
            ("主动公开", "全年通过政府门户网站、政务新媒体等渠道共主动公开政府信息%d条。其中，%s。" % (
                total_published, "，".join("%s%d条" % p for p in parts))),
            ("依申请公开", "本年度共收到政府信息公开申请%d件，上年结转%d件，办结%d件，结转下年度继续办理%d件。"
                        "所有申请均在法定期限内答复，未发生因依申请公开引发的违法违规情形。" % (
                            received, b["carriedOver"]["total"], b["totalProcessed"]["total"],
                            b["carriedForward"]["total"])),
            ("政府信息管理", "严格落实政府信息公开保密审查制度，坚持“先审查、后公开”和“一事一审”原则，"
                          "全年未发生泄密事件。对现行有效的规范性文件进行集中清理，并在网站集中公开。"),
            ("政府信息公开平台建设", "持续优化政府信息公开专栏，规范栏目设置，及时更新机构职能、政策文件等内容，"
                               "政务新媒体发布信息%d条。" % r.randint(50, 400)),
            ("监督保障", "将政务公开工作纳入年度绩效考核，召开专题会议%d次，组织业务培训%d次，"
                     "本年度未发生政府信息公开工作责任追究情况。" % (r.randint(2, 6), r.randint(1, 4))),
        ],
        "problems": ["一是政策解读形式还不够丰富，图解、视频等解读比例偏低。", "二是部分栏目信息更新不够及时，公开内容的规范性有待提高。"],
        "measures": ["一是丰富政策解读形式，提高解读材料质量。", "二是加强栏目日常巡查，建立信息发布台账，确保公开内容及时准确。"],
        "other": ("本年度未收取信息处理费。" if report.template == "2021"
                  else "本年度未收取政府信息公开相关费用。") + "%d年度政务公开工作要点落实情况已在政府网站公开。" % y,
    }


# ---------------------------------------------------------------------------------------------
# Traces of editing that Word and WPS leave in the markup: tracked changes, fields, runs split by
# formatting, content controls, hyperlinks. Each helper returns WordprocessingML showing a given text.
# ---------------------------------------------------------------------------------------------

REVISION = 'w:id="%d" w:author="政务公开办" w:date="2024-01-10T09:00:00Z"'
PLACEHOLDER = "单击或点击此处输入文字。"


class Ids:
    """Revision, bookmark and content-control ids, unique within one document."""
    next = 100

    @classmethod
    def take(cls):
        cls.next += 1
        return cls.next


def inserted(xml):
    return '<w:ins %s>%s</w:ins>' % (REVISION % Ids.take(), xml)


def deleted(text):
    return '<w:del %s><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>' % (
        REVISION % Ids.take(), escape(text))


def revised(old, new):
    """A value typed over with tracking on: the old one deleted, the new one inserted."""
    return deleted(old) + inserted(run(new))


def split_runs(text):
    """A number whose characters ended up in differently formatted runs, with a bookmark and a proofing mark."""
    cut = max(1, len(text) // 2)
    mark = Ids.take()
    return ('<w:r><w:rPr><w:b/></w:rPr><w:t>%s</w:t></w:r><w:bookmarkStart w:id="%d" w:name="_Hlk%d"/>'
            '<w:proofErr w:type="spellStart"/><w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/>'
            '<w:rPrChange %s><w:rPr/></w:rPrChange></w:rPr><w:t>%s</w:t></w:r><w:proofErr w:type="spellEnd"/>'
            '<w:bookmarkEnd w:id="%d"/><w:r><w:rPr><w:sz w:val="24"/></w:rPr><w:t>%s</w:t></w:r>'
            % (escape(text[:1]), mark, mark, REVISION % Ids.take(), escape(text[1:cut + 1]), mark,
               escape(text[cut + 1:])))


def simple_field(instruction, result):
    return '<w:fldSimple w:instr=" %s "><w:r><w:t>%s</w:t></w:r></w:fldSimple>' % (instruction, escape(result))


def complex_field(instruction, result):
    """A field as Word writes it once updated: begin, instruction, separator, cached result, end."""
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> %s </w:instrText>'
            '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:noProof/></w:rPr><w:t>%s</w:t>'
            '</w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' % (instruction, escape(result)))


def placeholder():
    """A plain-text content control left showing its placeholder: Word prints the prompt, nothing was entered."""
    return ('<w:sdt><w:sdtPr><w:id w:val="%d"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/>'
            '</w:placeholder><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent><w:r><w:rPr>'
            '<w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
            % (Ids.take(), PLACEHOLDER))


def run_sdt(xml):
    return '<w:sdt><w:sdtPr><w:id w:val="%d"/><w:text/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>' % (
        Ids.take(), xml)


def lines_markup(lines, tab_after=None):
    """Lines of one paragraph separated by manual line breaks; tab_after puts a tab after that prefix."""
    out = []
    for i, line in enumerate(lines):
        if i:
            out.append("<w:r><w:br/></w:r>")
        if tab_after and line.startswith(tab_after):
            out.append(run(tab_after) + "<w:r><w:tab/></w:r>" + run(line[len(tab_after):]))
        else:
            out.append(run(line))
    return "".join(out)


def value_cells(row):
    """The cells of a table row that hold numbers."""
    return [c for c in row if len(c.paragraphs) == 1 and c.paragraphs[0].replace(".", "").replace("-", "").isdigit()]


def edit_table_a(table, s):
    for row in table.rows:
        label = row[0].paragraphs[0]
        for cell in value_cells(row):
            if s.get("split_runs") and len(cell.paragraphs[0]) > 1:
                cell.markup = split_runs(cell.paragraphs[0])
            elif s.get("value_sdt"):
                cell.markup = run_sdt(run(cell.paragraphs[0]))
        if s.get("rules_placeholders") and label == "规章":
            for i in range(1, len(row)):
                row[i] = C("", markup=placeholder())


def edit_table_b(table, report):
    s = report.style
    total_row = len(table.rows) - 2
    for r, row in enumerate(table.rows):
        cells = value_cells(row)
        for i, cell in enumerate(cells):
            value = cell.paragraphs[0]
            if s.get("fields") and r == total_row:
                cell.markup = complex_field("=SUM(ABOVE)", value)
            elif s.get("fields") and i == len(cells) - 1:
                cell.markup = simple_field("=SUM(LEFT)", value)
            elif s.get("tracked_changes") and (r + i) % 5 == 0:
                cell.markup = revised(str(int(value) + 1 + r % 3), value)
        if s.get("label_breaks"):
            for cell in row:
                text = cell.paragraphs[0]
                if "（区分处理的" in text or "(区分处理的" in text:
                    cut = text.index("区分处理的") - 1
                    cell.markup = lines_markup([text[:cut], text[cut:]])
                elif len(text) > 2 and text[0].isdigit() and text[1] == "." and not value_cells([cell]):
                    cell.markup = lines_markup([text], tab_after=text[:2])
                    cell.paragraphs = [text[:2] + " " + text[2:]]
    if s.get("tracked_changes"):
        # A breakdown row added and then deleted again while tracking was on, left unaccepted.
        table.deleted_rows[3] = [("其中：通过网络提交的申请", 3)] + [(str(n), 1) for n in (5, 1, 0, 0, 0, 0, 6)]
    table.explicit_continue = bool(s.get("explicit_continue"))
    table.in_frame = bool(s.get("table_b_in_frame"))


def edit_table_c(table, s):
    for cell in value_cells(table.rows[-1]):
        if s.get("fullwidth_digits"):
            cell.paragraphs = ["".join(chr(ord(ch) + 0xFEE0) for ch in cell.paragraphs[0])]
        cell.in_sdt = bool(s.get("cell_sdt"))


def edited_intro(text):
    """The opening paragraph with a phrase inserted and a superseded one deleted under tracked changes."""
    cut = text.index("，") + 1
    return P(text, markup=run(text[:cut]) + deleted("在县委、县政府的正确领导下，") + inserted(run(text[cut:cut + 6]))
             + run(text[cut + 6:]))


def linked(text, site):
    """A paragraph naming the portal as a hyperlink, with a smart tag and a bookmark around other words."""
    cut = text.index("政府信息公开专栏")
    rest = text[cut + len("政府信息公开专栏"):]
    mark = Ids.take()
    return P(text, markup=run(text[:cut]) + '<w:hyperlink w:history="1" w:tooltip="%s"><w:r><w:rPr>'
             '<w:rStyle w:val="Hyperlink"/></w:rPr><w:t>政府信息公开</w:t></w:r><w:r><w:rPr><w:rStyle w:val="Hyperlink"/>'
             '<w:u w:val="single"/></w:rPr><w:t>专栏</w:t></w:r></w:hyperlink><w:bookmarkStart w:id="%d" w:name="栏目"/>'
             '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chsdate">%s</w:smartTag>'
             '<w:bookmarkEnd w:id="%d"/>' % (site, mark, run(rest), mark))


def build_blocks(report):
    """The report as Word blocks, following the fixture's style options."""
    s = report.style
    auto = s.get("auto_numbering")        # None, "direct" (numPr on the paragraph) or "style" (numPr in the heading style)
    brackets = s.get("brackets", ("（", "）"))
    text = narrative(report)
    blocks = [P("%s%d年政府信息公开工作年度报告" % (report.body, report.year), style="Title", center=True),
              edited_intro(text["intro"]) if s.get("tracked_changes") else P(text["intro"])]
    if s.get("tracked_changes"):
        # A whole paragraph deleted, its mark too, so Word shows nothing of it.
        blocks.append(P("", markup=deleted("（此段待核实后删除）本机关全年未发生政府信息公开工作差错。"), mark_deleted=True))

    def heading(n):
        title = SECTION_TITLES[n - 1]
        if n == 5 and s.get("measures_wording"):
            title = "存在的主要问题及改进措施"
        if auto == "direct":
            return P(title, num=(1, 0), label=CN[n] + "、", style="Heading1")
        if auto == "style":
            return P(title, label=CN[n] + "、", style="Heading1")
        return P(CN[n] + "、" + title, style="Heading1")

    def subheading(n, title):
        label = brackets[0] + CN[n] + brackets[1]
        if auto == "direct":
            return P(title, num=(1, 1), label=label, style="Heading2")
        if auto == "style":
            return P(title, label=label, style="Heading2")
        return P(label + title, style="Heading2")

    blocks.append(heading(1))
    for i, (title, body) in enumerate(text["subsections"], start=1):
        blocks.append(subheading(i, title))
        if s.get("run_sdt") and i == 2:
            # A run-level content control holding part of the sentence.
            blocks.append(P(body, runs=[("sdt", body[:5]), body[5:]]))
        elif s.get("footnote") and i == 3:
            blocks.append(P(body, footnote="保密审查依据《中华人民共和国保守国家秘密法》执行。"))
        elif s.get("hyperlinks") and i == 4:
            blocks.append(linked(body, "http://www.gov.cn/"))
        else:
            blocks.append(P(body))
    if s.get("page_break_before_tables"):
        blocks.append(P("", page_break=True))
    blocks.append(heading(2))
    a = table_a(report, brackets)
    edit_table_a(a, s)
    blocks.append(Sdt([a]) if s.get("table_a_in_sdt") else a)
    blocks.append(heading(3))
    b = table_b(report, brackets, header_rows=3 if s.get("repeat_header") else 0,
                rendered_break_row=14 if s.get("repeat_header") else None)
    edit_table_b(b, report)
    blocks.append(b)
    if s.get("section_breaks"):
        # Table C on a landscape page: a section break ends the portrait section before it.
        blocks.append(P("", section_break=True))
    blocks.append(heading(4))
    c = table_c(report)
    edit_table_c(c, s)
    blocks.append(P("", textbox=[c]) if s.get("table_c_in_textbox") else c)
    blocks.append(heading(5))
    problems = text["problems"]
    measures = text["measures"]
    if auto == "direct":
        if s.get("tracked_changes"):
            # A numbered item deleted with its paragraph mark: Word numbers the items after it as if it were gone.
            blocks.append(P("", num=(2, 0), markup=deleted("政务公开培训覆盖面不够广。"), mark_deleted=True))
        blocks += [P(t[2:], num=(2, 0), label=t[:2]) for t in problems]
    else:
        blocks += [P(t) for t in problems]
    blocks += [P(t) for t in measures]
    blocks.append(heading(6))
    blocks.append(P(text["other"]))
    blocks.append(P("%s" % report.body, center=True))
    return blocks


# ---------------------------------------------------------------------------------------------
# Pipe text: what a Word parser hands over, flattened as core's PipeText writes it
# ---------------------------------------------------------------------------------------------

def is_cjk(ch):
    code = ord(ch)
    return (0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF
            or 0x3000 <= code <= 0x303F or 0x2018 <= code <= 0x201F)


def join_lines(lines):
    """Paragraphs of one cell as one line: nothing between CJK characters, a space otherwise."""
    out = ""
    for line in (l.strip() for l in lines):
        if not line:
            continue
        if out and not (is_cjk(out[-1]) or is_cjk(line[0])):
            out += " "
        out += line
    return out


def grid_texts(table):
    positions = {}
    for r, row in enumerate(table.rows):
        c = 0
        for cell in row:
            while (r, c) in positions:
                c += 1
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    positions[(r + dr, c + dc)] = (cell, dr == 0 and dc == 0)
            c += cell.colspan
    width = max(c for _, c in positions) + 1
    return [[join_lines(positions[(r, c)][0].paragraphs) if positions.get((r, c), (None, False))[1] else ""
             for c in range(width)] for r in range(len(table.rows))]


def pipe_escape(text):
    return text.replace("\\", "\\\\").replace("|", "\\|")


def pipe_text(blocks, convert):
    out = []
    for block in blocks:
        if isinstance(block, Sdt):
            out.append(pipe_text(block.blocks, convert))
        elif isinstance(block, T):
            for row in grid_texts(block):
                out.append(" | ".join(pipe_escape(convert(t)) for t in row) + " |\n")
            out.append("\n")
        else:
            line = convert(block.label + block.text)
            if line:
                out.append(pipe_escape(line) + "\n")
            if block.textbox:
                out.append(pipe_text(block.textbox, convert))
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# WordprocessingML
# ---------------------------------------------------------------------------------------------

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
      'mc:Ignorable="wps"')

TWIPS_WIDTH = 8800


def run(text):
    return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(text)


class Writer:
    def __init__(self, convert):
        self.convert = convert
        self.shapes = 0

    def paragraph(self, p):
        props = []
        if p.style:
            props.append('<w:pStyle w:val="%s"/>' % p.style)
        if p.num:
            props.append('<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (p.num[1], p.num[0]))
        if p.center:
            props.append('<w:jc w:val="center"/>')
        if p.mark_deleted:
            props.append('<w:rPr><w:del %s/></w:rPr>' % (REVISION % Ids.take()))
        if p.section_break:
            props.append('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" '
                         'w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')
        out = ["<w:p>"]
        if props:
            out.append("<w:pPr>%s</w:pPr>" % "".join(props))
        if p.page_break:
            out.append('<w:r><w:br w:type="page"/></w:r>')
        for part in [] if p.markup else p.runs:
            if isinstance(part, tuple):
                out.append('<w:sdt><w:sdtPr><w:alias w:val="年度"/><w:text/></w:sdtPr><w:sdtContent>%s'
                           '</w:sdtContent></w:sdt>' % run(self.convert(part[1])))
            elif part:
                out.append(run(self.convert(part)))
        if p.markup:
            out.append(p.markup)
        if p.footnote:
            out.append('<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>')
        if p.textbox:
            out.append(self.textbox(p.textbox))
        out.append("</w:p>")
        return "".join(out)

    def textbox(self, blocks):
        """A text box as Word 2010+ writes it: a DrawingML shape with a VML fallback holding the same content."""
        self.shapes += 1
        content = "<w:txbxContent>%s</w:txbxContent>" % self.blocks(blocks + [P("")])
        return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
                '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="%d" '
                'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
                '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
                '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
                '<wp:extent cx="5580000" cy="1400000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
                '<wp:wrapTopAndBottom/><wp:docPr id="%d" name="文本框 %d"/><wp:cNvGraphicFramePr/>'
                '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
                '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5580000" cy="1400000"/>'
                '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx>%s</wps:txbx>'
                '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
                'anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
                '</mc:Choice><mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
                'path="m,l,21600r21600,l21600,xe"/><v:shape id="文本框 %d" o:spid="_x0000_s%d" type="#_x0000_t202" '
                'style="position:absolute;width:439.4pt;height:110.25pt;z-index:%d"><v:textbox>%s</v:textbox>'
                '</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
                % (self.shapes, self.shapes, self.shapes, content, self.shapes, 1025 + self.shapes, self.shapes, content))

    def table(self, t):
        width = len(grid_texts(t)[0])
        col = TWIPS_WIDTH // width
        out = ['<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>' % TWIPS_WIDTH]
        out += ['<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % side
                for side in ("top", "left", "bottom", "right", "insideH", "insideV")]
        out.append('</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>')
        out += ['<w:gridCol w:w="%d"/>' % col] * width
        out.append("</w:tblGrid>")
        covered = {}   # (row, column) -> (cell, is the first row of the cell)
        for r, row in enumerate(t.rows):
            c = 0
            for cell in row:
                while (r, c) in covered:
                    c += 1
                for dr in range(cell.rowspan):
                    covered[(r + dr, c)] = (cell, dr == 0)
                    for dc in range(1, cell.colspan):
                        covered[(r + dr, c + dc)] = None
                c += cell.colspan
        for r in range(len(t.rows)):
            row_props = ['<w:cantSplit/>']
            if r < t.header_rows:
                row_props.append("<w:tblHeader/>")
            out.append("<w:tr><w:trPr>%s</w:trPr>" % "".join(row_props))
            for c in range(width):
                entry = covered.get((r, c))
                if entry is None:
                    continue
                cell, first = entry
                props = ['<w:tcW w:w="%d" w:type="dxa"/>' % (col * cell.colspan)]
                if cell.colspan > 1:
                    props.append('<w:gridSpan w:val="%d"/>' % cell.colspan)
                if cell.rowspan > 1:
                    continued = '<w:vMerge w:val="continue"/>' if t.explicit_continue else "<w:vMerge/>"
                    props.append('<w:vMerge w:val="restart"/>' if first else continued)
                props.append('<w:vAlign w:val="center"/>')
                if cell.in_sdt:
                    out.append('<w:sdt><w:sdtPr><w:id w:val="%d"/></w:sdtPr><w:sdtContent>' % Ids.take())
                out.append("<w:tc><w:tcPr>%s</w:tcPr>" % "".join(props))
                if first:
                    for i, text in enumerate(cell.paragraphs):
                        marker = "<w:r><w:lastRenderedPageBreak/></w:r>" if (
                            r == t.rendered_break_row and c == 0 and i == 0) else ""
                        content = cell.markup if cell.markup and i == 0 else run(self.convert(text))
                        out.append('<w:p><w:pPr><w:jc w:val="center"/></w:pPr>%s%s</w:p>' % (marker, content))
                else:
                    out.append("<w:p/>")
                out.append("</w:tc>")
                if cell.in_sdt:
                    out.append("</w:sdtContent></w:sdt>")
            out.append("</w:tr>")
            if r in t.deleted_rows:
                out.append(self.deleted_row(t.deleted_rows[r], col))
        out.append("</w:tbl>")
        table = "".join(out)
        if t.in_frame:
            # A one-cell layout table drawn around the table, as some offices frame each statistics table.
            table = ('<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>'
                     '<w:tblGrid><w:gridCol w:w="%d"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>'
                     '</w:tcPr>%s<w:p/></w:tc></w:tr></w:tbl>' % (TWIPS_WIDTH, TWIPS_WIDTH, TWIPS_WIDTH, table))
        return table

    def deleted_row(self, cells, col):
        """A row deleted with tracked changes: the row and every run in it marked deleted."""
        out = ['<w:tr><w:trPr><w:cantSplit/><w:del %s/></w:trPr>' % (REVISION % Ids.take())]
        for text, span in cells:
            grid = '<w:gridSpan w:val="%d"/>' % span if span > 1 else ""
            out.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr><w:p><w:pPr><w:rPr><w:del %s/>'
                       '</w:rPr></w:pPr>%s</w:p></w:tc>' % (col * span, grid, REVISION % Ids.take(), deleted(text)))
        out.append("</w:tr>")
        return "".join(out)

    def blocks(self, blocks):
        out = []
        for block in blocks:
            if isinstance(block, Sdt):
                out.append('<w:sdt><w:sdtPr><w:alias w:val="主动公开情况"/><w:id w:val="1024"/></w:sdtPr>'
                           '<w:sdtContent>%s</w:sdtContent></w:sdt>' % self.blocks(block.blocks))
            elif isinstance(block, T):
                out.append(self.table(block))
                out.append("<w:p/>")   # Word keeps a paragraph between tables
            else:
                out.append(self.paragraph(block))
        return "".join(out)


def lvl(ilvl, num_fmt, text, indent):
    return ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:firstLine="0"/></w:pPr></w:lvl>'
            % (ilvl, num_fmt, text, indent))


def numbering_xml(report):
    """Heading numbering 一、/（一）/1. and, in abstractNum 1, the 一是/二是 items of section five."""
    left, right = report.style.get("brackets", ("（", "）"))
    first = report.style.get("first_level_format", "chineseCounting")
    style_links = report.style.get("auto_numbering") == "style"
    heading = ['<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>',
               lvl(0, first, "%1、", 0).replace("<w:pPr>", '<w:pStyle w:val="Heading1"/><w:pPr>') if style_links
               else lvl(0, first, "%1、", 0),
               lvl(1, "chineseCounting", left + "%2" + right, 420).replace("<w:pPr>", '<w:pStyle w:val="Heading2"/><w:pPr>')
               if style_links else lvl(1, "chineseCounting", left + "%2" + right, 420),
               lvl(2, "decimal", "%3.", 840), "</w:abstractNum>"]
    items = ['<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>',
             lvl(0, "chineseCounting", "%1是", 0), "</w:abstractNum>"]
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering %s>%s%s'
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/>'
            '</w:num></w:numbering>' % (NS, "".join(heading), "".join(items)))


def styles_xml(report):
    style_links = report.style.get("auto_numbering") == "style"

    def num(level):
        return '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="1"/></w:numPr>' % level if style_links else ""

    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles %s>'
            '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" '
            'w:hAnsi="Times New Roman"/><w:sz w:val="32"/><w:lang w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>'
            '</w:docDefaults>'
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
            '<w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
            '<w:pPr><w:jc w:val="center"/><w:ind w:firstLine="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/>'
            '<w:sz w:val="44"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
            '<w:pPr><w:keepNext/>%s<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
            '<w:pPr><w:keepNext/>%s<w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>'
            '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style>'
            '</w:styles>' % (NS, num(0), num(1)))


def core_xml(title):
    title_element = "<dc:title>%s</dc:title>" % escape(title) if title else ""
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">%s<dc:creator>政务公开办</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-15T08:00:00Z</dcterms:created>'
            '</cp:coreProperties>' % title_element)


def app_xml(pages):
    pages_element = "<Pages>%d</Pages>" % pages if pages else ""
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties '
            'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            '<Application>Microsoft Office Word</Application>%s</Properties>' % pages_element)


def header_footer(kind, text):
    tag = "hdr" if kind == "header" else "ftr"
    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText>'
             '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
             '<w:r><w:fldChar w:fldCharType="end"/></w:r>') if kind == "footer" else ""
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:%s %s><w:p><w:pPr><w:pStyle w:val="%s"/>'
            '</w:pPr>%s%s</w:p></w:%s>' % (tag, NS, kind.capitalize(), run(text), field, tag))


def footnotes_xml(text):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes %s>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
            '</w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>%s</w:p></w:footnote></w:footnotes>'
            % (NS, run(text)))


def write_docx(report, blocks, convert, path):
    s = report.style
    writer = Writer(convert)
    footnote = next((b.footnote for b in blocks if isinstance(b, P) and b.footnote), None)
    parts = {"word/styles.xml": styles_xml(report), "word/numbering.xml": numbering_xml(report)}
    rels = [("styles", "styles.xml"), ("numbering", "numbering.xml")]
    sect = ['<w:sectPr>']
    if s.get("header"):
        parts["word/header1.xml"] = header_footer("header", convert(s["header"]))
        parts["word/footer1.xml"] = header_footer("footer", "第 ")
        rels += [("header", "header1.xml"), ("footer", "footer1.xml")]
        sect.append('<w:headerReference w:type="default" r:id="rId3"/><w:footerReference w:type="default" r:id="rId4"/>')
    if footnote:
        parts["word/footnotes.xml"] = footnotes_xml(convert(footnote))
        rels.append(("footnotes", "footnotes.xml"))
    sect.append('<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" '
                'w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')
    body = writer.blocks(blocks)
    parts["word/document.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>'
                                  '%s%s</w:body></w:document>' % (NS, body, "".join(sect)))
    relationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    parts["word/_rels/document.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships '
        'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
        % "".join('<Relationship Id="rId%d" Type="%s%s" Target="%s"/>' % (i, relationship, kind, target)
                  for i, (kind, target) in enumerate(rels, start=1)))
    parts["docProps/core.xml"] = core_xml(convert(s["core_title"]) if s.get("core_title") else "")
    parts["docProps/app.xml"] = app_xml(s.get("pages"))
    parts["_rels/.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships '
        'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="%sofficeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
        'core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId3" Type="%sextended-properties" Target="docProps/app.xml"/></Relationships>'
        % (relationship, relationship))
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml."
    overrides = {"/word/document.xml": main + "document.main+xml", "/word/styles.xml": main + "styles+xml",
                 "/word/numbering.xml": main + "numbering+xml",
                 "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
                 "/docProps/app.xml": "application/vnd.openxmlformats-officedocument.extended-properties+xml"}
    if s.get("header"):
        overrides["/word/header1.xml"] = main + "header+xml"
        overrides["/word/footer1.xml"] = main + "footer+xml"
    if footnote:
        overrides["/word/footnotes.xml"] = main + "footnotes+xml"
    parts["[Content_Types].xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types '
        'xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>%s</Types>'
        % "".join('<Override PartName="%s" ContentType="%s"/>' % kv for kv in overrides.items()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ["[Content_Types].xml", "_rels/.rels"] + sorted(n for n in parts if n not in
                                                                    ("[Content_Types].xml", "_rels/.rels")):
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 15, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, parts[name])


# ---------------------------------------------------------------------------------------------
# Traditional characters, as Hong-Kong-style mirrors and conversion sites publish them
# ---------------------------------------------------------------------------------------------

TRADITIONAL = dict(zip(
    "国后区县镇乡办务员开过为这时关将则该认义与实现发达进运动总体报告年度门户网络统计规范政府机构单位内容处理数量项决认证"
    "费资财审查与协调问题针对专题会议组织训练绩效考核责任严格落实贯彻条例际质类经济标准态监督举诉讼复议结纠维尚审执论类"
    "习丰图视频频烦风险节点强录说读围绕优化栏设职能及时准确网络帐帐台账确保规避层级显著现状况长营带领导对应问术专业业务区域"
    "泄密据编汇总众广览页点击电话传真邮箱线渠数据库达标书记处领导讲话转载权获宁荐将临别层础级宽档检测缴纳费请申请补正逾期拒绝数辅训"
    "应当个们产亲从众传伤优会传价众儿关兴养兰军冲凤况决净减则刘创别剧剑办劝动劳势勋区医华协单卖卢卫厅历压厌县参双发变叙号叶听启员"
    "团园围图圆圣场坏块坚坛坝垄够头夹夺奋奖妇学宁宝实宠审宪宫宽宾对导寿将尔尘层屡岁岂岗岛峡币师帐带帮干并广庄庆库应废开异弃张弹强"
    "归录彻征径总恋恳恶悬惊惩愿戏战户执扩扫扬扰抚抛抢护报担拟拥拦择挂挡挤挥捞损换据掷携摄摆摇摊撑敌数斋斗断无旧时旷昼显晋晒晓晕暂术"
    "机杀杂权条来杨杰极构枪柜标栏树样档桥检楼横欢欧残毁毕毙气汇汉汤沟没沪泪泼泽洁洒浅测济浏浑浓涂涌润涨渊渐渔温游湾湿满滚滞滤滥灭"
    "灯灵灾灿炉点炼烂烟烦烧热爱爷牍牵犹狱独猎猪献环现玛珍电画畅疗疮盐监盖盘着确码础硕碍礼祸离种积称稳穷窃窍竞笔笼筑签简类粮紧纠红"
    "约级纪纲纳纵纷纸纹纺线练组细织终绍经结绕绘给络绝统继绩绪续维绵综缓编缘缩缴网罗罚罢职联聪肃肠肤肿胜脉脑脚脱脸舰艰艺节芜苏范"
    "茎荐荣药莱获营萧蓝虑虚虫蚀蛮补表衬袜装视览觉规觅视触誉计订认讨让训议讯记讲讳讶许论讽设访证评识诉诊词译试诗诚话诞询该详误诱说"
    "请诸诺读课谁调谈谊谋谓谜谢谣谦谨谱贝负贡财责贤败账货质贩贪贫购贯贴贵贷贸费贺资赋赏赔赖赚赛赞赠赵赶趋跃践踪车轨转轮软轰轻载轿较"
    "辅辆辈辉辑输辖辩边达迁过迈运还这进远违连迟适选递逻遗邮邻郑郓酱释里鉴针钟钢钱铁铃银铺链销锁锅锋错锡锦键镇镜长门闭问闯闲间闷闸"
    "闹闻阀阁阅阐队阳阴阶际陆陈险随隐隶难雾静韩页顶项顺须顾顿颁预领频颗题额风飞饭饮饰饱饲馆驱驶驻驾骂验骑骗骤鱼鲁鸟鸡鸣麦黄齐龄龙",
    "國後區縣鎮鄉辦務員開過為這時關將則該認義與實現發達進運動總體報告年度門戶網絡統計規範政府機構單位內容處理數量項決認證"
    "費資財審查與協調問題針對專題會議組織訓練績效考核責任嚴格落實貫徹條例際質類經濟標準態監督舉訴訟復議結糾維尚審執論類"
    "習豐圖視頻頻煩風險節點強錄說讀圍繞優化欄設職能及時準確網絡帳帳台賬確保規避層級顯著現狀況長營帶領導對應問術專業業務區域"
    "洩密據編匯總眾廣覽頁點擊電話傳真郵箱線渠數據庫達標書記處領導講話轉載權獲寧薦將臨別層礎級寬檔檢測繳納費請申請補正逾期拒絕數輔訓"
    "應當個們產親從眾傳傷優會傳價眾兒關興養蘭軍衝鳳況決淨減則劉創別劇劍辦勸動勞勢勛區醫華協單賣盧衛廳歷壓厭縣參雙發變敘號葉聽啟員"
    "團園圍圖圓聖場壞塊堅壇壩壟夠頭夾奪奮獎婦學寧寶實寵審憲宮寬賓對導壽將爾塵層屢歲豈崗島峽幣師帳帶幫幹並廣莊慶庫應廢開異棄張彈強"
    "歸錄徹徵徑總戀懇惡懸驚懲願戲戰戶執擴掃揚擾撫拋搶護報擔擬擁攔擇掛擋擠揮撈損換據擲攜攝擺搖攤撐敵數齋鬥斷無舊時曠晝顯晉曬曉暈暫術"
    "機殺雜權條來楊傑極構槍櫃標欄樹樣檔橋檢樓橫歡歐殘毀畢斃氣匯漢湯溝沒滬淚潑澤潔灑淺測濟瀏渾濃塗湧潤漲淵漸漁溫遊灣濕滿滾滯濾濫滅"
    "燈靈災燦爐點煉爛煙煩燒熱愛爺牘牽猶獄獨獵豬獻環現瑪珍電畫暢療瘡鹽監蓋盤著確碼礎碩礙禮禍離種積稱穩窮竊竅競筆籠築簽簡類糧緊糾紅"
    "約級紀綱納縱紛紙紋紡線練組細織終紹經結繞繪給絡絕統繼績緒續維綿綜緩編緣縮繳網羅罰罷職聯聰肅腸膚腫勝脈腦腳脫臉艦艱藝節蕪蘇範"
    "莖薦榮藥萊獲營蕭藍慮虛蟲蝕蠻補表襯襪裝視覽覺規覓視觸譽計訂認討讓訓議訊記講諱訝許論諷設訪證評識訴診詞譯試詩誠話誕詢該詳誤誘說"
    "請諸諾讀課誰調談誼謀謂謎謝謠謙謹譜貝負貢財責賢敗賬貨質販貪貧購貫貼貴貸貿費賀資賦賞賠賴賺賽贊贈趙趕趨躍踐蹤車軌轉輪軟轟輕載轎較"
    "輔輛輩輝輯輸轄辯邊達遷過邁運還這進遠違連遲適選遞邏遺郵鄰鄭鄆醬釋裡鑒針鐘鋼錢鐵鈴銀鋪鏈銷鎖鍋鋒錯錫錦鍵鎮鏡長門閉問闖閒間悶閘"
    "鬧聞閥閣閱闡隊陽陰階際陸陳險隨隱隸難霧靜韓頁頂項順須顧頓頒預領頻顆題額風飛飯飲飾飽飼館驅駛駐駕罵驗騎騙驟魚魯鳥雞鳴麥黃齊齡龍"))


def to_traditional(text):
    return "".join(TRADITIONAL.get(ch, ch) for ch in text)


def identity(text):
    return text


# ---------------------------------------------------------------------------------------------
# The fixtures
# ---------------------------------------------------------------------------------------------

REPORTS = [
    # 2021 template, headings and subsections numbered by Word (numPr on each paragraph); also converted to .doc.
    Report("county-2023-auto-numbered", "临江县人民政府", 2023, 11, auto_numbering="direct",
           core_title="临江县人民政府2023年政府信息公开工作年度报告", pages=9, to_doc=True),
    # 2019 template for a 2020 report; numbering attached to the heading styles, half-width brackets.
    Report("town-2020-template-2019", "青石镇人民政府", 2020, 12, auto_numbering="style", brackets=("(", ")"),
           first_level_format="chineseCountingThousand", blank_rules=True),
    # Traditional characters throughout, typed numbers, full-width brackets.
    Report("district-2022-traditional", "江北区教育局", 2022, 13, traditional=True, pages=7,
           measures_wording=True),
    # Table B runs over a page break, its three header rows marked to repeat on the next page.
    Report("city-2021-header-repeated", "宁川市交通运输局", 2021, 14, repeat_header=True, brackets=("(", ")"),
           page_break_before_tables=True, measures_wording=True, core_title="宁川市交通运输局2021年政府信息公开工作年度报告"),
    # Table A in a content control, table C in a text box; header, footer and a footnote kept out of the body.
    Report("street-2024-content-controls", "东湖区城关街道办事处", 2024, 15, auto_numbering="direct",
           table_a_in_sdt=True, table_c_in_textbox=True, run_sdt=True, footnote=True,
           header="东湖区城关街道办事处政务公开", pages=8),
    # 2019 template for a 2019 report, numbered by Word; also converted to .doc.
    Report("bureau-2019-auto-numbered", "白沙县市场监督管理局", 2019, 16, auto_numbering="direct", to_doc=True,
           core_title="白沙县市场监督管理局2019年政府信息公开工作年度报告"),
    # Unaccepted tracked changes (values typed over, a deleted table row and paragraph), 总计 cells as
    # =SUM fields with cached results, numbers split over formatted runs; also converted to .doc.
    Report("county-2022-tracked-changes", "松溪县人民政府", 2022, 17, auto_numbering="direct", tracked_changes=True,
           fields=True, split_runs=True, to_doc=True,
           core_title="松溪县人民政府2022年政府信息公开工作年度报告"),
    # As WPS writes it: explicit vMerge continue, table B framed in a one-cell layout table, labels broken by
    # line breaks and tabs, hyperlinks and smart tags, values in content controls (table C's around whole
    # cells), full-width digits in table C, a section break before table C, blank 规章 cells left showing the
    # content controls' placeholder prompt. Not converted to .doc: LibreOffice 7.4 garbles cell-level content
    # controls and placeholders on the way.
    Report("township-2023-wps-layout", "桃源乡人民政府", 2023, 18, explicit_continue=True, table_b_in_frame=True,
           label_breaks=True, hyperlinks=True, value_sdt=True, cell_sdt=True, fullwidth_digits=True,
           section_breaks=True, rules_placeholders=True, blank_rules=True),
]


def main():
    if "--doc-names" in sys.argv:
        print("\n".join(r.name for r in REPORTS if r.style.get("to_doc")))
        return
    for report in REPORTS:
        Ids.next = 100
        convert = to_traditional if report.style.get("traditional") else identity
        blocks = build_blocks(report)
        write_docx(report, blocks, convert, os.path.join(HERE, report.name + ".docx"))
        with open(os.path.join(HERE, report.name + ".txt"), "w", encoding="utf-8") as f:
            f.write(pipe_text(blocks, convert))
        with open(os.path.join(HERE, report.name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(report.expected(), f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main()
