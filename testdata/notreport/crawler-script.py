#!/usr/bin/env python3
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
