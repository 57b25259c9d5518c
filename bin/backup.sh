#!/bin/sh
# Backup of a Tryggve installation: the database AND the data directory (TRYGGVE_DATA_DIR), taken
# together so rows and files match. Usage:  bin/backup.sh <backup-directory>
#
# Reads the same environment as Tryggve itself (docs/configuration.md):
#   SPRING_DATASOURCE_URL       jdbc:postgresql://host:port/db  -> pg_dump -Fc (online, consistent snapshot)
#                               unset or jdbc:h2:...            -> H2's online BACKUP TO through the running Tryggve
#   SPRING_DATASOURCE_USERNAME / SPRING_DATASOURCE_PASSWORD     (PostgreSQL)
#   TRYGGVE_DATA_DIR            default ./data
#   TRYGGVE_URL                 (H2) Tryggve's address, default http://localhost:8080
#   TRYGGVE_BACKUP_USER / TRYGGVE_BACKUP_PASSWORD   (H2) an administrator account
#   PG_DUMP_OPTS                extra pg_dump options (e.g. -n <schema>)
# Writes <dir>/tryggve-<time>.dump (or .zip) and <dir>/tryggve-files-<time>.tar.gz, and records the
# time in $TRYGGVE_DATA_DIR/backup-status.properties, which /admin/system shows.
set -eu
dir=${1:?usage: bin/backup.sh <backup-directory>}
data=${TRYGGVE_DATA_DIR:-./data}
url=${SPRING_DATASOURCE_URL:-jdbc:h2:file}
stamp=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$dir" "$data"

case "$url" in
  jdbc:postgresql://*)
    . "$(dirname "$0")/pg-target.sh"
    pg_target "$url"
    dump="$dir/tryggve-$stamp.dump"
    # shellcheck disable=SC2086
    PGPASSWORD=${SPRING_DATASOURCE_PASSWORD:-} pg_dump -Fc --no-owner -h "$host" -p "$port" \
      -U "${SPRING_DATASOURCE_USERNAME:-tryggve}" -d "$db" ${PG_DUMP_OPTS:-} -f "$dump"
    kind=postgresql
    ;;
  *)
    # AUTO_SERVER=FALSE: only the running Tryggve may open the file, so it takes the backup itself
    answer=$(curl -fsS -u "${TRYGGVE_BACKUP_USER:-admin}:${TRYGGVE_BACKUP_PASSWORD:?set TRYGGVE_BACKUP_PASSWORD}" \
      -X POST "${TRYGGVE_URL:-http://localhost:8080}/api/v1/system/backups")
    file=$(printf '%s' "$answer" | sed -n 's/.*"file":"\([^"]*\)".*/\1/p')
    dump="$dir/$(basename "$file")"
    cp "$file" "$dump"
    kind=h2
    ;;
esac

# the data directory without the live H2 files and without earlier backups
tar czf "$dir/tryggve-files-$stamp.tar.gz" -C "$data" --exclude=./backups --exclude='./tryggve.*.db' \
  --exclude=./backup-status.properties .

tmp="$data/.backup-status.$$"
printf 'time=%s\nkind=%s\nfile=%s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$kind" "$dump" > "$tmp"
mv "$tmp" "$data/backup-status.properties"
echo "$dump"
echo "$dir/tryggve-files-$stamp.tar.gz"
