#!/usr/bin/env bash
# The whole benchmark: start-up time and memory (bench/startup.sh), then the tests tagged
# "benchmark" on H2 and PostgreSQL (./mvnw -B -Pbenchmark verify), whose results are the lines
# starting with BENCHMARK. Record the figures in docs/performance.md.
set -euo pipefail

cd "$(dirname "$0")/.."

echo "== start-up =="
bench/startup.sh "${1:-3}"

echo "== benchmark tests (H2, then PostgreSQL) =="
LOG="$(mktemp -t tryggve-bench-mvn.XXXXXX)"
trap 'rm -f "$LOG"' EXIT
if ! ./mvnw -B -Pbenchmark verify >"$LOG" 2>&1; then
  tail -n 80 "$LOG" >&2
  echo "the benchmark tests failed" >&2
  exit 1
fi
grep '^BENCHMARK' "$LOG" || echo "no BENCHMARK lines (no tests tagged benchmark?)"
# a skipped PostgreSQL pass is worth knowing when comparing figures
sed -n '/SKIPPED TEST GROUPS/,/^=====/p' "$LOG"
