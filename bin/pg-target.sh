# Sourced by bin/backup.sh and bin/restore.sh: splits a jdbc:postgresql://host[:port]/db[?…] URL (the one the
# application runs with, SPRING_DATASOURCE_URL) into host, port and db for pg_dump and pg_restore.
pg_target() {
  rest=${1#jdbc:postgresql://}
  hostport=${rest%%/*}
  db=${rest#*/}; db=${db%%\?*}
  host=${hostport%%:*}
  port=5432; case "$hostport" in *:*) port=${hostport#*:};; esac
}
