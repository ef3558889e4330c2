#!/usr/bin/env python3
"""The share of the pipeline's profile samples spent under one method, from a JFR recording of the benchmark.

  java -XX:StartFlightRecording=filename=bench.jfr,settings=profile -jar cli/target/gongkai.jar bench DIR
  jfr print --stack-depth 128 --events jdk.ExecutionSample bench.jfr | python3 bench/share.py Simplifier.simplify
"""
import sys

WHOLE = "io.github.gongkai.Gongkai.read("


def main():
    part = sys.argv[1] if len(sys.argv) > 1 else "Simplifier.simplify"
    whole = inside = 0
    for event in sys.stdin.read().split("jdk.ExecutionSample")[1:]:
        if WHOLE in event:
            whole += 1
            inside += part + "(" in event
    share = 100.0 * inside / whole if whole else 0.0
    print(f"{part}: {inside} of {whole} samples of Gongkai.read, {share:.1f} %")


if __name__ == "__main__":
    main()
