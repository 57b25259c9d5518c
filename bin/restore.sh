#!/bin/sh
# Restore of a Tryggve backup made by bin/backup.sh, with Tryggve STOPPED. Usage:
#   bin/restore.sh <tryggve-....dump|.zip> <tryggve-files-....tar.gz>
# PostgreSQL (SPRING_DATASOURCE_URL=jdbc:postgresql://host:port/db): the database must exist and be
# empty (createdb -O tryggve tryggve); pg_restore fills it. H2 (SPRING_DATASOURCE_URL unset): the
# zip is unpacked into TRYGGVE_DATA_DIR, replacing tryggve.mv.db. Then the files are unpacked into
# TRYGGVE_DATA_DIR. Start Tryggve afterwards: Flyway migrates a backup of an older version forward.
set -eu
dump=${1:?usage: bin/restore.sh <dump-or-zip> <files.tar.gz>}
files=${2:?usage: bin/restore.sh <dump-or-zip> <files.tar.gz>}
data=${TRYGGVE_DATA_DIR:-./data}
url=${SPRING_DATASOURCE_URL:-jdbc:h2:file}
mkdir -p "$data"

case "$url" in
  jdbc:postgresql://*)
    . "$(dirname "$0")/pg-target.sh"
    pg_target "$url"
    PGPASSWORD=${SPRING_DATASOURCE_PASSWORD:-} pg_restore --no-owner --exit-on-error -h "$host" -p "$port" \
      -U "${SPRING_DATASOURCE_USERNAME:-tryggve}" -d "$db" "$dump"
    ;;
  *)
    rm -f "$data/tryggve.mv.db" "$data/tryggve.trace.db"
    (cd "$data" && jar xf "$(cd "$(dirname "$dump")" && pwd)/$(basename "$dump")" 2>/dev/null) \
      || unzip -o -q "$dump" -d "$data"
    ;;
esac
tar xzf "$files" -C "$data"
echo "restored into $url and $data"
