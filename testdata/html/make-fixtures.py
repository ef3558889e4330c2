#!/usr/bin/env python3
"""Generates the HTML fixtures of the HTML parser.

Each fixture report is held below as structured data (body, year, template, numbered sections with their
subsections, tables A/B/C with their numbers). For each fixture NAME the script writes:

  NAME.html           the report as a government site (or a mirror) serves it: site chrome, encoding,
                      markup style and table layout vary from fixture to fixture
  NAME.txt            the report itself as pipe text (the document's PipeText form: one paragraph per line,
                      one table row per line, cells joined by " | " and closed by " |", a blank line after
                      each table); it is exactly what the parser should hand over
  NAME.expected.json  the numbers of tables A/B/C in the JSON contract's shape (../shared/SCHEMA.md)

plus news-page-no-report.html, a news article without a report. The numbers satisfy every identity of
../shared/DOMAIN.md and the narrative quotes them. Run from anywhere: python3 make-fixtures.py
"""

import html
import json
import re
import os
import random

OUT = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------------------------------
# Template labels and keys (../shared/SCHEMA.md)

APPLICANT_KEYS = ["naturalPerson", "commercial", "research", "publicInterest", "legalService", "other"]
COLUMN_KEYS = APPLICANT_KEYS + ["total"]

DENIED = [("deniedStateSecret", "1.属于国家秘密"),
          ("deniedProhibitedByLaw", "2.其他法律行政法规禁止公开"),
          ("deniedThreeSecurities", "3.危及“三安全一稳定”"),
          ("deniedThirdParty", "4.保护第三方合法权益"),
          ("deniedInternalAffairs", "5.属于三类内部事务信息"),
          ("deniedProcessInformation", "6.属于四类过程性信息"),
          ("deniedEnforcementFiles", "7.属于行政执法案卷"),
          ("deniedQueryMatters", "8.属于行政查询事项")]
UNABLE = [("unableNotHeld", "1.本机关不掌握相关政府信息"),
          ("unableNeedsCreation", "2.没有现成信息需要另行制作"),
          ("unableUnclear", "3.补正后申请内容仍不明确")]
REJECTED = [("rejectedPetition", "1.信访举报投诉类申请"),
            ("rejectedRepeated", "2.重复申请"),
            ("rejectedPublication", "3.要求提供公开出版物"),
            ("rejectedExcessive", "4.无正当理由大量反复申请"),
            ("rejectedConfirmation", "5.要求行政机关确认或重新出具已获取信息")]
