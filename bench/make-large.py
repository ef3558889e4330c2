#!/usr/bin/env python3
"""Generates the large inputs of the benchmark into a folder (default target/bench-large, not committed).

A report of the project's own PDF fixtures (testdata/pdf/city-2024-large-numbers.html) grows by generated
narrative paragraphs in its section 一 until it fills the wanted pages or bytes; tables and the other
sections stay as they are, so that every size is the same report with more text.

  report-8-pages.pdf, report-300-pages.pdf   through LibreOffice (soffice, fonts-noto-cjk)
  report-500kb.html, report-5mb.html          the page itself
  report-5mb-chrome.html                      a 15 KB report page (testdata/html/separate-tables-street-2024.html)
                                              inside 5 MB of site chrome: menus, news lists and footers that a
                                              portal repeats around its article, so the report stays what it was

Run: python3 bench/make-large.py [OUTDIR]
"""
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
BASE = ROOT / "testdata" / "pdf" / "city-2024-large-numbers.html"
ANCHOR = "<p><b>二、主动公开政府信息情况</b></p>"
CHROME_BASE = ROOT / "testdata" / "html" / "separate-tables-street-2024.html"

# Measured with pdfinfo on LibreOffice's output: the report alone fills 2.7 pages, and 10.5 of the
# paragraphs below fill one more.
BASE_PAGES = 2.7
PARAGRAPHS_PER_PAGE = 10.5

TOPICS = ["财政预决算", "重大建设项目", "公共资源配置", "社会公益事业", "乡村振兴", "生态环境保护",
          "教育医疗", "安全生产", "市场监管", "就业创业", "住房保障", "食品药品"]
ACTIONS = ["完善信息发布审核机制", "细化公开目录和公开标准", "加强政策解读和舆情回应",
           "推进基层政务公开标准化规范化", "优化政府网站栏目设置", "做好政府公报编辑发行"]


def paragraph(n):
    topic = TOPICS[n % len(TOPICS)]
    action = ACTIONS[(n // len(TOPICS)) % len(ACTIONS)]
    return (f'<p style="text-indent:2em">围绕{topic}领域，第{n + 1}批次工作中{action}，全年累计发布相关信息'
            f'{(n * 37) % 500 + 20}条，组织专题培训{n % 9 + 1}次，收集群众意见建议{(n * 13) % 90 + 5}条并逐条'
            f'研究办理，确保信息公开及时、准确、完整，切实保障人民群众的知情权、参与权、表达权和监督权，'
            f'不断提升政府工作透明度和公信力。</p>')


def grown(paragraphs):
    html = BASE.read_text(encoding="utf-8")
    if ANCHOR not in html:
        sys.exit(f"{BASE} no longer holds {ANCHOR}")
    extra = "\n".join(paragraph(n) for n in range(paragraphs))
    return html.replace(ANCHOR, extra + "\n" + ANCHOR, 1)


def html_of_size(target_bytes):
    per_paragraph = len(paragraph(0).encode("utf-8")) + 1
    base = len(BASE.read_bytes())
    return grown(max(0, (target_bytes - base) // per_paragraph))


def chrome_block(n):
    """One block of a portal's chrome: a menu, a list of news links with dates, a footer line."""
    links = "".join(f'<li><a href="/xw/{n}/{i}.html">{TOPICS[(n + i) % len(TOPICS)]}工作动态第{n * 10 + i}期</a>'
                    f'<span>2024-{i % 12 + 1:02d}-{(n + i) % 28 + 1:02d}</span></li>' for i in range(10))
    menu = "".join(f'<a href="/lm/{n}/{i}/">{ACTIONS[(n + i) % len(ACTIONS)][:6]}</a>' for i in range(6))
    return (f'<div class="side-box"><div class="menu">{menu}</div><ul class="news">{links}</ul>'
            f'<p class="foot">主办单位：示例市人民政府办公室 网站标识码 0000000{n % 10} 备案号 00000{n}</p></div>')


def html_in_chrome(target_bytes):
    html = CHROME_BASE.read_text(encoding="utf-8")
    before, after = "<main>", "</main>"
    if before not in html or after not in html:
        sys.exit(f"{CHROME_BASE} no longer holds {before} and {after}")
    per_block = len(chrome_block(0).encode("utf-8")) + 1
    blocks = max(0, (target_bytes - len(html.encode("utf-8"))) // per_block)
    top = "\n".join(chrome_block(n) for n in range(blocks // 2))
    bottom = "\n".join(chrome_block(n) for n in range(blocks // 2, blocks))
    return html.replace(before, top + "\n" + before, 1).replace(after, after + "\n" + bottom, 1)


def pdf(pages, out):
    if not shutil.which("soffice"):
        print(out.name, "not made: LibreOffice (soffice) is not installed")
        return
    with tempfile.TemporaryDirectory() as work:
        source = pathlib.Path(work) / (out.stem + ".html")
        source.write_text(grown(max(0, round((pages - BASE_PAGES) * PARAGRAPHS_PER_PAGE))), encoding="utf-8")
        subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf",
                        "--outdir", work, str(source)], check=True, stdout=subprocess.DEVNULL)
        shutil.move(str(source.with_suffix(".pdf")), out)
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
        print(out.name, [line for line in info.splitlines() if line.startswith("Pages")])


def main():
    out = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "target" / "bench-large"
    out.mkdir(parents=True, exist_ok=True)
    (out / "report-500kb.html").write_text(html_of_size(500 * 1024), encoding="utf-8")
    (out / "report-5mb.html").write_text(html_of_size(5 * 1024 * 1024), encoding="utf-8")
    (out / "report-5mb-chrome.html").write_text(html_in_chrome(5 * 1024 * 1024), encoding="utf-8")
    pdf(8, out / "report-8-pages.pdf")
    pdf(300, out / "report-300-pages.pdf")
    for f in sorted(out.iterdir()):
        print(f.name, os.path.getsize(f), "bytes")


if __name__ == "__main__":
    main()
