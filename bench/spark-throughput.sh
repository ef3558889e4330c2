#!/bin/sh
# Throughput of the Spark job on local[2] against `gongkai dataset -j 2`, on the same corpus of 2,000 files
# made by copying the report fixtures of every format (those with a golden JSON) round robin. Both runs read
# every file (dataset with --fresh) and cross-check the whole corpus; the corpus is kept in
# target/spark-bench/ and not committed. Usage: bench/spark-throughput.sh [FILES] [ROUNDS]
set -eu
cd "$(dirname "$0")/.."
FILES=${1:-2000}
ROUNDS=${2:-2}
WORK=target/spark-bench
mvn -B -q ${MAVEN_FLAGS:-} -pl spark -am package -DskipTests dependency:build-classpath -Dmdep.includeScope=provided \
    -Dmdep.outputFile="$PWD/$WORK/spark.classpath"
if [ ! -f "$WORK/corpus/.complete-$FILES" ]; then
    rm -rf "$WORK/corpus"
    mkdir -p "$WORK/corpus"
    find testdata -name '*.golden.json' ! -path 'testdata/consumer/*' | sed 's/\.golden\.json$//' | sort > "$WORK/fixtures"
    awk -v n="$FILES" '{ f[NR] = $0 } END { for (i = 0; i < n; i++) { s = f[i % NR + 1]; b = s; sub(/.*\//, "", b);
        printf "%s\t%04d/%s\n", s, i % 40, sprintf("%05d-%s", i, b) } }' "$WORK/fixtures" |
    while IFS="$(printf '\t')" read -r from to; do
        mkdir -p "$WORK/corpus/$(dirname "$to")"
        cp "$from" "$WORK/corpus/$to"
    done
    touch "$WORK/corpus/.complete-$FILES"
fi
# What spark-submit passes to the JVM on Java 17, and Spark's own jars behind the job's.
OPENS="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
 --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
 --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
 --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
 --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
 --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
 --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
 -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"
CLASSPATH="spark/target/gongkai-spark.jar:$(cat "$WORK/spark.classpath")"
uptime
for round in $(seq "$ROUNDS"); do
    rm -rf "$WORK/dataset" "$WORK/job"
    /usr/bin/time -f "round $round: dataset -j 2: %e s" \
        java -jar cli/target/gongkai.jar dataset "$WORK/corpus" -o "$WORK/dataset" -j 2 --fresh --quiet || true
    # shellcheck disable=SC2086
    # The time goes to a file of its own: the job's standard error is its log.
    /usr/bin/time -o "$WORK/spark.time" -f "round $round: Spark local[2]: %e s" \
        java $OPENS -Dspark.master='local[2]' -Dspark.ui.enabled=false -Dspark.sql.shuffle.partitions=2 \
            -cp "$CLASSPATH" io.github.gongkai.spark.ReportsJob "$WORK/corpus" "$WORK/job" 2> "$WORK/spark.log"
    cat "$WORK/spark.time"
done
echo "dataset: $(($(wc -l < "$WORK/dataset/errors.csv") - 1)) unreadable; the Spark run's log: $WORK/spark.log"
