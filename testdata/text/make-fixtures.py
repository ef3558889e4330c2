#!/usr/bin/env python3
"""Generates the plain-text report fixtures in this folder.

Each fixture report is held here as structured data (body, year, template, flattening style, script,
pinyin, width of forms, encoding) with numbers drawn from a seeded generator that satisfies every
identity of ../shared/DOMAIN.md. For each fixture NAME it writes:

  NAME.txt            the report as scraped text, in the fixture's flattening style and encoding
  NAME.pipe.txt       the same report in the seed's style (one table row per line, cells joined by " | "), UTF-8
  NAME.expected.json  the numbers used, in the JSON contract's shape (../shared/SCHEMA.md)

and, under broken/, copies of one clean report each broken in one place so that exactly one anomaly
code fires, listed in broken/expected.tsv (columns file, code, count, table, row, column). Under
corpus/, folders of related reports that are clean one by one and raise the anomalies of their
corpus.tsv only when checked together (one body's consecutive years; an aggregated county report
with its units). clean-info.tsv lists the info-level codes the clean fixtures are expected to raise
(pinyin-annotated copies).

Run: python3 testdata/text/make-fixtures.py  (output is deterministic)
"""
import copy
import json
import pathlib
import random
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------
# Templates: labels, keys and merged-cell layout
# ---------------------------------------------------------------------------------------------

COLUMNS = ["naturalPerson", "commercial", "research", "publicInterest", "legalService", "other"]

CORNER = "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)"

