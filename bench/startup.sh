#!/usr/bin/env bash
# Measures Tryggve's start-up: time from launching the jar until /actuator/health says UP, and the
# resident memory (VmRSS) once it has idled a few seconds. Each run starts from an empty data
# directory with the demo data, so it includes the Flyway migrations and the first-start work.
# Usage: bench/startup.sh [runs]   (default 3; prints each run and the median)
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS="${1:-3}"
IDLE_SECONDS="${IDLE_SECONDS:-5}"
TIMEOUT_SECONDS="${TIMEOUT_SECONDS:-180}"

jar() { ls target/tryggve-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true; }

JAR="$(jar)"
if [[ -z "$JAR" ]]; then
  echo "building the jar (./mvnw -q -B -DskipTests package)" >&2
  ./mvnw -q -B -DskipTests package
  JAR="$(jar)"
fi
[[ -n "$JAR" ]] || { echo "no jar in target/ after the build" >&2; exit 1; }

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$(( 20000 + RANDOM % 20000 ))
    if ! port_in_use "$p"; then echo "$p"; return 0; fi
  done
  echo "no free port found" >&2; return 1
}

health() {
  if command -v curl >/dev/null 2>&1; then
    curl -fsS --max-time 2 "http://127.0.0.1:$1/actuator/health" 2>/dev/null || true
  else
    # plain bash, for machines without curl
    (exec 3<>"/dev/tcp/127.0.0.1/$1" && printf 'GET /actuator/health HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3 \
      && timeout 2 cat <&3) 2>/dev/null || true
  fi
}

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

APP_PID=""
WORK=""
cleanup() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  if [[ -n "$WORK" ]]; then
    rm -rf "$WORK"
  fi
  APP_PID=""
  WORK=""
}
trap cleanup EXIT

STARTUPS=()
RSS=()
echo "jar: $JAR; java: $(java -version 2>&1 | head -n 1); cores: $(nproc); load average: $(cut -d ' ' -f 1-3 /proc/loadavg)"
for run in $(seq 1 "$RUNS"); do
  WORK="$(mktemp -d -t tryggve-bench.XXXXXX)"
  PORT="$(free_port)"
  start="$(now_ms)"
  # JAVA_OPTS is deliberately split into words
  # shellcheck disable=SC2086
  TRYGGVE_DATA_DIR="$WORK/data" SERVER_PORT="$PORT" TRYGGVE_DEMO_ENABLED=true \
    TRYGGVE_ADMIN_PASSWORD=bench-admin-password-1 \
    java ${JAVA_OPTS:-} -jar "$JAR" >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  until health "$PORT" | grep -q '"status":"UP"'; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "the application stopped during start-up; its log:" >&2; tail -n 50 "$WORK/app.log" >&2; exit 1
    fi
    if (( $(now_ms) - start > TIMEOUT_SECONDS * 1000 )); then
      echo "not healthy after ${TIMEOUT_SECONDS}s; its log:" >&2; tail -n 50 "$WORK/app.log" >&2; exit 1
    fi
    sleep 0.1
  done
  elapsed=$(( $(now_ms) - start ))
  sleep "$IDLE_SECONDS"
  rss_kb="$(awk '/^VmRSS:/ {print $2}' "/proc/$APP_PID/status")"
  rss_mb=$(( rss_kb / 1024 ))
  # Spring's own figure, for comparison: "Started TryggveApplication in 4.1 seconds (process running for 4.6)"
  spring_s="$(sed -n 's/.*Started TryggveApplication in \([0-9.]*\) seconds.*/\1/p' "$WORK/app.log" | head -n 1)"
  echo "run $run: startup_to_healthy_ms=$elapsed rss_mb=$rss_mb (Spring reports started in ${spring_s:-?} s)"
  STARTUPS+=("$elapsed")
  RSS+=("$rss_mb")
  cleanup
done

echo "median of $RUNS: startup_to_healthy_ms=$(median "${STARTUPS[@]}") rss_mb=$(median "${RSS[@]}")"
