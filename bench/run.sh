#!/bin/sh
# The benchmark in one command: builds the command line, generates the large inputs once (the PDFs need
# LibreOffice and fonts-noto-cjk) and measures the targets, the fixtures, the large inputs, the heap and a
# cold start. Figures and how to read them: docs/benchmark.md.
set -e
cd "$(dirname "$0")/.."
JAR=cli/target/gongkai.jar
LARGE=target/bench-large
mvn -B -q package -DskipTests
[ -f "$LARGE/report-5mb-chrome.html" ] || python3 bench/make-large.py "$LARGE"
uptime
# The targets, each against the library beneath it in the same run (whole processes through bin/gongkai's archive).
LONG_PDF=
[ -f "$LARGE/report-300-pages.pdf" ] && LONG_PDF="--target large-pdf=$LARGE/report-300-pages.pdf"
bin/gongkai bench --warmup 3 --rounds 9 --processes 5 \
    --target page=testdata/html/separate-tables-street-2024.html \
    --target large-page="$LARGE/report-5mb-chrome.html" \
    --target pdf=testdata/pdf/city-2022-table-b-landscape.pdf \
    --target docx=testdata/docx/street-2024-content-controls.docx $LONG_PDF \
    --target threads=testdata
bin/gongkai bench --include '*.{pdf,html,docx,doc,txt}' testdata
bin/gongkai bench --warmup 2 --rounds 5 "$LARGE"
if [ -f "$LARGE/report-300-pages.pdf" ]; then
    bin/gongkai bench --warmup 1 --rounds 1 --min-heap --include 'report-300-pages.pdf' "$LARGE" | tail -2
    if java -Xmx256m -jar "$JAR" convert "$LARGE/report-300-pages.pdf" > /dev/null; then
        echo "the 300-page PDF converts with -Xmx256m"
    fi
fi
for i in 1 2 3 4 5; do
    /usr/bin/time -f "cold start, convert one HTML report: %e s (java -jar)" \
        java -jar "$JAR" convert testdata/html/cms-export-county-2023.html > /dev/null
    /usr/bin/time -f "cold start, convert one HTML report: %e s (bin/gongkai)" \
        bin/gongkai convert testdata/html/cms-export-county-2023.html > /dev/null
done
