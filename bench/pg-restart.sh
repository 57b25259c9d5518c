#!/usr/bin/env bash
# Restarts PostgreSQL while Tryggve is under load and counts the answers (issue 8: "the application reports
# unhealthy, then recovers by itself without a restart; no request gets a 500 with a stack trace").
# Needs a Tryggve already running on PostgreSQL (profile postgres) and the right to run pg_ctlcluster (root or postgres).
# Usage: bench/pg-restart.sh [base-url] [pg-version] [pg-cluster]
#        defaults: http://localhost:8080 15 main; LOAD_SECONDS (default 20), RESTART_AFTER (default 5), CLIENTS (default 4),
#        DOWN_SECONDS (default 0: pg_ctlcluster restart; N: stop, wait N seconds, start — a longer outage)
# Do not point it at a PostgreSQL cluster that others are using: restart a cluster of your own
# (pg_createcluster 15 bench -p 5439 --start) and start Tryggve against it.
# Prints the status codes per path, whether any answer held a stack trace, and the readiness over time.
set -euo pipefail

BASE="${1:-http://localhost:8080}"
PG_VERSION="${2:-15}"
PG_CLUSTER="${3:-main}"
LOAD_SECONDS="${LOAD_SECONDS:-20}"
RESTART_AFTER="${RESTART_AFTER:-5}"
CLIENTS="${CLIENTS:-4}"
DOWN_SECONDS="${DOWN_SECONDS:-0}"
PATHS=(/kommun /open311/v2/services.json /oparl/v1.1/body /anslagstavla /api/v1/calendar/holidays?year=2026)

OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

curl -fsS "$BASE/actuator/health/readiness" >/dev/null || { echo "Tryggve does not answer ready at $BASE" >&2; exit 1; }

client() {
  local n=$1 end=$(( $(date +%s) + LOAD_SECONDS )) i=0
  while [[ $(date +%s) -lt $end ]]; do
    local path="${PATHS[$(( (i + n) % ${#PATHS[@]} ))]}"
    local body="$OUT/body.$n"
    local code
    code=$(curl -s -o "$body" -w '%{http_code}' --max-time 30 "$BASE$path" || echo 000)
    local trace=""
    if grep -qE 'Exception|^\s+at [a-z]|org\.springframework|org\.postgresql' "$body" 2>/dev/null; then trace=" STACKTRACE"; fi
    echo "$code ${path%%\?*}$trace" >> "$OUT/answers.$n"
    i=$((i + 1))
  done
}

readiness() {
  local end=$(( $(date +%s) + LOAD_SECONDS )) start=$(date +%s)
  while [[ $(date +%s) -lt $end ]]; do
    echo "$(( $(date +%s) - start ))s $(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$BASE/actuator/health/readiness" || echo 000)" >> "$OUT/readiness"
    sleep 0.5
  done
}

for n in $(seq 1 "$CLIENTS"); do client "$n" & done
readiness &
sleep "$RESTART_AFTER"
echo "$(date -u +%H:%M:%S) restarting PostgreSQL $PG_VERSION/$PG_CLUSTER"
if [[ "$DOWN_SECONDS" -gt 0 ]]; then
  pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" stop -m fast
  sleep "$DOWN_SECONDS"
  pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start
else
  pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" restart -m fast
fi
echo "$(date -u +%H:%M:%S) PostgreSQL is back"
wait

echo "status  path  (count over ${LOAD_SECONDS}s, ${CLIENTS} clients, restart after ${RESTART_AFTER}s)"
cat "$OUT"/answers.* | sort | uniq -c | sort -k2
echo "readiness (seconds since start → status), changes only:"
awk '$2 != last { print "  " $0; last = $2 }' "$OUT/readiness"
if cat "$OUT"/answers.* | grep -q STACKTRACE; then echo "FAIL: an answer held a stack trace"; exit 1; fi
if cat "$OUT"/answers.* | grep -qE '^5(0[0-2]|0[4-9])'; then echo "FAIL: a 5xx other than 503"; exit 1; fi
echo "OK: only 2xx/503 answers, no stack trace"
