#!/usr/bin/env bash
# Issue 8's soak: a mixed load for 10 minutes against a running Tryggve with the demo, on this machine.
#   TRYGGVE_ADMIN_PASSWORD=… java -jar target/tryggve-*.jar &    # (or with SPRING_PROFILES_ACTIVE=postgres …)
#   TRYGGVE_ADMIN_PASSWORD=… bash bench/soak.sh [base-url] [seconds] [warm-up seconds]
# Four streams at once (wrk, Debian package "wrk"; each connection pauses between its requests):
#   pages   – 8 connections, logged-in pages (start page, follow-ups, incidents, cases, meetings) and public
#             portal pages, 100 ms pause: the page views whose 99th percentile the issue bounds (< 200 ms)
#   api     – 4 connections, JSON API reads with the administrator's Basic credentials, 100 ms pause
#   open311 – 4 connections, Open311 POSTs of graffiti reports with a fresh api key, 50 ms pause
#   reports – 1 connection, the follow-up report as PDF/A and DOCX (rendered each time, 1–2 s of CPU for the PDF)
#             and the portal's PDF, 10 s pause: a few downloads a minute, as in a municipality's working day
# The warm-up runs the same load; then the heap after a full GC is noted, the soak runs, and the heap after a
# full GC is compared. Prints SOAK lines per stream (percentiles and status classes) and the heap figures.
set -euo pipefail
base="${1:-http://localhost:8080}"
seconds="${2:-600}"
warmup="${3:-60}"
here="$(cd "$(dirname "$0")" && pwd)"
: "${TRYGGVE_ADMIN_PASSWORD:?set TRYGGVE_ADMIN_PASSWORD to the password of admin}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
work="$(mktemp -d -t tryggve-soak.XXXXXX)"
trap 'rm -rf "$work"' EXIT
port="$(echo "$base" | sed -E 's#.*:([0-9]+).*#\1#')"
pid="$(ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)"
[[ -n "$pid" ]] || { echo "no process listens on port $port"; exit 1; }
basic="Authorization: Basic $(printf 'admin:%s' "$TRYGGVE_ADMIN_PASSWORD" | base64 -w0)"

# a logged-in browser session: the login form with its CSRF token
csrf="$(curl -s -c "$work/jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed -E 's/.*value="([^"]*)"/\1/')"
curl -s -o /dev/null -b "$work/jar" -c "$work/jar" --data-urlencode "username=admin" \
  --data-urlencode "password=$TRYGGVE_ADMIN_PASSWORD" --data-urlencode "_csrf=$csrf" "$base/login"
cookie="Cookie: $(awk '{sub(/^#HttpOnly_/, "")} !/^#/ && NF >= 7 {printf "%s%s=%s", sep, $6, $7; sep="; "}' "$work/jar")"
status="$(curl -s -o /dev/null -w '%{http_code}' -H "$cookie" "$base/follow-ups")"
[[ "$status" == 200 ]] || { echo "login failed (GET /follow-ups answered $status)"; exit 1; }

key="$(curl -s -H "$basic" -H 'Content-Type: application/json' -d '{"name":"soak","contact":"bench"}' \
  "$base/api/v1/open311/keys" | sed -E 's/.*"key":"([^"]*)".*/\1/')"
followup="$(curl -s -H "$basic" "$base/api/v1/follow-ups" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)"
[[ -n "$followup" ]] || { echo "no follow-up in the demo"; exit 1; }

pages="/follow-ups /follow-ups/$followup /incidents /cases /meetings /programmes /incidents/statistics /kommun/0126 /kommun/0126/sammantraden /anslagstavla"
api="/api/v1/follow-ups /api/v1/follow-ups/$followup /api/v1/incidents?limit=50 /api/v1/incidents/statistics?year=2021 /api/v1/cases /api/v1/districts"
reports="/api/v1/follow-ups/$followup/report.pdf /api/v1/follow-ups/$followup/report.docx /kommun/0126/uppfoljningar/$followup/rapport.pdf"

run() {  # run <seconds> <out-prefix>
  SOAK_LABEL=pages SOAK_PATHS="$pages" SOAK_HEADER="$cookie" SOAK_DELAY_MS=100 \
    wrk -t2 -c8 -d"$1s" --timeout 10s -s "$here/soak.lua" "$base" > "$2.pages" &
  SOAK_LABEL=api SOAK_PATHS="$api" SOAK_HEADER="$basic" SOAK_DELAY_MS=100 \
    wrk -t1 -c4 -d"$1s" --timeout 10s -s "$here/soak.lua" "$base" > "$2.api" &
  OPEN311_KEY="$key" SOAK_DELAY_MS=50 \
    wrk -t1 -c4 -d"$1s" --timeout 10s -s "$here/open311-post.lua" "$base" > "$2.open311" &
  SOAK_LABEL=reports SOAK_PATHS="$reports" SOAK_HEADER="$basic" SOAK_DELAY_MS=10000 \
    wrk -t1 -c1 -d"$1s" --timeout 30s -s "$here/soak.lua" "$base" > "$2.reports" &
  wait
}

heap_after_gc() {
  jcmd "$pid" GC.run >/dev/null
  sleep 2
  # "garbage-first heap   total 262144K, used 123456K" (G1) or the young/old lines of other collectors: sum "used"
  jcmd "$pid" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*'
}

echo "warm-up ${warmup}s …"
run "$warmup" "$work/warm"
before="$(heap_after_gc)"
echo "heap after warm-up and a full GC: $((before / 1024)) MB"
echo "soak ${seconds}s …"
start="$(date -u +%FT%TZ)"
run "$seconds" "$work/soak"
after="$(heap_after_gc)"
echo "soak from $start to $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
grep -h '^SOAK\|^WRK' "$work"/soak.* | sed 's/^WRK/SOAK open311/'
echo "HEAP before_mb=$((before / 1024)) after_mb=$((after / 1024)) growth_percent=$(( (after - before) * 100 / before ))"