# (三)不予公开 … (六)其他处理: (group label, [(rowKey, item label)]); the 2019 template has a single (六) row.
DENIED = ("(三)不予公开", [
    ("deniedStateSecret", "1.属于国家秘密"),
    ("deniedProhibitedByLaw", "2.其他法律行政法规禁止公开"),
    ("deniedThreeSecurities", "3.危及“三安全一稳定”"),
    ("deniedThirdParty", "4.保护第三方合法权益"),
    ("deniedInternalAffairs", "5.属于三类内部事务信息"),
    ("deniedProcessInformation", "6.属于四类过程性信息"),
    ("deniedEnforcementFiles", "7.属于行政执法案卷"),
    ("deniedQueryMatters", "8.属于行政查询事项"),
])
UNABLE = ("(四)无法提供", [
    ("unableNotHeld", "1.本机关不掌握相关政府信息"),
    ("unableNeedsCreation", "2.没有现成信息需要另行制作"),
    ("unableUnclear", "3.补正后申请内容仍不明确"),
])
REJECTED = ("(五)不予处理", [
    ("rejectedPetition", "1.信访举报投诉类申请"),
    ("rejectedRepeated", "2.重复申请"),
    ("rejectedPublication", "3.要求提供公开出版物"),
    ("rejectedExcessive", "4.无正当理由大量反复申请"),
    ("rejectedConfirmation", "5.要求行政机关确认或重新出具已获取信息"),
])
OTHER_2021 = ("(六)其他处理", [
    ("otherNoCorrection", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("otherNoFee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("otherOther", "3.其他"),
])
PARTIAL = "(二)部分公开(区分处理的,只计这一情形,不计其他情形)"

# Outcome rows whose sum is (七)总计, per template.
def outcome_keys(template):
    keys = ["granted", "partiallyGranted"] + [k for k, _ in DENIED[1] + UNABLE[1] + REJECTED[1]]
    return keys + ([k for k, _ in OTHER_2021[1]] if template == "2021" else ["other"])

def b_keys(template):
    return ["newlyReceived", "carriedOver"] + outcome_keys(template) + ["totalProcessed", "carriedForward"]

# Table A: groups of (article, measure labels, [(itemKey, label)]), measure keys per item.
A_2021 = [
    ("第二十条第(一)项", ["本年制发件数", "本年废止件数", "现行有效件数"],
     [("rules", "规章"), ("normativeDocuments", "行政规范性文件")], ["issued", "repealed", "inForce"]),
    ("第二十条第(五)项", ["本年处理决定数量"], [("licensing", "行政许可")], ["decisions"]),
    ("第二十条第(六)项", ["本年处理决定数量"], [("punishment", "行政处罚"), ("enforcement", "行政强制")],
     ["decisions"]),
    ("第二十条第(八)项", ["本年收费金额(单位:万元)"], [("fees", "行政事业性收费")], ["amount"]),
]
A_2019 = [
    ("第二十条第(一)项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
     [("rules", "规章"), ("normativeDocuments", "规范性文件")], ["newlyMade", "newlyPublished", "totalPublished"]),
    ("第二十条第(五)项", ["上一年项目数量", "本年增/减", "处理决定数量"],
     [("licensing", "行政许可"), ("otherServices", "其他对外管理服务事项")], ["previousYear", "change", "decisions"]),
    ("第二十条第(六)项", ["上一年项目数量", "本年增/减", "处理决定数量"],
     [("punishment", "行政处罚"), ("enforcement", "行政强制")], ["previousYear", "change", "decisions"]),
    ("第二十条第(八)项", ["上一年项目数量", "本年增/减"], [("fees", "行政事业性收费")], ["previousYear", "change"]),
    ("第二十条第(九)项", ["采购项目数量", "采购总金额"], [("procurement", "政府集中采购")], ["count", "amount"]),
]

C_GROUPS = ["review", "litigationDirect", "litigationAfterReview"]
C_PARTS = ["upheld", "corrected", "other", "pending", "total"]
C_LABELS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]

# ---------------------------------------------------------------------------------------------
# Numbers that satisfy every identity
# ---------------------------------------------------------------------------------------------

# How busy each applicant column is, relative to 自然人.
COLUMN_WEIGHT = {"naturalPerson": 1.0, "commercial": 0.25, "research": 0.04, "publicInterest": 0.06,
                 "legalService": 0.12, "other": 0.08}
# How often each outcome row occurs, relative to 予以公开.
ROW_WEIGHT = {"granted": 1.0, "partiallyGranted": 0.25, "deniedStateSecret": 0.0, "deniedProhibitedByLaw": 0.03,
              "deniedThreeSecurities": 0.02, "deniedThirdParty": 0.05, "deniedInternalAffairs": 0.04,
              "deniedProcessInformation": 0.06, "deniedEnforcementFiles": 0.03, "deniedQueryMatters": 0.05,
              "unableNotHeld": 0.4, "unableNeedsCreation": 0.1, "unableUnclear": 0.06, "rejectedPetition": 0.08,
              "rejectedRepeated": 0.06, "rejectedPublication": 0.02, "rejectedExcessive": 0.0,
              "rejectedConfirmation": 0.02, "otherNoCorrection": 0.1, "otherNoFee": 0.02, "otherOther": 0.05,
              "other": 0.15}


def applications(rng, template, scale):
    """Table B: every row's total is the sum of its columns; (七) sums the outcomes; 一+二 = (七)+四."""
    rows = {k: {} for k in b_keys(template)}
    for col in COLUMNS:
        volume = scale * COLUMN_WEIGHT[col]
        for key in outcome_keys(template):
            mean = volume * ROW_WEIGHT[key]
            rows[key][col] = int(rng.random() * 2 * mean + 0.5) if mean > 0 else 0
        # 商业企业 always has some granted and carried-over requests, so that broken copies can move one.
        if col == "commercial":
            rows["granted"][col] = max(rows["granted"][col], 2)
        processed = sum(rows[k][col] for k in outcome_keys(template))
        rows["totalProcessed"][col] = processed
        carried_over = rng.randint(1, 4) if col in ("naturalPerson", "commercial") else 0
        carried_forward = rng.randint(0, 5) if col == "naturalPerson" else rng.randint(0, 1)
        carried_over = min(carried_over, processed + carried_forward)
        rows["carriedOver"][col] = carried_over
        rows["carriedForward"][col] = carried_forward
        rows["newlyReceived"][col] = processed + carried_forward - carried_over
    for key, row in rows.items():
        row["total"] = sum(row[c] for c in COLUMNS)
    return rows


def money(cents):
    """An amount from its cents, whole amounts as integers: the tables print 46, not 46.0."""
    return cents // 100 if cents % 100 == 0 else round(cents / 100, 2)


def active_disclosure(rng, template):
    if template == "2021":
        issued = rng.randint(1, 6)
        return {
            "rules": {"issued": rng.randint(0, 2), "repealed": rng.randint(0, 1), "inForce": rng.randint(3, 20)},
            "normativeDocuments": {"issued": issued, "repealed": rng.randint(0, 3), "inForce": issued + rng.randint(10, 60)},
            "licensing": {"decisions": rng.randint(50, 4000)},
            "punishment": {"decisions": rng.randint(10, 900)},
            "enforcement": {"decisions": rng.randint(0, 60)},
            "fees": {"amount": money(rng.randint(50, 90000))},
        }
    made = rng.randint(1, 8)
    return {
        "rules": {"newlyMade": 0, "newlyPublished": 0, "totalPublished": rng.randint(0, 5)},
        "normativeDocuments": {"newlyMade": made, "newlyPublished": made, "totalPublished": made + rng.randint(5, 40)},
        "licensing": {"previousYear": rng.randint(30, 200), "change": rng.randint(-6, 9), "decisions": rng.randint(100, 3000)},
        "otherServices": {"previousYear": rng.randint(10, 80), "change": rng.randint(-3, 4), "decisions": rng.randint(20, 500)},
        "punishment": {"previousYear": rng.randint(50, 400), "change": -rng.randint(1, 12), "decisions": rng.randint(30, 800)},
        "enforcement": {"previousYear": rng.randint(5, 40), "change": rng.randint(0, 3), "decisions": rng.randint(1, 50)},
        "fees": {"previousYear": rng.randint(2, 20), "change": rng.randint(-2, 1)},
        "procurement": {"count": rng.randint(3, 60), "amount": money(rng.randint(1000, 500000))},
    }


def review_litigation(rng):
    groups = {}
    for group, top in zip(C_GROUPS, (6, 3, 2)):
        parts = {"upheld": rng.randint(1, top), "corrected": rng.randint(0, 1), "other": rng.randint(0, 1),
                 "pending": rng.randint(0, 2)}
        parts["total"] = sum(parts.values())
        groups[group] = parts
    return groups

# ---------------------------------------------------------------------------------------------
# The report as blocks: paragraphs and table grids
# ---------------------------------------------------------------------------------------------

class C:
    """A table cell: text (or a number), row and column span."""
    def __init__(self, value, rows=1, cols=1):
        self.value, self.rows, self.cols = value, rows, cols


def table_a(template, values, spaced_rules, footnoted=(), items_as=None, units=None):
    """Items in footnoted carry a mark after their last number that points to a note below the table; items_as
    gives items the label a report prints instead of the template's; units gives items a unit written after
    their last number (826.09万 in the fee cell)."""
    groups = A_2021 if template == "2021" else A_2019
    grid = []
    for article, measures, items, keys in groups:
        grid.append([C(article, 1, 4)])
        span = 3 - len(measures)  # the last measure spans the columns left of four
        grid.append([C("信息内容")] + [C(m, 1, 1 if i < len(measures) - 1 else 1 + span) for i, m in enumerate(measures)])
        for key, label in items:
            if key == "rules" and spaced_rules:
                label = "规 章"
            label = (items_as or {}).get(key, label)
            if key not in values:
                continue
            cells = [C(values[key][m]) for m in keys]
            if key in footnoted:
                cells[-1].value = number_text(cells[-1].value) + "*"
            if key in (units or {}):
                cells[-1].value = number_text(cells[-1].value) + units[key]
            cells[-1].cols = 1 + span
            grid.append([C(label)] + cells)
    return grid


def table_b(template, rows, wording, layout):
    """Layout options: swap and subtotals (broken copies); totalFirst puts 总计 before 自然人; numberCells puts
    outline numbers in cells of their own ((三) | 不予公开, 1. | 属于国家秘密); runTogether writes
    三、本年度办理结果 and (一)予以公开 in one cell; zeroUnit writes the zeros of the listed rows as 0(件)."""
    applicant_heads = [C("自然人", 2), C("法人或其他组织", 1, 5), C("总计", 2)]
    if layout.get("totalFirst"):
        applicant_heads.insert(0, applicant_heads.pop())
    grid = [[C(CORNER, 3, 3), C("申请人情况", 1, 7)],
            applicant_heads,
            [C(wording.get("commercial", "商业企业")), C("科研机构"), C("社会公益组织"), C("法律服务机构"), C("其他")]]
    order = ["total"] + COLUMNS if layout.get("totalFirst") else COLUMNS + ["total"]

    def values(key):
        zero = "0(件)" if key in layout.get("zeroUnit", ()) else 0
        return [C(rows[key][c] or zero) for c in order]

    def present(key):
        return key in rows

    def numbered(label, span=1):
        """The label's cells: one, or its outline number and its words apart."""
        if not layout.get("numberCells"):
            return [C(label, span)]
        number = label[:label.index(")") + 1] if label.startswith("(") else label[:label.index(".") + 1]
        return [C(number, span), C(label[len(number):], span)]

    grid.append([C("一、本年新收政府信息公开申请数量", 1, 3)] + values("newlyReceived"))
    grid.append([C("二、上年结转政府信息公开申请数量", 1, 3)] + values("carriedOver"))
    outcome_rows = [[C("(一)予以公开", 1, 2)] + values("granted"), [C(PARTIAL, 1, 2)] + values("partiallyGranted")]
    groups = [DENIED, UNABLE, REJECTED] + ([OTHER_2021] if template == "2021" else [])
    for label, items in groups:
        kept = [(k, l) for k, l in items if present(k)]
        for first, second in layout.get("swap", []):
            keys = [k for k, _ in kept]
            if first in keys and second in keys:
                i, j = keys.index(first), keys.index(second)
                kept[i], kept[j] = kept[j], kept[i]
        for i, (key, item) in enumerate(kept):
            lead = numbered(label, len(kept)) if i == 0 else []
            outcome_rows.append(lead + numbered(item) + values(key))
        if label in layout.get("subtotals", []):
            sums = [C(sum(rows[k][c] for k, _ in kept)) for c in order]
            outcome_rows.append([C(label[3:] + "小计", 1, 2)] + sums)
    if template == "2019":
        outcome_rows.append([C("(六)其他处理", 1, 2)] + values("other"))
    outcome_rows.append([C(wording.get("total", "(七)总计"), 1, 2)] + values("totalProcessed"))
    if layout.get("runTogether"):
        outcome_rows[0][0].value = "三、本年度办理结果" + outcome_rows[0][0].value
    else:
        outcome_rows[0].insert(0, C("三、本年度办理结果", len(outcome_rows)))
    grid.extend(outcome_rows)
    grid.append([C("四、结转下年度继续办理", 1, 3)] + values("carriedForward"))
    return grid


def table_c(groups, wording, layout):
    """With layout flatGroups the three groups head their columns in one row, without 行政诉讼 above two of them;
    with rowPerGroup the table is on its side: outcomes head the columns, each group is a row."""
    labels = [wording.get("upheld", "结果维持")] + C_LABELS[1:]
    values = [C(groups[g][p]) for g in C_GROUPS for p in C_PARTS]
    if layout.get("rowPerGroup"):
        review, direct, after = ([C(groups[g][p]) for p in C_PARTS] for g in C_GROUPS)
        return [[C("类别", 1, 2)] + [C(l) for l in labels], [C("行政复议", 1, 2)] + review,
                [C("行政诉讼", 2), C("未经复议直接起诉")] + direct, [C("复议后起诉")] + after]
    if layout.get("flatGroups"):
        return [[C("行政复议", 1, 5), C("未经复议直接起诉", 1, 5), C("复议后起诉", 1, 5)],
                [C(l) for l in labels + C_LABELS * 2], values]
    return [[C("行政复议", 1, 5), C("行政诉讼", 1, 10)],
            [C(l, 2) for l in labels] + [C("未经复议直接起诉", 1, 5), C("复议后起诉", 1, 5)],
            [C(l) for l in C_LABELS * 2],
            values]


def self_reference(r):
    """How the report refers to its own body: 我县, 我局, 市政府."""
    return r.get("short") or "我" + r["body"][r["body"].index("人民政府") - 1]


def narrative(r, rng):
    """Section texts that agree with the tables; only totals the broken copies leave alone are quoted."""
    body, year = r["body"], r["year"]
    short = self_reference(r)
    received = r["applications"]["newlyReceived"]["total"]
    parts = [rng.randint(5, 60) for _ in range(4)]
    total = sum(parts)
    parts[0] += r.get("partsError", 0)
    s = {}
    s["intro"] = (f"{year}年,{body}坚持以习近平新时代中国特色社会主义思想为指导,认真贯彻落实《中华人民共和国政府信息公开条例》"
                  f"和上级关于政务公开工作的部署要求,坚持“以公开为常态、不公开为例外”原则,持续深化政务公开,"
                  f"切实保障人民群众的知情权、参与权、表达权和监督权。现将{year}年度政府信息公开工作情况报告如下。")
    s["active"] = (f"{year}年,{short}通过政府门户网站、政务新媒体、公开栏等渠道主动公开政府信息{total}条。其中,"
                   f"政策文件{parts[0]}条,工作动态{parts[1]}条,财政信息{parts[2]}条,其他相关信息{parts[3]}条。"
                   "重点围绕财政预决算、重大建设项目、公共资源配置、社会公益事业等领域做好信息公开。")
    if received:
        s["request"] = (f"{year}年,{short}共收到政府信息公开申请{received}件,均在法定期限内答复,"
                        "答复内容规范、依据充分,未发生因答复不当引发的投诉。")
    else:
        s["request"] = f"{year}年,{short}未收到政府信息公开申请。"
    s["management"] = ("严格落实政府信息公开保密审查制度,坚持“先审查、后公开”和“一事一审”,"
                       "对拟公开的政府信息进行合法性、保密性审查,确保公开内容准确规范。"
                       "动态调整政府信息公开目录,及时更新政府信息公开指南。")
    s["platform"] = ("持续优化政府网站政府信息公开专栏,规范设置机构信息、政策文件、规划信息、财政信息等栏目,"
                     "做好政务新媒体日常运维,及时发布和解读重要政策。")
    s["supervision"] = (f"{year}年共召开政务公开专题会议{rng.randint(2, 6)}次,将政务公开工作纳入年度绩效考核,"
                        f"组织业务培训{rng.randint(1, 4)}次,未发生因政务公开工作不力引发的责任追究情况。")
    s["problems"] = ("一是公开内容的深度和广度还需拓展,部分栏目更新不够及时;二是政策解读形式较为单一,"
                     "图片、视频等解读方式运用不足。下一步,将进一步健全工作机制,加强队伍建设,"
                     "提升政策解读质量,推动政务公开工作再上新台阶。")
    if r["template"] == "2021":
        s["other"] = (f"依据《政府信息公开信息处理费管理办法》,{year}年{short}未收取信息处理费。"
                      f"{year}年度政务公开工作要点各项任务均已落实。")
    else:
        s["other"] = f"{year}年{short}无其他需要报告的事项。"
    if r.get("companions"):
        companions(r, rng, s)
    return s


def companions(r, rng, s):
    """Sentences honest reports write beside the tables' numbers: other years, shares, other units, plans, fees.
    None of them states a number of the tables, so none may raise a warning."""
    body, year, short = r["body"], r["year"], self_reference(r)
    level = body[body.index("人民政府") - 1]
    apps, cases = r["applications"], r["reviewLitigation"]
    received, processed = apps["newlyReceived"]["total"], apps["totalProcessed"]["total"]
    review = cases["review"]["total"]
    change = rng.randint(0, received)
    online = rng.randint(0, received)
    in_person = rng.randint(0, received - online)
    s["intro"] += f"本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"
    s["request"] = (f"{year}年,{short}共收到政府信息公开申请{received}件,较{year - 1}年增加{change}件,"
                    f"其中网上申请{online}件、当面申请{in_person}件、信函申请{received - online - in_person}件。"
                    f"{year - 1}年,{short}收到申请{received - change}件,{year}年收到申请{received}件。"
                    f"{level}自然资源局收到政府信息公开申请{rng.randint(0, received // 3)}件,"
                    f"比上年多收到申请{rng.randint(0, 9)}件。办结政府信息公开申请{processed}件,按时办结率100%,未收到申请人投诉。"
                    f"全{level}共受理行政复议案件{review + rng.randint(20, 90)}件,其中政府信息公开类{review}件;"
                    f"市中级人民法院审结行政诉讼{rng.randint(1, 3)}件。")
    s["platform"] += (f"{year - 3}年,{short}开通政府信息公开专栏,{year}年进一步完善栏目设置,"
                      f"全年公开文件{rng.randint(100, 900)}条,政策解读办结率100%。")
    s["supervision"] += (f"{year}年3月,{body}办公室印发《{year}年政务公开工作要点》。"
                         f"邀请市委党校专家开展业务培训,培训{rng.randint(50, 300)}人次。"
                         f"河西{level}人民政府来{short}交流政务公开工作经验。申请人王XX来电咨询答复进度,已当场解答。")
    if r["template"] == "2021":
        s["other"] = (f"{year}年,{short}依法不收取信息处理费,收取信息处理费0元。"
                      f"{year}年度政务公开工作要点各项任务均已落实。"
                      f"{year + 1}年,{short}将进一步规范依申请公开工作,持续提升政务公开质量。")


def blocks(r):
    """The report's blocks in reading order: ("p", text) paragraphs and ("t", grid) tables."""
    rng = random.Random(r["seed"] * 7 + 1)
    s = narrative(r, rng)
    w = r.get("wording", {})
    for key, text in s.items():
        for old, new in r.get("edits", []):
            text = text.replace(old, new)
        s[key] = text
    title = r.get("title", f"{r['body']}{r['year']}年政府信息公开工作年度报告")
    # What stands above the title: a publication date, the body on a line of its own, a notice publishing it.
    b = [("p", line) for line in r.get("opening", [])]
    b += [("p", title), ("p", s["intro"]),
         ("p", "一、总体情况"),
         ("p", "(一)主动公开"), ("p", s["active"]),
         ("p", "(二)依申请公开"), ("p", s["request"]),
         ("p", "(三)政府信息管理"), ("p", s["management"]),
         ("p", "(四)政府信息公开平台建设"), ("p", s["platform"]),
         ("p", "(五)监督保障"), ("p", s["supervision"]),
         ("p", "二、主动公开政府信息情况"),
         ("t", table_a(r["template"], r["activeDisclosure"], w.get("spacedRules"), r.get("footnoted", ()),
                         w.get("items"), r.get("units"))),
         *([("p", "注:标*的数据含适用简易程序作出的决定。")] if r.get("footnoted") else []),
         ("p", "三、收到和处理政府信息公开申请情况"), ("t", table_b(r["template"], r["applications"], w, r.get("layout", {}))),
         ("p", "四、政府信息公开行政复议、行政诉讼情况")]
    if "reviewLitigation" in r:
        b.append(("t", table_c(r["reviewLitigation"], w, r.get("layout", {}))))
    if not r.get("dropSection5"):
        b += [("p", "五、存在的主要问题及" + w.get("improvement", "改进情况")), ("p", s["problems"])]
    b += [("p", "六、其他需要报告的事项"), ("p", s["other"])]
    if r.get("bareHeadings"):
        # Automatic numbering lost on the way to text: section headings keep their titles only.
        b = [(kind, c[2:] if kind == "p" and c[:1] in "一二三四五六" and c[1:2] == "、" else c) for kind, c in b]
    return b

# ---------------------------------------------------------------------------------------------
# Text transformations: traditional script, pinyin, full-width forms
# ---------------------------------------------------------------------------------------------

# Simplified → traditional for the characters these reports use (made once with OpenCC's s2t and
# checked to convert back with t2s; place names and 秘/群 kept as the mainland-style sites keep them).
S2T = {pair[0]: pair[1] for pair in (
    "万萬 与與 专專 业業 严嚴 丰豐 临臨 为為 举舉 义義 习習 于於 众眾 优優 会會 体體 关關 内內 决決 "
    "况況 准準 减減 划劃 则則 办辦 务務 动動 区區 华華 单單 卫衛 县縣 参參 发發 台臺 后後 围圍 国國 "
    "图圖 场場 坚堅 处處 复復 够夠 宁寧 实實 审審 对對 导導 将將 属屬 广廣 废廢 开開 强強 当當 录錄 "
    "彻徹 态態 总總 户戶 执執 护護 报報 拟擬 据據 数數 无無 时時 机機 权權 条條 构構 栏欄 没沒 点點 "
    "现現 监監 确確 稳穩 类類 纠糾 级級 纳納 组組 织織 经經 结結 绕繞 继繼 绩績 续續 维維 缴繳 网網 "
    "罚罰 范範 获獲 补補 规規 视視 计計 认認 训訓 议議 许許 讼訟 设設 访訪 诉訴 询詢 请請 读讀 调調 "
    "财財 责責 质質 购購 贯貫 费費 资資 转轉 较較 达達 过過 运運 还還 这這 进進 采採 镇鎮 长長 门門 "
    "问問 队隊 阳陽 阶階 项項 预預 领領 频頻 题題 额額 "
).split()}

PINYIN = {"镇": "zhèn", "鎮": "zhèn", "务": "wù", "務": "wù", "关": "guān", "關": "guān", "态": "tài", "態": "tài",
          "责": "zé", "責": "zé", "实": "shí", "實": "shí", "据": "jù", "據": "jù", "数": "shù", "數": "shù",
          "处": "chǔ", "處": "chǔ", "转": "zhuǎn", "轉": "zhuǎn", "结": "jié", "結": "jié", "构": "gòu",
          "構": "gòu", "业": "yè", "業": "yè", "设": "shè", "設": "shè", "规": "guī", "規": "guī", "复": "fù",
          "復": "fù", "議": "yì", "议": "yì", "诉": "sù", "訴": "sù", "讼": "sòng", "訟": "sòng", "监": "jiān",
          "監": "jiān", "导": "dǎo", "導": "dǎo", "质": "zhì", "質": "zhì", "政": "zhèng", "府": "fǔ",
          "况": "kuàng", "況": "kuàng", "动": "dòng", "動": "dòng", "开": "kāi", "開": "kāi"}


def toneless(syllable):
    return "".join(ch for ch in unicodedata.normalize("NFD", syllable) if unicodedata.category(ch) != "Mn")


def annotate(text, style):
    """Pinyin after annotated characters, as conversion sites leave it: 鎮(zhèn) or 政(zheng)(zheng)."""
    out = []
    for ch in text:
        out.append(ch)
        if ch in PINYIN:
            out.append(f"({PINYIN[ch]})" if style == "tone" else f"({toneless(PINYIN[ch])})" * 2)
    return "".join(out)


FULL = str.maketrans("0123456789(),:", "０１２３４５６７８９（），：")
FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def number_text(value):
    if isinstance(value, str):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def dress(text, r, is_number=False):
    if is_number:
        return text.translate(FULL_DIGITS) if r.get("fullwidth") else text
    if r.get("traditional"):
        text = "".join(S2T.get(ch, ch) for ch in text)
    if r.get("pinyin"):
        text = annotate(text, r["pinyin"])
    if r.get("fullwidth"):
        text = text.translate(FULL)
    return text


def cell_texts(row, r):
    return [dress(number_text(c.value), r, not isinstance(c.value, str)) for c in row]


def grid_width(grid):
    return sum(c.cols for c in grid[0])


def rows_piped(grid, r, wrap=None):
    """One row per line as scrapers flatten it: cells in order, then the positions merged cells left empty.
    With wrap, the 部分公开 label wraps: its start on a line of its own before the row ("before", or as a cell
    of its own "before-piped"), or its end on a line of its own after the row ("after")."""
    width = grid_width(grid)
    lines = []
    for row in grid:
        texts = cell_texts(row, r)
        padding = width - len(texts)
        tail = " | " + "|" * padding if padding > 0 else " |"
        wrapped = wrap and any(c.value == PARTIAL for c in row)
        if wrapped:
            at = next(i for i, c in enumerate(row) if c.value == PARTIAL)
            head, rest = wrap_point(texts[at])
            if wrap in ("before", "before-piped"):
                lines.append(head + (" |" if wrap == "before-piped" else ""))
                texts[at] = rest
            else:
                texts[at] = head
        lines.append(" | ".join(texts) + tail)
        if wrapped and wrap == "after":
            lines.append(rest)
    return lines


def rows_on_grid(grid, r):
    """One row per line with every grid position, as the format parsers print a table: a merged cell's text at
    its first position, the positions it covers to the right and below left empty."""
    width = grid_width(grid)
    taken = [[False] * width for _ in grid]
    lines = []
    for y, row in enumerate(grid):
        texts = [""] * width
        x = 0
        for cell, text in zip(row, cell_texts(row, r)):
            while taken[y][x]:
                x += 1
            texts[x] = text
            for dy in range(cell.rows):
                for dx in range(cell.cols):
                    taken[y + dy][x + dx] = True
            x += cell.cols
        lines.append(" | ".join(texts) + " |")
    return lines


def cells(grid, r):
    return [t for row in grid for t in cell_texts(row, r)]


def render(r, style, wrap=None):
    paragraph_prefix = "\u3000\u3000" if r.get("fullwidth") else ""
    lines = []
    for kind, content in blocks(r):
        if kind == "p":
            text = dress(content, r)
            heading = len(content) < 40 and "。" not in content
            lines.append(text if heading else paragraph_prefix + text)
        elif style == "rows-piped":
            lines.extend(rows_piped(content, r, wrap))
        elif style == "rows-on-grid":
            lines.extend(rows_on_grid(content, r))
        elif style == "cell-per-line-piped":
            lines.extend(t + " |" for t in cells(content, r))
        else:
            lines.extend(split_long(t) for t in cells(content, r))
    if style == "cell-per-line-nopipes":
        return "\n\n".join(lines) + "\n"
    return "\n".join(lines) + "\n"


def wrap_point(text):
    """A long label cut where a narrow column wraps it."""
    cut = len(text) * 3 // 5
    return text[:cut], text[cut:]


def split_long(text):
    """Long labels wrap onto a second line where a page column is narrow, as in the 部分公开 row."""
    if text.startswith("(二)部分公开") or text.startswith("（二）部分公开"):
        return "\n".join(wrap_point(text))
    return text

# ---------------------------------------------------------------------------------------------
# Fixtures
# ---------------------------------------------------------------------------------------------

def report(name, seed, body, year, template, style, scale, **options):
    rng = random.Random(seed)
    r = {"name": name, "seed": seed, "body": body, "year": year, "template": template, "style": style}
    r["activeDisclosure"] = active_disclosure(rng, template)
    r["applications"] = applications(rng, template, scale)
    r["reviewLitigation"] = review_litigation(rng)
    r.update(options)
    return r


CLEAN = [
    report("county-2022-rows-piped", 11, "清河县人民政府", 2022, "2021", "rows-piped", 30),
    report("district-2023-cell-per-line-piped-fullwidth", 12, "南湖区人民政府", 2023, "2021", "cell-per-line-piped", 60,
           fullwidth=True, wording={"improvement": "改进措施"}),
    report("bureau-2024-cell-per-line-nopipes", 13, "临川市市场监督管理局", 2024, "2021", "cell-per-line-nopipes", 18,
           short="我局", wording={"commercial": "商业 企业", "upheld": "结果 维持"}),
    report("town-2020-template2019-traditional-pinyin", 14, "石门县新关镇人民政府", 2020, "2019", "rows-piped", 6,
           short="我镇", traditional=True, pinyin="tone", wording={"spacedRules": True}),
    report("city-2019-template2019-cell-per-line-piped", 15, "江城市人民政府", 2019, "2019", "cell-per-line-piped", 120,
           short="市政府"),
    report("street-2021-traditional-doubled-pinyin-nopipes", 16, "武陵区城关街道办事处", 2021, "2021",
           "cell-per-line-nopipes", 5, short="我街道", traditional=True, pinyin="doubled"),
    report("bureau-2024-rows-piped-gb18030", 17, "松阳县教育局", 2024, "2021", "rows-piped", 9, short="我局",
           encoding="gb18030", wrap="before", wording={"improvement": "改进措施"}),
    report("county-2021-rows-piped-fullwidth-utf8bom", 18, "永丰县人民政府", 2021, "2021", "rows-piped", 25,
           fullwidth=True, encoding="utf-8-sig", wrap="after"),
    report("town-2020-template2019-nopipes-traditional", 19, "长宁县河口镇人民政府", 2020, "2019", "cell-per-line-nopipes",
           4, short="我镇", traditional=True),
    report("district-2022-cell-per-line-piped-utf16", 20, "西湖区卫生健康局", 2022, "2021", "cell-per-line-piped", 14,
           short="我局", encoding="utf-16"),
    report("county-2023-rows-piped-numbering-own-cells-heji", 22, "安平县人民政府", 2023, "2021", "rows-piped", 20,
           wording={"total": "(七)合计"}, layout={"numberCells": True, "runTogether": True}),
    report("district-2022-rows-piped-total-first-flat-review-footnote", 23, "东城区城市管理局", 2022, "2021",
           "rows-piped", 12, short="我局", footnoted=("punishment",),
           layout={"totalFirst": True, "flatGroups": True, "zeroUnit": ("rejectedPetition", "rejectedRepeated",
                                                                         "rejectedPublication", "rejectedExcessive",
                                                                         "rejectedConfirmation")}),
    report("town-2020-template2019-rows-on-grid-items-misspelt", 24, "长宁县白沙乡人民政府", 2020, "2019", "rows-on-grid", 3,
           short="我乡", wording={"items": {"otherServices": "其他对外管理服务", "fees": "行政事业收费"}}),
    report("bureau-2023-rows-on-grid-headings-unnumbered", 25, "安平县自然资源局", 2023, "2021", "rows-on-grid", 10,
           short="我局", bareHeadings=True),
    report("county-2021-rows-piped-review-litigation-row-per-group", 26, "石门县人民政府", 2021, "2021", "rows-piped", 16,
           layout={"rowPerGroup": True}),
    report("city-2023-rows-piped-label-wrapped-into-row-above", 27, "临川市人民政府", 2023, "2021", "rows-piped", 70,
           short="市政府", wrap="before-piped", wording={"improvement": "改进措施"}),
    report("town-2023-title-body-above-chinese-numeral-year", 28, "桐溪县白石镇人民政府", 2023, "2021", "rows-piped", 5,
           short="我镇", opening=["发布日期:2024-01-22", "桐溪县白石镇人民政府"], title="二〇二三年度政府信息公开工作年度报告"),
    report("county-2023-notice-wrapper-fee-in-wan", 29, "桐溪县人民政府", 2023, "2021", "rows-piped", 40,
           units={"fees": "万"},
           opening=["首页 > 政务公开 > 政府信息公开年报",
                    "桐溪县人民政府办公室关于印发桐溪县2023年政府信息公开工作年度报告的通知",
                    "各乡镇人民政府,县政府各部门:",
                    "现将《桐溪县人民政府2023年政府信息公开工作年度报告》印发给你们,请结合实际认真贯彻落实。",
                    "桐溪县人民政府办公室", "2024年1月19日"],
           title="桐溪县人民政府政府信息公开工作年度报告(2023年)"),
    report("county-2023-rows-piped-honest-narrative-variants", 28, "丰乐县人民政府", 2023, "2021", "rows-piped", 22,
           companions=True),
]


def expected_json(r):
    apps = {}
    for key in b_keys(r["template"]):
        apps[key] = dict(r["applications"][key])
    if r["template"] == "2021":
        parts = [apps["otherNoCorrection"], apps["otherNoFee"], apps["otherOther"]]
        apps["other"] = {c: sum(p[c] for p in parts) for c in COLUMNS + ["total"]}
    out = {"report": {"body": r["body"], "year": r["year"], "template": r["template"]},
           "activeDisclosure": r["activeDisclosure"], "applications": apps}
    if "reviewLitigation" in r:
        out["reviewLitigation"] = r["reviewLitigation"]
    return out


def write_text(path, text, encoding="utf-8"):
    path.write_bytes(text.encode(encoding))


def write_fixture(folder, r):
    write_text(folder / (r["name"] + ".txt"), render(r, r["style"], r.get("wrap")), r.get("encoding", "utf-8"))


# Broken copies: (file, mutation, [(code, table, row, column)]) with one line per anomaly instance.
def broken(base):
    def mutate(name, change, findings):
        r = copy.deepcopy(base)
        r["name"] = name
        change(r)
        return r, findings

    def shift(row, key, by):
        def change(r):
            r["applications"][row][key] += by
        return change

    def both(*changes):
        def change(r):
            for c in changes:
                c(r)
        return change

    def set_a(item, measure, value):
        def change(r):
            r["activeDisclosure"][item][measure] = value
        return change

    def drop_b_row(key):
        def change(r):
            del r["applications"][key]
        return change

    def drop(key, value=True):
        def change(r):
            if value is None:
                del r[key]
            else:
                r[key] = value
        return change

    def pinyin(r):
        r["pinyin"] = "tone"

    def edit(old, new):
        """Replaces text in the narrative; old and new are functions of the report, so that they quote its numbers."""
        def change(r):
            r.setdefault("edits", []).append((old(r), new(r)))
        return change

    def setting(key, value):
        def change(r):
            r[key] = value
        return change

    def received(r):
        return r["applications"]["newlyReceived"]["total"]

    def request(r):
        return f"{r['year']}年,{self_reference(r)}共收到政府信息公开申请{received(r)}件"

    a, b = "activeDisclosure", "applications"
    return [
        mutate("applications-row-total-broken", both(shift("carriedOver", "total", 3), shift("carriedForward", "total", 3)),
               [("APPLICATIONS_ROW_TOTAL", b, "carriedOver", "total"), ("APPLICATIONS_ROW_TOTAL", b, "carriedForward", "total")]),
        mutate("applications-column-total-broken", both(shift("granted", "naturalPerson", 1), shift("granted", "commercial", -1)),
               [("APPLICATIONS_COLUMN_TOTAL", b, "totalProcessed", "naturalPerson"),
                ("APPLICATIONS_COLUMN_TOTAL", b, "totalProcessed", "commercial")]),
        mutate("applications-balance-broken", both(shift("carriedOver", "naturalPerson", 1), shift("carriedOver", "commercial", -1)),
               [("APPLICATIONS_BALANCE", b, "", "naturalPerson"), ("APPLICATIONS_BALANCE", b, "", "commercial")]),
        mutate("review-litigation-total-broken", lambda r: r["reviewLitigation"]["litigationDirect"].__setitem__(
            "upheld", r["reviewLitigation"]["litigationDirect"]["upheld"] + 2),
               [("REVIEW_LITIGATION_TOTAL", "reviewLitigation", "litigationDirect", "total")]),
        mutate("negative-count-licensing", set_a("licensing", "decisions", -15),
               [("NEGATIVE_COUNT", a, "licensing", "decisions")]),
        mutate("fractional-count-punishment", set_a("punishment", "decisions", 12.5),
               [("FRACTIONAL_COUNT", a, "punishment", "decisions")]),
        mutate("unreadable-cell-enforcement", set_a("enforcement", "decisions", "详见附件"),
               [("UNREADABLE_CELL", a, "enforcement", "decisions")]),
        mutate("not-reported-rules-repealed", set_a("rules", "repealed", "/"),
               [("NOT_REPORTED", a, "rules", "repealed")]),
        mutate("missing-section-five", drop("dropSection5"), [("MISSING_SECTION", "", "", "")]),
        mutate("missing-table-review-litigation", drop("reviewLitigation", None),
               [("MISSING_TABLE", "reviewLitigation", "", "")]),
        mutate("missing-row-rejected-excessive", drop_b_row("rejectedExcessive"),
               [("MISSING_ROW", b, "rejectedExcessive", "")]),
        mutate("pinyin-mirror", pinyin, [("PINYIN_MIRROR", "", "", "")]),
        mutate("narrative-received-differs", edit(request, lambda r: request(r).replace(
            f"{received(r)}件", f"{received(r) + 5}件")),
               [("NARRATIVE_TABLE_MISMATCH", b, "newlyReceived", "total")]),
        mutate("narrative-none-received", edit(request, lambda r: f"{r['year']}年,{self_reference(r)}未收到政府信息公开申请"),
               [("NARRATIVE_TABLE_MISMATCH", b, "newlyReceived", "total")]),
        mutate("narrative-processed-differs", edit(lambda r: "均在法定期限内答复", lambda r: "办结{}件,均在法定期限内答复"
                                                   .format(r["applications"]["totalProcessed"]["total"] + 2)),
               [("NARRATIVE_TABLE_MISMATCH", b, "totalProcessed", "total")]),
        mutate("narrative-review-differs", edit(lambda r: "未发生因政务公开工作不力", lambda r: "发生政府信息公开行政复议{}起,未发生因政务公开工作不力"
                                                .format(r["reviewLitigation"]["review"]["total"] + 1)),
               [("NARRATIVE_TABLE_MISMATCH", "reviewLitigation", "review", "total")]),
        mutate("narrative-parts-differ", setting("partsError", 3), [("NARRATIVE_TOTAL_MISMATCH", "", "", "")]),
        mutate("narrative-fee-charged", edit(lambda r: "未发生因政务公开工作不力", lambda r: "全年收取信息处理费200元,未发生因政务公开工作不力"),
               [("NARRATIVE_FEE_CONTRADICTION", "", "", "")]),
        mutate("year-copied-from-last-year", edit(request, lambda r: request(r).replace(
            f"{r['year']}年", f"{r['year'] - 1}年")), [("YEAR_MISMATCH", "", "", "")]),
        mutate("body-copied-from-neighbour", edit(request, lambda r: request(r).replace(self_reference(r), "河西县人民政府")),
               [("BODY_MISMATCH", "", "", "")]),
        mutate("placeholder-date", edit(lambda r: "动态调整政府信息公开目录", lambda r: "于X月X日动态调整政府信息公开目录"),
               [("PLACEHOLDER", "", "", "")]),
        mutate("placeholder-cell-enforcement", set_a("enforcement", "decisions", "XX"),
               [("PLACEHOLDER", a, "enforcement", "decisions")]),
        mutate("placeholder-prompt-cell-licensing", set_a("licensing", "decisions", "单击或点击此处输入文字。"),
               [("PLACEHOLDER", a, "licensing", "decisions")]),
        mutate("applications-subtotal-added", setting("layout", {"subtotals": ["(三)不予公开"]}),
               [("TEMPLATE_ROW_ADDED", b, "", "")]),
        mutate("applications-rows-out-of-order",
               setting("layout", {"swap": [("deniedThirdParty", "deniedInternalAffairs")]}),
               [("TEMPLATE_ROW_ORDER", b, "deniedThirdParty", "")]),
        mutate("fee-written-in-yuan", set_a("fees", "amount", "251000元"), [("UNIT_DIFFERS", a, "fees", "amount")]),
        mutate("narrative-granted-and-partial-differ", edit(lambda r: "均在法定期限内答复", lambda r: "其中予以公开及部分公开{}件,均在法定期限内答复"
                                                           .format(r["applications"]["granted"]["total"]
                                                                   + r["applications"]["partiallyGranted"]["total"] - 17)),
               [("NARRATIVE_TABLE_MISMATCH", b, "", "total")]),
    ]


# Reports whose tables follow the template of another period than their year: (report, findings).
WRONG_TEMPLATE = [
    (report("template2019-for-2022", 21, "清河县人民政府", 2022, "2019", "rows-piped", 30),
     [("TEMPLATE_YEAR_MISMATCH", "", "", "")]),
]

# ---------------------------------------------------------------------------------------------
# Corpus fixtures: folders of related reports, checked together
# ---------------------------------------------------------------------------------------------

def sum_tables(units, rows_of):
    """Cell by cell sums of the units' tables: an aggregate's figures."""
    total = copy.deepcopy(rows_of(units[0]))
    for unit in units[1:]:
        for row, values in rows_of(unit).items():
            for column, value in values.items():
                total[row][column] += value
    return total


def carry_from(previous, r, shift=0):
    """Sets this year's 二、上年结转 to last year's 四 (natural persons off by shift), keeping every identity."""
    rows = r["applications"]
    for col in COLUMNS:
        carried = previous["applications"]["carriedForward"][col] + (shift if col == "naturalPerson" else 0)
        rows["carriedOver"][col] = carried
        rows["newlyReceived"][col] = rows["totalProcessed"][col] + rows["carriedForward"][col] - carried
        if rows["newlyReceived"][col] < 0:
            rows["carriedForward"][col] -= rows["newlyReceived"][col]
            rows["newlyReceived"][col] = 0
    for row in rows.values():
        row["total"] = sum(row[c] for c in COLUMNS)
    return r


def corpus():
    """Folders of reports given together, with the corpus findings each must raise: {folder: (reports, findings)}."""
    folders = {}
    edu21 = report("education-2021", 31, "松阳县教育局", 2021, "2021", "rows-piped", 9, short="我局")
    edu22 = carry_from(edu21, report("education-2022", 32, "松阳县教育局", 2022, "2021", "rows-piped", 9, short="我局"))
    fin21 = report("finance-2021", 33, "松阳县财政局", 2021, "2021", "rows-piped", 6, short="我局")
    fin22 = carry_from(fin21, report("finance-2022-table-a-copied", 34, "松阳县财政局", 2022, "2021", "rows-piped", 6,
                                     short="我局"))
    fin22["activeDisclosure"] = copy.deepcopy(fin21["activeDisclosure"])
    civ21 = report("civil-affairs-2021", 35, "松阳县民政局", 2021, "2021", "rows-piped", 7, short="我局")
    civ22 = carry_from(civ21, report("civil-affairs-2022-carry-over-differs", 36, "松阳县民政局", 2022, "2021",
                                     "rows-piped", 7, short="我局"), shift=1)
    folders["year-over-year"] = ([edu21, edu22, fin21, fin22, civ21, civ22], [
        ("finance-2022-table-a-copied.txt", "COPIED_TABLE", "activeDisclosure", "", ""),
        ("civil-affairs-2022-carry-over-differs.txt", "CARRY_OVER_MISMATCH", "applications", "carriedOver", "naturalPerson"),
        ("civil-affairs-2022-carry-over-differs.txt", "CARRY_OVER_MISMATCH", "applications", "carriedOver", "total"),
    ])
    for folder, broken_review in (("aggregate", 0), ("aggregate-differs", 1)):
        units = [report("unit-education-2022", 41, "清河县教育局", 2022, "2021", "rows-piped", 8, short="我局"),
                 report("unit-town-2022", 42, "清河县新关镇人民政府", 2022, "2021", "rows-piped", 4, short="我镇")]
        whole = report("county-2022-aggregate", 43, "清河县人民政府", 2022, "2021", "rows-piped", 30,
                       title="清河县2022年全县政府信息公开工作年度报告")
        whole["applications"] = sum_tables(units, lambda u: u["applications"])
        whole["reviewLitigation"] = sum_tables(units, lambda u: u["reviewLitigation"])
        whole["reviewLitigation"]["review"]["upheld"] += broken_review
        whole["reviewLitigation"]["review"]["total"] += broken_review
        findings = [("county-2022-aggregate.txt", "AGGREGATE_MISMATCH", "reviewLitigation", "review", "total")]
        folders[folder] = (units + [whole], findings if broken_review else [])
    return folders


def write_manifest(path, findings):
    """file, code, count, table, row, column: one line per anomaly instance."""
    lines = ["file\tcode\tcount\ttable\trow\tcolumn"]
    for file, code, table, row, column in findings:
        count = sum(1 for f in findings if f[0] == file and f[1] == code)
        lines.append(f"{file}\t{code}\t{count}\t{table}\t{row}\t{column}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# Options that print a table or the headings otherwise than the template does. The text parser's tests check
# the template's own layout cell by cell and pass over the fixtures listed in layout-variants.tsv; the mapping
# must still read them to the same numbers.
LAYOUT_VARIANTS = {
    "numberCells": "outline numbers in cells of their own",
    "runTogether": "三、本年度办理结果 and (一)予以公开 in one cell",
    "totalFirst": "总计 column first",
    "zeroUnit": "zeros written 0(件)",
    "flatGroups": "table C groups head their columns in one row",
    "rowPerGroup": "table C on its side, one row per group",
    "footnoted": "a footnote mark after a table A number",
    "units": "a unit after a table A number",
    "bareHeadings": "section headings without their numbers",
}


def layout_variants(r):
    options = {**r, **r.get("layout", {})}
    return [text for key, text in LAYOUT_VARIANTS.items() if options.get(key)]


def main():
    for r in CLEAN:
        write_fixture(HERE, r)
        write_text(HERE / (r["name"] + ".pipe.txt"), render(r, "rows-piped"))
        (HERE / (r["name"] + ".expected.json")).write_text(
            json.dumps(expected_json(r), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (HERE / "clean-info.tsv").write_text("file\tcode\n" + "".join(
        f"{r['name']}.txt\tPINYIN_MIRROR\n" for r in CLEAN if r.get("pinyin")), encoding="utf-8")
    (HERE / "layout-variants.tsv").write_text("file\tlayout\n" + "".join(
        f"{r['name']}.txt\t{'; '.join(layout_variants(r))}\n" for r in CLEAN if layout_variants(r)), encoding="utf-8")

    folder = HERE / "broken"
    folder.mkdir(exist_ok=True)
    manifest = []
    for r, findings in broken(CLEAN[0]) + WRONG_TEMPLATE:
        write_fixture(folder, r)
        manifest += [(r["name"] + ".txt",) + f for f in findings]
    write_manifest(folder / "expected.tsv", manifest)

    # Corpus manifests are not named expected.tsv: their findings need the folder's reports together.
    for name, (reports, findings) in corpus().items():
        folder = HERE / "corpus" / name
        folder.mkdir(parents=True, exist_ok=True)
        for r in reports:
            write_fixture(folder, r)
        write_manifest(folder / "corpus.tsv", findings)


if __name__ == "__main__":
    main()
