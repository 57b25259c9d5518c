#!/bin/sh
# Starts the unpacked image (python3 deploy/verify-image.py target/jib-image.tar --rootfs DIR) without
# Docker, as the image's user 10001 with the environment of its config, in a mount+pid namespace:
#   sudo unshare --mount --pid --fork deploy/run-image-chroot.sh DIR
# Used to check the image built here starts (H2 demo, port 8227, JSON logs); not for production.
R=${1:-/tmp/tryggve-rootfs}
mkdir -p $R/proc $R/dev
mount -t proc proc $R/proc
mount --rbind /dev $R/dev
exec env -i PATH=/opt/java/bin:/usr/bin:/bin JAVA_HOME=/opt/java LANG=C.UTF-8 \
  TRYGGVE_DATA_DIR=/var/lib/tryggve SERVER_PORT=8227 TRYGGVE_ADMIN_PASSWORD="${TRYGGVE_ADMIN_PASSWORD:-Demo-Lösen-2026!}" TRYGGVE_LOG_FORMAT=json \
  /usr/sbin/chroot --userspec=10001:10001 $R java -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp \
  -cp @/app/jib-classpath-file se.tryggve.TryggveApplication
