#!/bin/sh
# The benchmark in one command: builds the command line, generates the large inputs once (needs LibreOffice
# and fonts-noto-cjk) and measures the fixtures, the large inputs, the heap and a cold start.
# Figures and how to read them: docs/benchmark.md.
set -e
cd "$(dirname "$0")/.."
JAR=cli/target/gongkai.jar
LARGE=target/bench-large
mvn -B -q package -DskipTests
[ -f "$LARGE/report-300-pages.pdf" ] || python3 bench/make-large.py "$LARGE"
uptime
java -jar "$JAR" bench --include '*.{pdf,html,docx,doc,txt}' testdata
java -jar "$JAR" bench --warmup 2 --rounds 5 "$LARGE"
java -jar "$JAR" bench --warmup 1 --rounds 1 --min-heap --include 'report-300-pages.pdf' "$LARGE" | tail -2
if java -Xmx256m -jar "$JAR" convert "$LARGE/report-300-pages.pdf" > /dev/null; then
    echo "the 300-page PDF converts with -Xmx256m"
fi
for i in 1 2 3 4 5; do
    /usr/bin/time -f "cold start, convert one HTML report: %e s" \
        java -jar "$JAR" convert testdata/html/cms-export-county-2023.html > /dev/null
done