OTHER_2021 = [("otherNoCorrection", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
              ("otherNoFee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
              ("otherOther", "3.其他")]

SECTION_TITLES = ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
                  "政府信息公开行政复议、行政诉讼情况", None, "其他需要报告的事项"]
NUMERALS = "一二三四五六七八九十"


def outcome_rows(template):
    """The outcome rows of table B in template order (keys only), the ones counted in (七)总计."""
    rows = ["granted", "partiallyGranted"] + [k for k, _ in DENIED] + [k for k, _ in UNABLE] \
        + [k for k, _ in REJECTED]
    return rows + ([k for k, _ in OTHER_2021] if template == "2021" else ["other"])


# --------------------------------------------------------------------------------------------------
# Numbers

def make_applications(rng, template, scale):
    """Table B numbers, column by column, so that every identity of the template holds."""
    outcomes = outcome_rows(template)
    weights = {"granted": 30, "partiallyGranted": 6, "unableNotHeld": 14, "unableNeedsCreation": 3,
               "unableUnclear": 2, "rejectedPetition": 3, "rejectedRepeated": 3, "deniedThirdParty": 2,
               "deniedProcessInformation": 2, "deniedInternalAffairs": 1, "deniedQueryMatters": 1,
               "rejectedConfirmation": 1, "otherNoCorrection": 2, "otherOther": 1, "other": 2,
               "deniedEnforcementFiles": 1, "rejectedPublication": 1, "otherNoFee": 1}
    share = {"naturalPerson": 1.0, "commercial": 0.18, "research": 0.02, "publicInterest": 0.03,
             "legalService": 0.06, "other": 0.04}
    table = {key: {} for key in ["newlyReceived", "carriedOver"] + outcomes + ["totalProcessed",
                                                                                "carriedForward"]}
    for column in APPLICANT_KEYS:
        processed = {key: 0 for key in outcomes}
        expected = scale * share[column]
        count = int(expected) + (1 if rng.random() < expected - int(expected) else 0)
        for _ in range(count):
            pick = rng.choices(list(weights), [weights[k] for k in weights])[0]
            if pick in processed:
                processed[pick] += 1
        total = sum(processed.values())
        carried_over = rng.randint(0, max(0, total // 12))
        carried_forward = rng.randint(0, max(0, total // 10))
        for key in outcomes:
            table[key][column] = processed[key]
        table["totalProcessed"][column] = total
        table["carriedOver"][column] = carried_over
        table["carriedForward"][column] = carried_forward
        # 一 + 二 = (七) + 四
        table["newlyReceived"][column] = total + carried_forward - carried_over
    for row in table.values():
        row["total"] = sum(row[c] for c in APPLICANT_KEYS)
    if template == "2021":
        table["other"] = {c: sum(table[k][c] for k, _ in OTHER_2021) for c in COLUMN_KEYS}
    return table


def make_review(rng, size):
    groups = {}
    for key, scale in (("review", size), ("litigationDirect", max(1, size // 2)),
                       ("litigationAfterReview", max(1, size // 3))):
        upheld = rng.randint(0, scale)
        corrected = rng.randint(0, max(0, scale // 3))
        other = rng.randint(0, max(0, scale // 4))
        pending = rng.randint(0, max(0, scale // 3))
        groups[key] = {"upheld": upheld, "corrected": corrected, "other": other, "pending": pending,
                       "total": upheld + corrected + other + pending}
    if all(g["total"] == 0 for g in groups.values()):
        groups["review"].update(upheld=1, total=1 + groups["review"]["total"])
    return groups


# --------------------------------------------------------------------------------------------------
# Table layouts: rows of (text, rowspan, colspan)

def fmt(value):
    if value is None:
        return ""
    if isinstance(value, float):
        return ("%.2f" % value).rstrip("0").rstrip(".")
    return str(value)


def c(text, rs=1, cs=1):
    return (text, rs, cs)


def table_a_groups(report):
    """Table A as its groups, each a list of rows, in the report's template."""
    a = report["activeDisclosure"]
    cells = report.get("blankCells", {})

    def v(item, measure):
        return cells.get((item, measure), fmt(a[item][measure]))

    b = report["brackets"]
    art = lambda n: "第二十条第" + b[0] + n + b[1] + "项"
    if report["template"] == "2021":
        return [
            [[c(art("一"), 1, 4)],
             [c("信息内容"), c("本年制发件数"), c("本年废止件数"), c("现行有效件数")],
             [c(report.get("rulesLabel", "规章")), c(v("rules", "issued")), c(v("rules", "repealed")),
              c(v("rules", "inForce"))],
             [c("行政规范性文件"), c(v("normativeDocuments", "issued")),
              c(v("normativeDocuments", "repealed")), c(v("normativeDocuments", "inForce"))]],
            [[c(art("五"), 1, 4)],
             [c("信息内容"), c("本年处理决定数量", 1, 3)],
             [c("行政许可"), c(v("licensing", "decisions"), 1, 3)]],
            [[c(art("六"), 1, 4)],
             [c("信息内容"), c("本年处理决定数量", 1, 3)],
             [c("行政处罚"), c(v("punishment", "decisions"), 1, 3)],
             [c("行政强制"), c(v("enforcement", "decisions"), 1, 3)]],
            [[c(art("八"), 1, 4)],
             [c("信息内容"), c("本年收费金额" + b[0] + "单位：万元" + b[1], 1, 3)],
             [c("行政事业性收费"), c(v("fees", "amount"), 1, 3)]],
        ]
    return [
        [[c(art("一"), 1, 4)],
         [c("信息内容"), c("本年新制作数量"), c("本年新公开数量"), c("对外公开总数量")],
         [c("规章"), c(v("rules", "newlyMade")), c(v("rules", "newlyPublished")),
          c(v("rules", "totalPublished"))],
         [c("规范性文件"), c(v("normativeDocuments", "newlyMade")),
          c(v("normativeDocuments", "newlyPublished")), c(v("normativeDocuments", "totalPublished"))]],
        [[c(art("五"), 1, 4)],
         [c("信息内容"), c("上一年项目数量"), c("本年增/减"), c("处理决定数量")],
         [c("行政许可"), c(v("licensing", "previousYear")), c(v("licensing", "change")),
          c(v("licensing", "decisions"))],
         [c("其他对外管理服务事项"), c(v("otherServices", "previousYear")), c(v("otherServices", "change")),
          c(v("otherServices", "decisions"))]],
        [[c(art("六"), 1, 4)],
         [c("信息内容"), c("上一年项目数量"), c("本年增/减"), c("处理决定数量")],
         [c("行政处罚"), c(v("punishment", "previousYear")), c(v("punishment", "change")),
          c(v("punishment", "decisions"))],
         [c("行政强制"), c(v("enforcement", "previousYear")), c(v("enforcement", "change")),
          c(v("enforcement", "decisions"))]],
        [[c(art("八"), 1, 4)],
         [c("信息内容"), c("上一年项目数量"), c("本年增/减", 1, 2)],
         [c("行政事业性收费"), c(v("fees", "previousYear")), c(v("fees", "change"), 1, 2)]],
        [[c(art("九"), 1, 4)],
         [c("信息内容"), c("采购项目数量"), c("采购总金额", 1, 2)],
         [c("政府集中采购"), c(v("procurement", "count")), c(v("procurement", "amount"), 1, 2)]],
    ]


def table_b(report):
    b = report["brackets"]
    apps = report["applications"]
    template = report["template"]
    q = report["quotes"]

    def values(key):
        return [c(fmt(apps[key][col])) for col in COLUMN_KEYS]

    def sub(n):
        return b[0] + n + b[1]

    corner = b[0] + "本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和" + b[1]
    rows = [
        [c(corner, 3, 3), c("申请人情况", 1, 7)],
        [c("自然人", 2), c("法人或其他组织", 1, 5), c("总计", 2)],
        [c("商业企业"), c("科研机构"), c("社会公益组织"), c("法律服务机构"), c("其他")],
        [c("一、本年新收政府信息公开申请数量", 1, 3)] + values("newlyReceived"),
        [c("二、上年结转政府信息公开申请数量", 1, 3)] + values("carriedOver"),
    ]
    outcome_height = 22 if template == "2021" else 20
    rows.append([c("三、本年度办理结果", outcome_height), c(sub("一") + "予以公开", 1, 2)] + values("granted"))
    rows.append([c(sub("二") + "部分公开" + b[0] + "区分处理的，只计这一情形，不计其他情形" + b[1], 1, 2)]
                + values("partiallyGranted"))
    for group, number, items in (("不予公开", "三", DENIED), ("无法提供", "四", UNABLE),
                                 ("不予处理", "五", REJECTED)):
        for i, (key, label) in enumerate(items):
            label = label.replace("“", q[0]).replace("”", q[1])
            head = [c(sub(number) + group, len(items))] if i == 0 else []
            rows.append(head + [c(label)] + values(key))
    if template == "2021":
        for i, (key, label) in enumerate(OTHER_2021):
            head = [c(sub("六") + "其他处理", 3)] if i == 0 else []
            rows.append(head + [c(label)] + values(key))
    else:
        rows.append([c(sub("六") + "其他处理", 1, 2)] + values("other"))
    rows.append([c(sub("七") + "总计", 1, 2)] + values("totalProcessed"))
    rows.append([c("四、结转下年度继续办理", 1, 3)] + values("carriedForward"))
    return rows


def table_c(report):
    r = report["reviewLitigation"]
    results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    keys = ["upheld", "corrected", "other", "pending", "total"]
    rows = [
        [c("行政复议", 1, 5), c("行政诉讼", 1, 10)],
        [c(t, 2) for t in results] + [c("未经复议直接起诉", 1, 5), c("复议后起诉", 1, 5)],
        [c(t) for t in results] * 2,
        [c(fmt(r[g][k])) for g in ("review", "litigationDirect", "litigationAfterReview") for k in keys],
    ]
    return rows


# --------------------------------------------------------------------------------------------------
# Grid and pipe text, as the document's Grid and PipeText do it

def grid(rows):
    """Positions of a table: the text where a cell starts, '' elsewhere (HTML table model)."""
    cells = {}
    width = 0
    for r, row in enumerate(rows):
        col = 0
        for text, rs, cs in row:
            while (r, col) in cells:
                col += 1
            for dr in range(min(rs, len(rows) - r)):
                for dc in range(cs):
                    cells[(r + dr, col + dc)] = text if dr == 0 and dc == 0 else ""
            col += cs
            width = max(width, col)
    return [[cells.get((r, k), "") for k in range(width)] for r in range(len(rows))]


def pipe_text(blocks):
    def escape(s):
        return s.replace("\\", "\\\\").replace("|", "\\|")

    out = []
    for kind, content in blocks:
        if kind == "p":
            out.append(escape(content) + "\n")
        else:
            for row in grid(content):
                out.append(" | ".join(escape(t) for t in row) + " |\n")
            out.append("\n")
    return "".join(out)


# --------------------------------------------------------------------------------------------------
# Narrative

def narrative(report, rng):
    """The report's blocks: ("p", text) and ("table", rows), in reading order."""
    year, body, b = report["year"], report["body"], report["brackets"]
    apps, review = report["applications"], report["reviewLitigation"]
    place = report["place"]
    sub = lambda i: b[0] + NUMERALS[i] + b[1]
    heading = lambda i, title: NUMERALS[i] + "、" + title
    n = lambda key: apps[key]["total"]
    published = report["published"]
    parts = report["publishedParts"]
    blocks = [("p", report["title"])]
    blocks.append(("p", "本报告根据《中华人民共和国政府信息公开条例》" + b[0] + "以下简称《条例》" + b[1]
                   + "和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》"
                   + "要求编制。本报告中所列数据的统计期限自" + str(year) + "年1月1日起至" + str(year)
                   + "年12月31日止。本报告电子版可在" + report["site"] + "查阅或下载。"))
    blocks.append(("p", heading(0, "总体情况")))
    blocks.append(("p", str(year) + "年，" + body + "坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《条例》和上级"
                   + "关于政务公开工作的部署要求，围绕" + place + "中心工作和群众关切，持续深化政务公开，"
                   + "不断提升政府信息公开质量和实效。"))
    blocks.append(("p", sub(0) + "主动公开"))
    listing = "，".join(name + str(count) + "条" for name, count in parts)
    blocks.append(("p", "全年通过政府门户网站、政务新媒体等渠道主动公开政府信息" + str(published) + "条，其中" + listing
                   + "。" + report["activeSentence"]))
    blocks.append(("p", sub(1) + "依申请公开"))
    if n("newlyReceived") == 0:
        application = "全年未收到政府信息公开申请。"
    else:
        application = ("全年共收到政府信息公开申请" + str(n("newlyReceived")) + "件，上年结转"
                       + str(n("carriedOver")) + "件；办结" + str(n("totalProcessed")) + "件，其中予以公开"
                       + str(n("granted")) + "件，部分公开" + str(n("partiallyGranted")) + "件，本机关不掌握相关政府信息"
                       + str(n("unableNotHeld")) + "件；结转下年度继续办理" + str(n("carriedForward")) + "件。")
    reviews = review["review"]["total"]
    suits = review["litigationDirect"]["total"] + review["litigationAfterReview"]["total"]
    blocks.append(("p", application + "因政府信息公开引发行政复议" + str(reviews) + "件、行政诉讼" + str(suits)
                   + "件。所有申请均在法定期限内答复，答复内容规范、依据充分。"))
    blocks.append(("p", sub(2) + "政府信息管理"))
    blocks.append(("p", "严格落实政府信息公开保密审查制度，坚持“先审查、后公开”和“一事一审”原则，"
                   + "全年未发生泄密事件。对" + report["normativeNote"] + "开展动态清理，及时调整公开属性。"))
    blocks.append(("p", sub(3) + "政府信息公开平台建设"))
    blocks.append(("p", "持续优化政府门户网站政府信息公开专栏，规范设置机构信息、法定主动公开内容、政府信息公开年报等栏目；"
                   + "用好政务新媒体，全年发布政务信息" + str(report["mediaPosts"]) + "条，"
                   + "及时回应群众关切。"))
    blocks.append(("p", sub(4) + "监督保障"))
    blocks.append(("p", "将政务公开工作纳入年度目标考核，召开政务公开专题会议" + str(report["meetings"])
                   + "次，组织业务培训" + str(report["trainings"]) + "次，全年未发生因政务公开工作不到位被追责的情形。"))
    blocks.append(("p", heading(1, "主动公开政府信息情况")))
    blocks.append(("tableA", None))
    blocks.append(("p", heading(2, "收到和处理政府信息公开申请情况")))
    blocks.append(("tableB", None))
    blocks.append(("p", heading(3, "政府信息公开行政复议、行政诉讼情况")))
    blocks.append(("tableC", None))
    blocks.append(("p", heading(4, "存在的主要问题及" + report["improvement"])))
    blocks.append(("p", str(year) + "年，" + body + "政务公开工作取得了一定成效，但仍存在一些不足：一是政策解读形式较为单一，"
                   + "图文、视频解读占比不高；二是基层政务公开标准化规范化水平有待提升。"))
    blocks.append(("p", "下一步，我们将着力丰富政策解读形式，提高解读质量；加强业务培训，"
                   + "推动基层政务公开标准化规范化建设向纵深发展。"))
    blocks.append(("p", heading(5, "其他需要报告的事项")))
    blocks.append(("p", report["otherMatters"]))
    return blocks


def check(report):
    """Fails when the numbers break an identity of ../shared/DOMAIN.md or the tables are all zero."""
    apps = report["applications"]
    for row in apps.values():
        assert row["total"] == sum(row[c] for c in APPLICANT_KEYS)
    for col in COLUMN_KEYS:
        assert apps["totalProcessed"][col] == sum(apps[k][col] for k in outcome_rows(report["template"]))
        assert apps["newlyReceived"][col] + apps["carriedOver"][col] \
            == apps["totalProcessed"][col] + apps["carriedForward"][col]
        assert all(row[col] >= 0 for row in apps.values())
    for group in report["reviewLitigation"].values():
        assert group["total"] == group["upheld"] + group["corrected"] + group["other"] + group["pending"]
    assert apps["newlyReceived"]["total"] > 0
    assert any(group["total"] > 0 for group in report["reviewLitigation"].values())
    assert any(v for measures in report["activeDisclosure"].values() for v in measures.values())
    assert report["template"] == ("2019" if report["year"] <= 2020 else "2021")


def expected_json(report):
    a = report["activeDisclosure"]
    blanks = report.get("blankCells", {})
    active = {item: {m: (None if (item, m) in blanks else value) for m, value in measures.items()}
              for item, measures in a.items()}
    apps = {key: dict(row) for key, row in report["applications"].items()}
    order = ["newlyReceived", "carriedOver", "granted", "partiallyGranted"] + [k for k, _ in DENIED] \
        + [k for k, _ in UNABLE] + [k for k, _ in REJECTED] \
        + ([k for k, _ in OTHER_2021] if report["template"] == "2021" else []) \
        + ["other", "totalProcessed", "carriedForward"]
    return {"report": {"body": report["body"], "year": report["year"], "template": report["template"]},
            "activeDisclosure": active,
            "applications": {key: {col: apps[key][col] for col in COLUMN_KEYS} for key in order},
            "reviewLitigation": report["reviewLitigation"]}


# --------------------------------------------------------------------------------------------------
# The fixture reports

def base_report(rng, body, place, year, template, scale, brackets, quotes="“”", improvement="改进情况"):
    report = {"body": body, "place": place, "year": year, "template": template, "brackets": brackets,
              "quotes": quotes, "improvement": improvement,
              "title": body + str(year) + "年政府信息公开工作年度报告",
              "applications": make_applications(rng, template, scale),
              "reviewLitigation": make_review(rng, max(1, scale // 15)),
              "meetings": rng.randint(2, 6), "trainings": rng.randint(1, 4),
              "mediaPosts": rng.randint(120, 900)}
    parts = [("政策文件", rng.randint(8, 60)), ("工作动态", rng.randint(40, 300)),
             ("财政信息", rng.randint(5, 40)), ("其他信息", rng.randint(10, 80))]
    report["publishedParts"] = parts
    report["published"] = sum(count for _, count in parts)
    return report


def active_2021(rules, normative, licensing, punishment, enforcement, fees):
    return {"rules": dict(zip(("issued", "repealed", "inForce"), rules)),
            "normativeDocuments": dict(zip(("issued", "repealed", "inForce"), normative)),
            "licensing": {"decisions": licensing}, "punishment": {"decisions": punishment},
            "enforcement": {"decisions": enforcement}, "fees": {"amount": fees}}


def active_2019(rules, normative, licensing, services, punishment, enforcement, fees, procurement):
    three = ("previousYear", "change", "decisions")
    return {"rules": dict(zip(("newlyMade", "newlyPublished", "totalPublished"), rules)),
            "normativeDocuments": dict(zip(("newlyMade", "newlyPublished", "totalPublished"), normative)),
            "licensing": dict(zip(three, licensing)), "otherServices": dict(zip(three, services)),
            "punishment": dict(zip(three, punishment)), "enforcement": dict(zip(three, enforcement)),
            "fees": dict(zip(("previousYear", "change"), fees)),
            "procurement": dict(zip(("count", "amount"), procurement))}


def fee_sentence(year, amount):
    if amount == 0:
        return "本年度未收取信息处理费。" + str(year) + "年度无其他需要报告的事项。"
    return "本年度依据《政府信息公开信息处理费管理办法》收取信息处理费" + str(amount) + "元。无其他需要报告的事项。"


def reports():
    full, half = "（）", "()"
    rng = random.Random(20240118)
    out = []

    r = base_report(rng, "桐安县人民政府", "全县", 2023, "2021", 60, full)
    r.update(name="cms-export-county-2023", style="mso", chrome="portal", encoding="utf-8",
             declare="meta-charset", layout="separate", published_at="2024-01-19 09:30",
             site="桐安县人民政府门户网站（www.tongan.gov.cn）",
             activeDisclosure=active_2021((0, 0, 0), (9, 2, 47), 1862, 415, 23, 128.65),
             activeSentence="制发行政规范性文件9件，废止2件，现行有效47件。",
             normativeNote="现行有效的行政规范性文件", otherMatters=fee_sentence(2023, 0))
    out.append(r)

    r = base_report(rng, "桐安县青石镇人民政府", "全镇", 2022, "2021", 6, full, improvement="改进措施")
    r.update(name="gbk-undeclared-town-2022", style="plain", chrome="portal", encoding="gbk",
             declare="none", layout="separate", published_at="2023年01月28日",
             site="桐安县人民政府门户网站青石镇专栏",
             activeDisclosure=active_2021((0, 0, 0), (1, 0, 6), 37, 12, 0, 0.0),
             blankCells={("rules", "issued"): "—", ("rules", "repealed"): "—", ("rules", "inForce"): "—"},
             activeSentence="制发行政规范性文件1件，现行有效6件。",
             normativeNote="镇政府制发的规范性文件", otherMatters=fee_sentence(2022, 0))
    out.append(r)

    r = base_report(rng, "江北市云溪区人民政府", "全区", 2021, "2021", 90, full, quotes="\"\"")
    r.update(name="wrong-declaration-district-2021", style="mso", chrome="tables", encoding="gb18030",
             declare="meta-charset-utf8", layout="separate", published_at="2022-01-25",
             site="云溪区人民政府网站",
             activeDisclosure=active_2021((0, 0, 0), (14, 5, 88), 5230, 1264, 87, 356.4),
             activeSentence="全区制发行政规范性文件14件，废止5件。",
             normativeNote="区政府及区政府办公室行政规范性文件", otherMatters=fee_sentence(2021, 0))
    out.append(r)

    r = base_report(rng, "石桥县柳河镇人民政府", "全镇", 2022, "2021", 4, full)
    r.update(name="mirror-traditional-ruby-town-2022", style="ruby", chrome="mirror", encoding="utf-8",
             declare="meta-charset", layout="separate", published_at="2023-02-10 16:05",
             site="石桥县人民政府网",
             activeDisclosure=active_2021((0, 0, 0), (0, 0, 3), 15, 6, 0, 0.0),
             activeSentence="本年度未制发行政规范性文件。",
             normativeNote="镇政府制发的规范性文件", otherMatters=fee_sentence(2022, 0))
    out.append(r)

    r = base_report(rng, "江北市自然资源和规划局", "全市自然资源", 2024, "2021", 140, full)
    r.update(name="one-big-table-city-bureau-2024", style="plain", chrome="portal", encoding="utf-8",
             declare="http-equiv", layout="one", published_at="2025-01-16 10:00",
             site="江北市自然资源和规划局网站",
             activeDisclosure=active_2021((1, 0, 6), (5, 3, 31), 2410, 186, 4, 9520.37),
             activeSentence="制发行政规范性文件5件，废止3件；修订规章1件。",
             normativeNote="本局行政规范性文件", otherMatters=fee_sentence(2024, 120))
    out.append(r)

    r = base_report(rng, "江北市云溪区东湖街道办事处", "街道", 2024, "2021", 9, half, improvement="改进措施")
    r.update(name="separate-tables-street-2024", style="headings", chrome="simple", encoding="utf-8",
             declare="meta-charset", layout="split", published_at="2025-01-22",
             site="云溪区人民政府网站东湖街道栏目",
             activeDisclosure=active_2021((0, 0, 0), (0, 0, 2), 0, 0, 0, 0.0),
             activeSentence="本年度未制发行政规范性文件。",
             normativeNote="街道办事处文件", otherMatters=fee_sentence(2024, 0))
    r["activeDisclosure"]["licensing"]["decisions"] = 3
    out.append(r)

    r = base_report(rng, "宁川县人民政府", "全县", 2020, "2019", 45, full)
    r.update(name="template-2019-county-2020", style="mso", chrome="portal", encoding="gbk",
             declare="http-equiv-gb2312", layout="separate", published_at="2021-01-29",
             site="宁川县人民政府网",
             activeDisclosure=active_2019((0, 0, 0), (6, 6, 52), (214, -12, 3688), (96, 4, 1520),
                                          (75, 3, 642), (18, 0, 35), (22, -3), (46, 2318.6)),
             activeSentence="全年新制作规范性文件6件并全部公开。",
             normativeNote="县政府规范性文件",
             otherMatters="本年度无其他需要报告的事项。")
    out.append(r)

    r = base_report(rng, "宁川县教育局", "全县教育", 2019, "2019", 20, half)
    r.update(name="layout-table-county-bureau-2019", style="br", chrome="tables", encoding="utf-8",
             declare="http-equiv", layout="separate", published_at="2020-01-20",
             site="宁川县人民政府网教育局专栏", spacers=True,
             activeDisclosure=active_2019((0, 0, 0), (2, 2, 11), (12, 1, 236), (8, 0, 77), (3, 0, 9),
                                          (0, 0, 0), (4, 0), (17, 863.25)),
             blankCells={("enforcement", "previousYear"): "/", ("enforcement", "change"): "/",
                         ("enforcement", "decisions"): "/"},
             activeSentence="新制作并公开规范性文件2件。",
             normativeNote="局机关规范性文件",
             otherMatters="无。")
    out.append(r)

    r = base_report(rng, "临江县农业农村局", "全县农业农村", 2021, "2021", 30, full)
    r.update(name="word-save-as-web-county-bureau-2021", style="word", chrome="word", encoding="gbk",
             declare="http-equiv-gb2312", layout="separate", published_at="2022-01-27",
             site="临江县人民政府网站农业农村局专栏", spacers=True,
             activeDisclosure=active_2021((0, 0, 0), (3, 1, 19), 642, 57, 2, 0.0),
             activeSentence="制发行政规范性文件3件，废止1件，现行有效19件。",
             normativeNote="局机关行政规范性文件", otherMatters=fee_sentence(2021, 0))
    out.append(r)

    r = base_report(rng, "江北市云溪区市场监督管理局", "全区市场监管", 2022, "2021", 50, full)
    r.update(name="th-thead-hidden-junk-district-bureau-2022", style="th", chrome="portal", encoding="utf-8",
             declare="meta-charset", layout="separate", published_at="2023-01-30 15:12",
             site="云溪区人民政府网站", overrun=True,
             activeDisclosure=active_2021((0, 0, 0), (2, 0, 14), 3920, 611, 35, 0.0),
             activeSentence="制发行政规范性文件2件，现行有效14件。",
             normativeNote="局机关行政规范性文件", otherMatters=fee_sentence(2022, 0))
    out.append(r)

    r = base_report(rng, "宁川县白沙镇人民政府", "全镇", 2023, "2021", 8, full, improvement="改进措施")
    r.update(name="table-images-and-report-links-town-2023", style="plain", chrome="archive", encoding="utf-8",
             declare="http-equiv", layout="separate", published_at="2024-01-15",
             site="宁川县人民政府网白沙镇专栏", images=True,
             activeDisclosure=active_2021((0, 0, 0), (0, 0, 4), 26, 3, 0, 0.0),
             activeSentence="本年度未制发行政规范性文件。",
             normativeNote="镇政府制发的规范性文件", otherMatters=fee_sentence(2023, 0))
    out.append(r)

    r = base_report(rng, "临江县卫生健康委员会", "全县卫生健康", 2024, "2021", 25, full)
    r.update(name="numbered-sidebar-menu-county-commission-2024", style="plain", chrome="sidebar",
             encoding="utf-8", declare="meta-charset", layout="separate", published_at="2025-01-21 11:40",
             site="临江县人民政府网站",
             activeDisclosure=active_2021((0, 0, 0), (1, 1, 8), 1387, 96, 0, 0.0),
             activeSentence="制发行政规范性文件1件，废止1件，现行有效8件。",
             normativeNote="委机关行政规范性文件", otherMatters=fee_sentence(2024, 0))
    out.append(r)

    r = base_report(rng, "江北市云溪区教育局", "全区教育", 2023, "2021", 35, full)
    r.update(name="print-version-repeated-header-district-bureau-2023", style="mso", chrome="print",
             encoding="gb18030", declare="http-equiv-gb2312", layout="separate", published_at="2024-01-26",
             site="云溪区人民政府网站",
             activeDisclosure=active_2021((0, 0, 0), (4, 2, 27), 318, 22, 0, 0.0),
             activeSentence="制发行政规范性文件4件，废止2件，现行有效27件。",
             normativeNote="局机关行政规范性文件", otherMatters=fee_sentence(2023, 0))
    out.append(r)

    r = base_report(rng, "临江县河口乡人民政府", "全乡", 2022, "2021", 5, full, improvement="改进措施")
    r.update(name="word-tracked-changes-township-2022", style="word-tracked", chrome="word", encoding="gbk",
             declare="http-equiv-gb2312", layout="separate", published_at="2023-01-18",
             site="临江县人民政府网站河口乡专栏",
             activeDisclosure=active_2021((0, 0, 0), (0, 0, 2), 14, 0, 0, 0.0),
             activeSentence="本年度未制发行政规范性文件。",
             normativeNote="乡政府制发的规范性文件", otherMatters=fee_sentence(2022, 0))
    out.append(r)

    r = base_report(rng, "宁川县人力资源和社会保障局", "全县人社", 2024, "2021", 40, full)
    r.update(name="stylesheet-hidden-watermark-county-bureau-2024", style="classed", chrome="portal",
             encoding="utf-8", declare="meta-charset", layout="separate", published_at="2025-01-23 08:50",
             site="宁川县人民政府网", copy_guard=True,
             activeDisclosure=active_2021((0, 0, 0), (2, 1, 12), 4210, 35, 1, 0.0),
             activeSentence="制发行政规范性文件2件，废止1件，现行有效12件。",
             normativeNote="局机关行政规范性文件", otherMatters=fee_sentence(2024, 0))
    out.append(r)

    r = base_report(rng, "临江县司法局", "全县司法行政", 2021, "2021", 18, full)
    r.update(name="long-note-rows-framed-cells-county-bureau-2021", style="framed", chrome="simple",
             encoding="utf-8", declare="meta-charset", layout="separate", published_at="2022-01-24",
             site="临江县人民政府网站司法局专栏", notes=True,
             activeDisclosure=active_2021((0, 0, 0), (1, 0, 5), 96, 14, 0, 0.0),
             activeSentence="制发行政规范性文件1件，现行有效5件。",
             normativeNote="局机关行政规范性文件", otherMatters=fee_sentence(2021, 0))
    out.append(r)
    return out


# --------------------------------------------------------------------------------------------------
# Traditional characters and ruby pinyin for the mirror fixture. Only characters with one traditional
# form are converted, so that converting back gives the simplified text exactly.

_SIMPLIFIED, _TRADITIONAL = (
    "务开于县镇区与为门问间关个们会议论说认识请让讲记计订训该详资质贯财购费贵负责贸买卖实现员国图团园报场处备"
    "头宁对导层带广应废张强归当录总执扩护担择换据数断无时显术机权杂条来构标样检欢测济热环电监确码础离种称积稳"
    "签简类系紧约级纪纳纠线组细织终经结绕给统继绩续维综编缴网罚联职艺节获营补装规视览证评诉试询读课资赛践车转"
    "软载较辑输边达过运还进远连适选递邮银错长闭阅队阶际陆险随难题风馆驱验项须领频页顺预额馈体价众优传伤动劳势"
    "协单卫压厅参双变号听启响围块声够奖学宪审宾尽届属岗币库态惩战扰拟拨时书杀极栏树桥档毕汇汉泽洁浅渐灾烦状犹"
    "产监盐矿祸税竞纸练绍绝绪绿缓罗习肃胜脉舆苏药虑虚观觉讨许访诊译诗话语误诸谁调谈谋谓谢贡责败账货贫贷贺赋赏"
    "赖赞赠趋跃踪轨轻辆辖办辞迁迟这违遗邻释钱钢链销锁镜闻阵阳阴陈隶静韩顶顽顾颁颂颜飞饮饰驶驻骗鱼鸡鸣麦黄龙",
    "務開於縣鎮區與為門問間關個們會議論說認識請讓講記計訂訓該詳資質貫財購費貴負責貿買賣實現員國圖團園報場處備"
    "頭寧對導層帶廣應廢張強歸當錄總執擴護擔擇換據數斷無時顯術機權雜條來構標樣檢歡測濟熱環電監確碼礎離種稱積穩"
    "簽簡類係緊約級紀納糾線組細織終經結繞給統繼績續維綜編繳網罰聯職藝節獲營補裝規視覽證評訴試詢讀課資賽踐車轉"
    "軟載較輯輸邊達過運還進遠連適選遞郵銀錯長閉閱隊階際陸險隨難題風館驅驗項須領頻頁順預額饋體價眾優傳傷動勞勢"
    "協單衛壓廳參雙變號聽啟響圍塊聲夠獎學憲審賓盡屆屬崗幣庫態懲戰擾擬撥時書殺極欄樹橋檔畢匯漢澤潔淺漸災煩狀猶"
    "產監鹽礦禍稅競紙練紹絕緒綠緩羅習肅勝脈輿蘇藥慮虛觀覺討許訪診譯詩話語誤諸誰調談謀謂謝貢責敗賬貨貧貸賀賦賞"
    "賴贊贈趨躍蹤軌輕輛轄辦辭遷遲這違遺鄰釋錢鋼鏈銷鎖鏡聞陣陽陰陳隸靜韓頂頑顧頒頌顏飛飲飾駛駐騙魚雞鳴麥黃龍")
assert len(_SIMPLIFIED) == len(_TRADITIONAL)
TRADITIONAL = dict(zip(_SIMPLIFIED, _TRADITIONAL))
PINYIN = {"鎮": "zhèn", "務": "wù", "責": "zé", "習": "xí", "導": "dǎo", "規": "guī", "讀": "dú",
          "類": "lèi", "級": "jí", "費": "fèi", "員": "yuán", "優": "yōu", "結": "jié", "轉": "zhuǎn",
          "數": "shù", "開": "kāi", "體": "tǐ", "質": "zhì", "網": "wǎng", "處": "chù"}


def traditional(text):
    return "".join(TRADITIONAL.get(ch, ch) for ch in text)


def with_ruby(escaped):
    """Ruby markup on the characters a conversion site annotates (text already escaped)."""
    return "".join("<ruby>%s<rp>(</rp><rt>%s</rt><rp>)</rp></ruby>" % (ch, PINYIN[ch]) if ch in PINYIN else ch
                   for ch in escaped)


# --------------------------------------------------------------------------------------------------
# HTML rendering

def is_wide(ch):
    o = ord(ch)
    return (0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF
            or ch in "“”‘’…—")


def esc(text):
    return html.escape(text, quote=False)


def runs(text, rng):
    """Splits text into runs the way Word splits a paragraph into spans, between two wide characters only
    where a source line break is put in (it must vanish again)."""
    if len(text) < 6:
        return [text]
    cuts = sorted(rng.sample(range(1, len(text)), min(3, len(text) - 1)))
    pieces, last = [], 0
    for cut in cuts:
        pieces.append(text[last:cut])
        last = cut
    pieces.append(text[last:])
    return [p for p in pieces if p]


def wrap_source(escaped, rng):
    """A source line break inside long Chinese text, where editors wrap it (between two wide characters)."""
    spots = [i for i in range(20, len(escaped) - 1) if is_wide(escaped[i - 1]) and is_wide(escaped[i])]
    if len(escaped) < 60 or not spots:
        return escaped
    i = rng.choice(spots)
    return escaped[:i] + "\n        " + escaped[i:]


def is_heading(text):
    return (len(text) < 40 and (text[:1] in NUMERALS and text[1:2] == "、")) or (
        text[:1] in "（(" and text[1:2] in NUMERALS and text[2:3] in "）)")


def word_runs(text):
    """Word's runs: digits and Latin in their own lang=EN-US spans, Chinese in the others."""
    pieces = re.findall(r"[0-9A-Za-z.%]+|[^0-9A-Za-z.%]+", text)
    return "".join(('<span lang=EN-US style=\'font-size:16.0pt;font-family:"Times New Roman"\'>%s</span>' % esc(p))
                   if re.match(r"[0-9A-Za-z]", p) else
                   "<span style='font-size:16.0pt;font-family:仿宋_GB2312'>%s</span>" % esc(p) for p in pieces)


REVISION = ' cite="mailto:zhangwei" datetime="2023-01-16T10:%02d:00Z"'


def revised(old, new, rng):
    """An unaccepted tracked change as Word writes it: the deleted text struck through, then the inserted."""
    minute = rng.randint(10, 59)
    return ("<span class=msoDel><del%s>%s</del></span><span class=msoIns><ins%s>%s</ins></span>"
            % (REVISION % minute, old, REVISION % minute, new))


def word_para(text, rng, tracked=False):
    """A paragraph as Word's "save as web page" writes it: numbered headings as list paragraphs whose number
    sits in an mso-list:Ignore span followed by a tab made of spaces, every run a span, <o:p> at the end."""
    number = re.match(r"^([一二三四五六七八九十]、|（[一二三四五六七八九十]）)", text) if is_heading(text) else None
    if number:
        font = "黑体" if text[1:2] == "、" else "楷体_GB2312"
        return ("<p class=MsoListParagraph style='margin-left:0cm;text-indent:32.0pt;mso-char-indent-count:2.0;\n"
                "mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-size:16.0pt;font-family:%s'>"
                "<span style='mso-list:Ignore'>%s<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;\n"
                "</span></span></span><![endif]><span style='font-size:16.0pt;font-family:%s'>%s<span lang=EN-US>"
                "<o:p></o:p></span></span></p>" % (font, number.group(1), font, esc(text[len(number.group(1)):])))
    spots = [i for i in range(4, len(text) - 4) if is_wide(text[i - 1]) and is_wide(text[i])]
    if tracked and spots and rng.random() < 0.5:
        i = rng.choice(spots)
        runs_html = (word_runs(text[:i]) + revised(word_runs("截至目前"), word_runs(text[i:i + 2]), rng)
                     + word_runs(text[i + 2:]))
    else:
        runs_html = wrap_source(word_runs(text), rng)
    return ("<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;\n"
            "mso-line-height-rule:exactly'><span style='mso-spacerun:yes'>&nbsp;</span>"
            + runs_html + "<span lang=EN-US><o:p></o:p></span></p>")


def junk(rng):
    """Anti-copy noise some CMSs scatter through an article: characters no reader sees."""
    noise = "".join(rng.choice("0123456789abcdefgh政务公开年报") for _ in range(rng.randint(3, 8)))
    return rng.choice(['<span style="display: none">%s</span>', '<font style="DISPLAY:none">%s</font>',
                       '<span hidden>%s</span>']) % noise


COPY_GUARD_SHEET = """<style type="text/css">
@charset "utf-8";
/* 防复制干扰字符 */
.zw_tmp, #zoom .sr-only { display : none }
@media print { .article-tools, .related, .nav { display: none; } }
.article-content p:hover span { visibility: hidden }
</style>
"""


def guarded(text, rng):
    """Text with the copy guard's characters between its runs: in classed spans the site's style sheet
    hides, or in a zero-size font."""
    pieces = runs(text, rng)
    out = ""
    for i, piece in enumerate(pieces):
        out += esc(piece)
        if i < len(pieces) - 1:
            noise = "".join(rng.choice("0123456789网报政务") for _ in range(rng.randint(2, 6)))
            out += rng.choice(['<span class="zw_tmp">%s</span>', '<font class="sr-only">%s</font>',
                               '<span style="font-size: 0px;">%s</span>']) % noise
    return out


def para_html(text, style, rng, convert):
    shown = convert(text)
    if style == "classed":
        if is_heading(text):
            return '<p style="text-indent:2em"><strong>%s</strong></p>' % guarded(shown, rng)
        return '<p style="text-indent:2em">%s</p>' % guarded(shown, rng)
    if style.startswith("word"):
        return word_para(shown, rng, style == "word-tracked")
    if style == "th":
        pieces = runs(shown, rng)
        inner = "".join(esc(p) + (junk(rng) if i < len(pieces) - 1 else "") for i, p in enumerate(pieces))
        if is_heading(text):
            return '<p style="text-indent:2em"><span style="font-family:黑体"><strong>%s</strong></span></p>' % inner
        return '<p style="text-indent:2em"><span style="font-size:16px">%s</span></p>' % inner
    if style == "mso":
        if is_heading(text):
            font = "黑体" if text[1:2] == "、" else "楷体_GB2312"
            return ('<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0"><b>'
                    + "".join('<span style="font-size:16.0pt;font-family:%s">%s</span>' % (font, esc(p))
                              for p in runs(shown, rng)) + "</b></p>")
        spans = []
        runs_text = runs(shown, rng)
        for piece in runs_text:
            attr = ' lang="EN-US"' if piece[:1].isdigit() else ""
            spans.append('<span%s style="font-size:16.0pt;font-family:仿宋_GB2312">%s</span>'
                         % (attr, wrap_source(esc(piece), rng)))
        # Word puts a line break between runs only where the source wrapped: between Chinese characters.
        joined = spans[0]
        for previous, piece, span in zip(runs_text, runs_text[1:], spans[1:]):
            joined += ("\n" if is_wide(previous[-1]) and is_wide(piece[0]) else "") + span
        return '<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt">' + joined + "</p>"
    if style == "headings":
        if text[1:2] == "、" and is_heading(text):
            return "<h3>%s</h3>" % esc(shown)
        if is_heading(text):
            return '<p class="subtitle"><strong>%s</strong></p>' % esc(shown)
        return '<p style="text-indent:2em;">%s</p>' % esc(shown)
    if style == "ruby":
        inner = with_ruby(esc(shown))
        if is_heading(text):
            return "<p><strong>%s</strong></p>" % inner
        return '<p style="text-indent:2em">%s</p>' % inner
    if is_heading(text):
        return '<p style="text-indent:2em"><strong>%s</strong></p>' % esc(shown)
    return '<p style="text-indent:2em;line-height:2">&nbsp;&nbsp;%s</p>' % wrap_source(esc(shown), rng)


def cell_html(text, style, rng, convert):
    shown = convert(text)
    escaped = esc(shown)
    if style == "ruby":
        return with_ruby(escaped)
    if style.startswith("word"):
        lang = " lang=EN-US" if re.match(r"^[0-9.\-/—]*$", shown) else ""
        if style == "word-tracked" and re.match(r"^[0-9]+$", shown) and rng.random() < 0.3:
            # A figure corrected after review, the correction not yet accepted.
            escaped = revised(str(int(shown) + rng.randint(1, 9)), escaped, rng)
        if not text:
            return "<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US><o:p>&nbsp;</o:p></span></p>"
        return ("<p class=MsoNormal align=center style='text-align:center;mso-pagination:widow-orphan'><span%s\n"
                "style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体'>%s<o:p></o:p></span></p>"
                % (lang, escaped))
    if not text:
        return "&nbsp;"
    if style == "framed":
        # An editor's frame: the label inside a table of its own within the cell.
        if not re.match(r"^[0-9.]+$", shown) and len(shown) < 20 and rng.random() < 0.3:
            return '<table width="100%%" border="0"><tr><td align="center">%s</td></tr></table>' % escaped
        return escaped
    if style == "classed":
        return guarded(shown, rng) if len(shown) >= 6 else escaped
    if style == "th":
        if re.match(r"^[0-9.]+$", shown):
            return '<span style="font-size:14px">%s</span>%s' % (escaped, junk(rng) if rng.random() < 0.2 else "")
        if len(shown) >= 6:
            i = len(shown) // 2
            return "<p>%s</p><p><span>%s</span></p>" % (esc(shown[:i]), esc(shown[i:]))
        return "<span>%s</span>" % escaped
    spots = [i for i in range(3, len(shown) - 2) if is_wide(shown[i - 1]) and is_wide(shown[i])]
    wrap = len(shown) >= 8 and spots and rng.random() < 0.5
    if style == "mso":
        if wrap:
            i = rng.choice(spots)
            return ('<p class="MsoNormal" align="center" style="text-align:center"><span style="font-size:10.5pt">'
                    + esc(shown[:i]) + '</span></p>\n<p class="MsoNormal" align="center" style="text-align:center">'
                    + '<span style="font-size:10.5pt">' + esc(shown[i:]) + "</span></p>")
        return ('<p class="MsoNormal" align="center" style="text-align:center"><span lang="EN-US" '
                'style="font-size:10.5pt;font-family:宋体">' + escaped + "</span></p>")
    if wrap:
        i = rng.choice(spots)
        return esc(shown[:i]) + "<br/>" + esc(shown[i:])
    return escaped


def word_table_html(rows, style, rng, convert):
    """A table as Word writes it: widths and borders on every cell, no tbody, and the grid's columns
    restated after the last row as empty zero-height cells inside a conditional comment."""
    width = len(grid(rows)[0])
    out = ["<div align=center>",
           "<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=605\n"
           " style='width:453.6pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;\n"
           " mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>"]
    for i, row in enumerate(rows):
        out.append("<tr style='mso-yfti-irow:%d;height:18.0pt'>" % i)
        for text, rs, cs in row:
            attrs = (" colspan=%d" % cs if cs > 1 else "") + (" rowspan=%d" % rs if rs > 1 else "")
            out.append(" <td width=%d%s valign=top style='width:%.1fpt;border:solid windowtext 1.0pt;\n"
                       " mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt;height:18.0pt'>\n %s</td>"
                       % (60 * cs, attrs, 45.0 * cs, cell_html(text, style, rng, convert)))
        out.append("</tr>")
    out.append("<![if !supportMisalignedColumns]>")
    out.append("<tr height=0>" + "".join("<td width=%d style='border:none'></td>" % rng.choice((0, 43, 60))
                                        for _ in range(width)) + "</tr>")
    out.append("<![endif]>")
    out += ["</table>", "</div>", "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>"]
    return "\n".join(out)


def overrun(rows):
    """The spans a careless editor leaves: a heading cell spanning wider than the table, a last row whose
    cells span rows that do not exist, rowspan/colspan written out on every single cell."""
    out = []
    for r, row in enumerate(rows):
        cells = []
        for text, rs, cs in row:
            if r == 0 and cs > 1 and len(cells) == len(row) - 1:
                cs += 2
            if r == len(rows) - 1:
                rs = 3
            cells.append((text, rs, cs))
        out.append(cells)
    return out


def th_table_html(rows, rng, convert):
    """A table with its heading rows in thead as th cells and its body in several tbody groups (split only
    where no rowspan crosses, as browsers cut rowspans at a group's end), spans overrunning the grid."""
    heads = 0
    while heads < len(rows) and not any(re.match(r"^[0-9.]+$", t) for t, _, _ in rows[heads]):
        heads += 1
    heads = min(heads, 3)
    reach = 0
    splits = set()
    for r, row in enumerate(rows):
        if r > heads and r >= reach and rng.random() < 0.5:
            splits.add(r)
        reach = max([reach] + [r + rs for _, rs, _ in row])
    shown = overrun(rows)
    out = ['<table class="ke-zeroborder" border="1" cellspacing="0" style="width:100%;border-collapse:collapse">']
    for r, row in enumerate(shown):
        if r == 0 and heads:
            out.append("<thead>")
        if r == heads:
            out.append(("</thead>\n" if heads else "") + "<tbody>")
        elif r in splits:
            out.append("</tbody>\n<tbody>")
        tag = "th" if r < heads else "td"
        out.append("<tr>" + "".join('<%s rowspan="%d" colspan="%d">%s</%s>' % (tag, rs, cs,
                                    cell_html(text, "th", rng, convert), tag) for text, rs, cs in row) + "</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def table_html(rows, style, rng, convert, spacers=False):
    if style.startswith("word"):
        return word_table_html(rows, style, rng, convert)
    if style == "th":
        return th_table_html(rows, rng, convert)
    border = ' border="1" cellspacing="0" cellpadding="0"' if style != "mso" else \
        ' class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none"'
    out = ["<table%s>" % border, "<tbody>"]
    for row in rows:
        out.append("<tr>")
        for text, rs, cs in row:
            attrs = (' rowspan="%d"' % rs if rs > 1 else "") + (' colspan="%d"' % cs if cs > 1 else "")
            width = ' width="%d"' % (40 * cs) if style == "mso" else ""
            out.append("<td%s%s valign=\"center\">%s</td>" % (attrs, width, cell_html(text, style, rng, convert)))
        if spacers:
            out.append('<td width="0" style="border:none;padding:0"></td>')
        out.append("</tr>")
    if spacers:
        out.append('<tr height="0">' + '<td width="40" style="border:none"></td>' * 6 + "</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def layout_tables(report):
    """The report's tables as the page lays them out: each becomes a list of tables placed in order."""
    groups = table_a_groups(report)
    a_whole = [row for group in groups for row in group]
    b, c_rows = table_b(report), table_c(report)
    if report["layout"] == "one":
        heading_b = [[("三、收到和处理政府信息公开申请情况", 1, 10)]]
        heading_c = [[("四、政府信息公开行政复议、行政诉讼情况", 1, 15)]]
        return {"tableA": [a_whole + heading_b + b + heading_c + c_rows], "tableB": [], "tableC": []}
    if report.get("notes"):
        # Notes under the tables, long enough to be taken for paragraphs of a layout table.
        b = b + [[c("说明：1.本表申请人情况按申请人在申请书中自行填写的身份统计，同一申请人一次提出多项申请的按件分别统计；"
                    "2.上年结转的申请在本年度办结的，计入本年度办理结果；3.通过信函、电子邮件、网上申请平台等方式提出的申请，"
                    "均以本机关收到申请之日起计算答复期限；4.本年度办理结果中的“其他处理”，为申请人逾期不补正或未按要求缴纳费用等情形，"
                    "本机关依法不再处理的申请；5.申请人对同一政府信息向本机关多个内设机构重复提出申请的，按一件统计，"
                    "不重复计算。", 1, 10)]]
        c_rows = c_rows + [[c("说明：本表统计的是本年度以本机关为被申请人或者被告的政府信息公开行政复议和行政诉讼案件，"
                              "包括上年度结转至本年度办理的案件；“尚未审结”指截至本年度12月31日尚未作出复议决定或者判决、裁定的案件；"
                              "复议机关或者人民法院决定或者判决撤销、变更、确认违法或者责令重新作出答复的，计入“结果纠正”；"
                              "申请人撤回申请或者起诉的，计入“其他结果”；行政复议后又提起行政诉讼的案件，"
                              "在“复议后起诉”栏中统计，不在“未经复议直接起诉”栏中重复统计。", 1, 15)]]
    if report["layout"] == "split":
        return {"tableA": groups, "tableB": [b], "tableC": [c_rows]}
    return {"tableA": [a_whole], "tableB": [b], "tableC": [c_rows]}


def content_blocks(report, rng):
    """The report as logical blocks (what the parser should hand over), with the tables placed."""
    tables = layout_tables(report)
    blocks = []
    skip = set()
    if report["layout"] == "one":
        skip = {"三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"}
    for kind, content in narrative(report, rng):
        if kind == "p" and content in skip:
            continue
        if kind.startswith("table"):
            blocks += [("table", t) for t in tables[kind]]
        else:
            blocks.append((kind, content))
    return blocks


def body_html(blocks, report, rng, convert):
    style = report["style"]
    out = []
    if style == "br":
        # One editor div, paragraphs separated by <br>, as old systems store them.
        lines = []
        for kind, content in blocks[1:]:
            if kind == "p":
                shown = esc(convert(content))
                lines.append(("<strong>%s</strong>" % shown if is_heading(content) else "&nbsp;&nbsp;&nbsp;&nbsp;" + shown)
                             + "<br/>")
            else:
                lines.append(table_html(content, "plain", rng, convert, report.get("spacers", False)))
        return '<div class="TRS_Editor">\n' + "\n".join(lines) + "\n</div>"
    # Word's page holds the title too; sites put it in their own title bar.
    for kind, content in (blocks if style.startswith("word") else blocks[1:]):
        if kind == "p":
            out.append(para_html(content, style, rng, convert))
            continue
        if report.get("images"):
            # The table as the picture the office scanned, then as text for screen readers and search.
            out.append('<p style="text-align:center"><img src="/u/cms/www/%d/%08x.png" alt="" width="640"></p>'
                       % (report["year"] + 1, rng.getrandbits(32)))
        out.append(table_html(content, style, rng, convert, report.get("spacers", False)))
    return "\n".join(out)


def meta_head(report, title):
    declare = report["declare"]
    head = {"meta-charset": '<meta charset="utf-8">',
            "meta-charset-utf8": '<meta charset="UTF-8">',
            "http-equiv": '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
            "http-equiv-gb2312": '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
            "none": ""}[declare]
    site = report["body"] if report["chrome"] != "mirror" else "政务资讯网"
    pubdate = '<meta name="PubDate" content="%s">\n' % report["published_at"] if report["chrome"] == "portal" else ""
    return ("<head>\n%s\n<title>%s_%s</title>\n%s"
            "<link rel=\"canonical\" href=\"%s\">\n<link rel=\"stylesheet\" href=\"/css/main.css\">\n"
            "<style>.nav li{float:left}</style>\n%s<script src=\"/js/jquery.min.js\"></script>\n</head>"
            % (head, esc(title), esc(site), pubdate, report["url"],
               COPY_GUARD_SHEET if report.get("copy_guard") else ""))


def page(report, rng):
    convert = traditional if report["style"] == "ruby" else (lambda s: s)
    blocks = content_blocks(report, rng)
    title = convert(report["title"])
    content = body_html(blocks, report, rng, convert)
    chrome = report["chrome"]
    date = report["published_at"]
    head = meta_head(report, title)
    if chrome == "word":
        document = WORD_PAGE % (esc(title), content)
        return document, blocks
    if chrome == "sidebar":
        # The column menu numbers its groups like report sections, outside links.
        groups = [("一、政府信息公开指南", ["政府信息公开指南", "依申请公开指引"]),
                  ("二、政府信息公开制度", ["保密审查制度", "信息发布协调制度"]),
                  ("三、法定主动公开内容", ["机构职能", "政策文件", "规划计划", "财政资金"]),
                  ("四、政府信息公开年报", ["%d年度报告" % y for y in range(report["year"], report["year"] - 4, -1)])]
        menu = "\n".join('<div class="box"><h3>%s</h3><ul>%s</ul></div>'
                         % (g, "".join('<li><a href="/zwgk/%d.html">%s</a></li>' % (i, esc(x))
                                       for i, x in enumerate(items))) for g, items in groups)
        body = f"""<body>
<div class="head"><img src="/images/banner.png" alt="临江县人民政府"></div>
<div class="container">
<div class="left-menu">
{menu}
</div>
<div class="right-main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">信息公开</a> &gt; 年度报告</div>
<div class="detail-title">{esc(title)}</div>
<div class="detail-info">发布时间：{date}　来源：{esc(report['body'])}</div>
<div class="detail-content">
{content}
</div>
</div>
</div>
<div class="foot"><p>主办单位：临江县人民政府办公室</p><p>网站标识码：3611240001 备案号：<a href="https://beian.miit.gov.cn/">赣ICP备10023456号</a></p></div>
</body>"""
    elif chrome == "print":
        # The print page repeats the site's name above and its address below on every printed sheet: a
        # layout table whose thead and tfoot browsers repeat per page.
        body = f"""<body onload="window.print()">
<table width="90%" align="center" border="0" cellspacing="0" cellpadding="0" class="print">
<thead><tr><td align="center" class="ph">云溪区人民政府网站　打印时间：<span id="now"></span></td></tr></thead>
<tfoot><tr><td align="center" class="pf">本页地址：{report['url']}　主办单位：云溪区人民政府办公室</td></tr></tfoot>
<tbody>
<tr><td align="center"><h2>{esc(title)}</h2></td></tr>
<tr><td align="center">发布日期：{date}</td></tr>
<tr><td>
{content}
</td></tr>
</tbody>
</table>
<div class="noprint" align="center"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</body>"""
    elif chrome == "archive":
        years = "\n".join('<li><a href="/zwgk/ndbg/%d.html">%s%d年政府信息公开工作年度报告</a><span>%d-01-2%d</span></li>'
                          % (y, esc(report["body"]), y, y + 1, y % 7) for y in range(report["year"] - 1, 2018, -1))
        body = f"""<body>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/top.jpg" width="1002" height="150" alt=""></td></tr>
<tr><td class="nav"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/zwgk/ndbg/">政府信息公开年报</a></td></tr>
</table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td class="title" align="center"><h2>{esc(title)}</h2></td></tr>
<tr><td align="center" class="info">发布日期：{date}　　信息来源：党政综合办公室</td></tr>
<tr><td class="content">
<p>附件：<a href="/u/cms/www/{report['year'] + 1}/nb.pdf">{esc(title)}.pdf</a></p>
{content}
</td></tr>
<tr><td class="prevnext"><p>上一篇：<a href="/zwgk/ndbg/{report['year'] - 1}.html">{esc(report['body'])}{report['year'] - 1}年政府信息公开工作年度报告</a></p>
<p>下一篇：<a href="/zwgk/zn/">{esc(report['body'])}政府信息公开指南</a></p></td></tr>
</table>
</td>
<td width="260" valign="top" class="side">
<div class="box"><h4>历年政府信息公开工作年度报告</h4><ul>
{years}
</ul></div>
</td></tr></table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center">版权所有：{esc(report['body'])}　技术支持：宁川县融媒体中心　备案号：<a href="https://beian.miit.gov.cn/">赣ICP备10012345号</a></td></tr>
</table>
</body>"""
    elif chrome == "portal":
        body = f"""<body>
<div class="top-bar"><div class="w1200"><span>欢迎访问{esc(report['body'])}门户网站</span>
<a href="/wza/">无障碍浏览</a> <a href="/app/">移动版</a></div></div>
<div class="header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="logo"></a></div>
<div class="search"><form action="/search"><input type="text" name="q" placeholder="请输入关键字"><button>搜索</button></form></div></div>
<div class="nav"><span class="nav-label">网站导航</span><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjxx/">走进{esc(report['place'][-2:])}</a></li></ul></div>
<div class="main w1200">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年报</a></div>
<div class="article">
<div class="article-title"><h1>{esc(title)}</h1></div>
<div class="article-info"><span>发布时间：{date}</span><span>来源：政府办公室</span><span>浏览次数：<script>document.write(hits)</script></span>
<span class="font">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="article-content" id="zoom">
{content}
</div>
<div class="article-tools"><span class="share">分享到：<a class="wx" href="#"></a><a class="wb" href="#"></a></span>
<a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/zwgk/ndbg/1.html">{esc(report['body'])}{report['year'] - 1}年政府信息公开工作年度报告</a></li>
<li><a href="/zwgk/ndbg/2.html">政府信息公开指南</a></li><li><a href="/zwgk/ndbg/3.html">政府信息公开制度</a></li></ul></div>
</div></div>
<div class="footer"><div class="w1200"><p><a href="/about/">关于本站</a> | <a href="/map/">网站地图</a> | <a href="/contact/">联系我们</a></p>
<p>主办单位：{esc(report['body'])}办公室　承办单位：大数据发展中心</p>
<p>网站标识码：5116230001　ICP备案号：<a href="https://beian.miit.gov.cn/">蜀ICP备05012345号-1</a>　川公网安备 51162302000123号</p>
<p>联系电话：0826-1234567　建议使用1920×1080分辨率浏览</p></div></div>
<script>var hits = 1024;</script>
</body>"""
    elif chrome == "tables":
        body = f"""<body topmargin="0" leftmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="120" background="/images/banner.jpg"><img src="/images/title.gif" alt="" width="1000" height="120"></td></tr>
<tr><td class="menu"><a href="/">网站首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/xwzx/">新闻中心</a> | <a href="/bmfw/">便民服务</a> | <a href="/gzhd/">公众互动</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="220" valign="top" class="left">
<table width="100%" border="0"><tr><td class="lefttitle">栏目导航</td></tr>
<tr><td><a href="/zwgk/zn/">信息公开指南</a></td></tr><tr><td><a href="/zwgk/ml/">信息公开目录</a></td></tr>
<tr><td><a href="/zwgk/nb/">信息公开年报</a></td></tr><tr><td><a href="/zwgk/ysq/">依申请公开</a></td></tr></table>
</td>
<td width="780" valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td class="weizhi">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk/">政务公开</a> &gt;&gt; 年度报告</td></tr>
<tr><td align="center" class="biaoti" height="50"><font size="5"><b>{esc(title)}</b></font></td></tr>
<tr><td align="center" class="shijian">日期：{date}　　来源：本站　　点击数：<span id="hits">88</span></td></tr>
<tr><td class="zhengwen">
{content}
</td></tr>
<tr><td align="right"><a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></td></tr>
</table>
</td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom">
<tr><td align="center">版权所有：{esc(report['body'])}　地址：{esc(report['place'][-2:])}人民路1号　电话：0731-5551234<br/>
备案号：<a href="https://beian.miit.gov.cn/">湘ICP备09001234号</a>　网站标识码：4306240012</td></tr>
</table>
</body>"""
    elif chrome == "mirror":
        body = f"""<body>
<div id="hd"><a href="/" class="logo">政务资讯网</a><div class="menu"><a href="/">首頁</a><a href="/news/">新聞</a><a href="/gov/">政務</a><a href="/nav/">網址導航</a></div></div>
<div id="ad-top"><a href="/ad/1"><img src="/ad/banner1.jpg" alt="广告"></a></div>
<div id="wrap"><div id="main">
<div class="meta">{esc(convert(report['body']))} · 發布時間：{date}</div>
<h1>{with_ruby(esc(title))}</h1>
<div id="text">
{content}
</div>
<p class="note">（本文來源於網絡，僅供參考，如有侵權請聯繫刪除）</p>
</div>
<div id="side"><h4>熱門文章</h4><ul><li><a href="/a/1.html">某縣召開工作會議</a></li><li><a href="/a/2.html">鄉村振興工作推進會召開</a></li>
<li><a href="/a/3.html">2022年度工作總結</a></li></ul></div></div>
<div id="ft">Copyright © 政务资讯网 備案號：粵ICP備18012345號 <a href="/about/">關於我們</a></div>
</body>"""
    else:
        body = f"""<body>
<header class="site"><a href="/"><img src="/logo.svg" alt="首页"></a><nav><a href="/">首页</a><a href="/gk/">信息公开</a><a href="/fw/">服务</a></nav></header>
<main>
<div class="bread"><a href="/">首页</a> / <a href="/gk/">信息公开</a> / <a href="/gk/nb/">年度报告</a></div>
<article>
<h1 class="title">{esc(title)}</h1>
<p class="date">发布日期：{date}</p>
<section class="detail">
{content}
</section>
</article>
</main>
<footer><p>主办：{esc(report['place'])}人民政府办公室</p><p>备案号：浙ICP备12001234号-2 | 网站导航 | 隐私声明</p></footer>
</body>"""
    doctype = "<!DOCTYPE html>" if chrome in ("portal", "simple", "mirror") else \
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">'
    document = doctype + "\n<html>\n" + head + "\n" + body + "\n</html>\n"
    text_blocks = [(k, convert(v) if k == "p" else [[(convert(t), rs, cs) for t, rs, cs in row] for row in v])
                   for k, v in blocks]
    return document, text_blocks


WORD_PAGE = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="nb.files/filelist.xml">
<title>%s</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Administrator</o:Author>
  <o:LastAuthor>user</o:LastAuthor>
  <o:Revision>3</o:Revision>
  <o:Pages>6</o:Pages>
 </o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	font-size:10.5pt;
	font-family:"Times New Roman",serif;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:72.0pt 90.0pt 72.0pt 90.0pt;}
div.WordSection1
	{page:WordSection1;}
-->
</style>
<!--[if gte mso 10]>
<style>
 table.MsoNormalTable
	{mso-style-name:普通表格;}
</style>
<![endif]-->
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:15.6pt'>

%s

</div>

</body>

</html>
"""


NEWS = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>桐安县召开政务公开工作推进会_桐安县人民政府</title>
<meta name="PubDate" content="2024-04-12 17:20">
</head>
<body>
<div class="header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="logo"></a></div></div>
<div class="nav"><span class="nav-label">网站导航</span><ul><li><a href="/">首页</a></li><li><a href="/xwzx/">新闻中心</a></li><li><a href="/zwgk/">政务公开</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/bmdt/">部门动态</a></div>
<div class="article">
<div class="article-title"><h1>桐安县召开政务公开工作推进会</h1></div>
<div class="article-info"><span>发布时间：2024-04-12 17:20</span><span>来源：县政府办公室</span></div>
<div class="article-content" id="zoom">
<p style="text-indent:2em">4月12日，桐安县召开政务公开工作推进会，总结全县政务公开工作开展情况，安排部署下一阶段重点任务。县政府办公室、县司法局及各乡镇、县级各部门分管负责同志参加会议。</p>
<p style="text-indent:2em">会议指出，近年来全县各级各部门认真落实政府信息公开条例，主动公开的广度和深度不断拓展，政策解读和回应关切的质量明显提升，基层政务公开标准化规范化建设取得积极成效。</p>
<p style="text-indent:2em">会议强调，要进一步压实工作责任，围绕群众关注的教育、医疗、社保、就业等重点领域，及时准确发布权威信息；要规范依申请公开办理流程，严格按照法定期限答复；要加强政府网站和政务新媒体管理，确保信息安全、内容准确。</p>
<p style="text-indent:2em">会上，县政府办公室对今年一季度全县政府网站和政务新媒体检查情况进行了通报，并对政务公开年度考核指标进行了解读。</p>
</div>
<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="footer"><p>主办单位：桐安县人民政府办公室</p><p>ICP备案号：<a href="https://beian.miit.gov.cn/">蜀ICP备05012345号-1</a></p></div>
</body>
</html>
"""


def main():
    for report in reports():
        check(report)
        rng = random.Random(report["name"])
        report["url"] = "https://www.example.gov.cn/zwgk/ndbg/%d/%s.html" % (report["year"], report["name"])
        document, blocks = page(report, rng)
        encoding = report["encoding"]
        with open(os.path.join(OUT, report["name"] + ".html"), "wb") as f:
            f.write(document.encode(encoding))
        with open(os.path.join(OUT, report["name"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(pipe_text(blocks))
        with open(os.path.join(OUT, report["name"] + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(expected_json(report), f, ensure_ascii=False, indent=2)
            f.write("\n")
    with open(os.path.join(OUT, "news-page-no-report.html"), "w", encoding="utf-8") as f:
        f.write(NEWS)


if __name__ == "__main__":
    main()
