#!/usr/bin/env bash
# The benchmark suite in one command (docs/benchmarks.md):
#   bench/run.sh quick [options]   under 5 minutes on a 2-core box
#   bench/run.sh full  [options]   about 30 minutes
# Options: --db h2,postgresql  --connections N  --users N  (see SuiteOptions)
# It builds what is missing, pins the generator to CPU 1 when taskset exists (the servers it starts go on CPU 0),
# and writes report.md and results.jsonl into bench/results/<timestamp>/.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
if [[ "$mode" != quick && "$mode" != full ]]; then
  echo "usage: bench/run.sh quick|full [--db h2,postgresql] [--connections N] [--users N]" >&2
  exit 2
fi
shift

server_jar=bootstrap/target/parley-server.jar
bench_jar=bench/target/benchmarks.jar
if [[ ! -f "$server_jar" || ! -f "$bench_jar" ]]; then
  echo "building the server and the bench jars (mvn -B -ntp -DskipTests package)"
  mvn -B -ntp -q -DskipTests package
fi

out="bench/results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"

pin=()
if command -v taskset >/dev/null && [[ $(getconf _NPROCESSORS_ONLN) -ge 2 ]]; then
  pin=(taskset -c 1)
fi

# G1 forced: a JVM on one CPU would pick SerialGC, whose pauses would land in every latency it measures
"${pin[@]}" java -XX:+UseG1GC -Xms1g -Xmx1g -Xlog:gc:file="$out/generator-gc.log" \
  -cp "$bench_jar" io.parley.chat.bench.BenchSuite "$mode" \
  --out "$out" --server-jar "$server_jar" --bench-jar "$bench_jar" "$@"
