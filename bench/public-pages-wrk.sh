#!/usr/bin/env bash
# Load on the public pages and OParl lists from a second process (wrk, Debian package "wrk"), against a
# running Tryggve with the demo: 50 connections, 20 s per URL, percentiles from bench/percentiles.lua.
#   TRYGGVE_ADMIN_PASSWORD=… java -jar target/tryggve-*.jar &   # or ./mvnw spring-boot:run
#   bash bench/public-pages-wrk.sh [http://localhost:8080]
set -euo pipefail
base="${1:-http://localhost:8080}"
here="$(cd "$(dirname "$0")" && pwd)"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
for url in /kommun/0126 /kommun/0126/styrdokument /kommun/0126/sammantraden /kommun/0126/sammantraden/1 \
           /kommun/0126/uppfoljningar/3 /kommun/0126/statistik "/kommun/0126/sok?q=tryggheten" \
           "/anslagstavla?kommun=0126" /oparl/v1.1/body/0126/meeting /oparl/v1.1/body/0126/agendaItem \
           /oparl/v1.1/body/0126/paper /oparl/v1.1/body/0126/person; do
  curl -s -o /dev/null "$base$url"   # the first visit renders; the run measures what visitors get after it
  printf '%s ' "$url"
  wrk -t2 -c50 -d20s -s "$here/percentiles.lua" "$base$url" | grep '^WRK'
done
