#!/bin/sh
# A base image for Jib built from this machine's own JDK, for build hosts that cannot reach Docker Hub
# (eclipse-temurin:17-jre stays the default base for operators). Writes target/offline-base.tar, a
# docker-save tarball that Jib reads with -Djib.from.image=tar://target/offline-base.tar.
# Contents: a jlink'ed Java 17 runtime in /opt/java (PATH), the shared libraries it links (from ldd),
# the DejaVu fonts and fontconfig (the report charts draw text), /etc/passwd with the user tryggve
# (uid 10001), /tmp. Needs: jlink, ldd, python3, tar. Run from the project directory.
set -eu
out=${1:-target/offline-base.tar}
work=target/offline-base
rm -rf "$work"; mkdir -p "$work/rootfs" "$(dirname "$out")"
root=$work/rootfs

jlink --add-modules java.se,jdk.unsupported,jdk.crypto.ec,jdk.management,jdk.zipfs,jdk.naming.dns,jdk.localedata,jdk.charsets \
  --strip-debug --no-man-pages --no-header-files --compress=2 --output "$root/opt/java"

# every shared library the runtime needs, at the same path as on this machine, plus the loader
copy() { [ -e "$root$1" ] || { mkdir -p "$root$(dirname "$1")"; cp -L "$1" "$root$1"; }; }
for f in "$root/opt/java/bin/java" $(find "$root/opt/java/lib" -name '*.so'); do
  ldd "$f" 2>/dev/null | awk '/=>/ {print $3} /^\t\/.*ld-linux/ {print $1}' | while read -r lib; do
    if [ -n "$lib" ] && [ -e "$lib" ]; then copy "$lib"; fi
  done
done
for lib in /lib64/ld-linux-x86-64.so.2 /lib/x86_64-linux-gnu/libnss_files.so.2 /lib/x86_64-linux-gnu/libnss_dns.so.2 \
           /lib/x86_64-linux-gnu/libresolv.so.2; do
  if [ -e "$lib" ]; then copy "$lib"; fi
done
# headless AWT (charts) loads these by name at run time
for lib in /usr/lib/x86_64-linux-gnu/libfreetype.so.6 /usr/lib/x86_64-linux-gnu/libfontconfig.so.1 \
           /usr/lib/x86_64-linux-gnu/libpng16.so.16 /usr/lib/x86_64-linux-gnu/libbrotlidec.so.1 \
           /usr/lib/x86_64-linux-gnu/libbrotlicommon.so.1 /usr/lib/x86_64-linux-gnu/libexpat.so.1 \
           /usr/lib/x86_64-linux-gnu/libz.so.1 /lib/x86_64-linux-gnu/libz.so.1; do
  if [ -e "$lib" ]; then copy "$lib"; fi
done
if [ -d /etc/fonts ]; then mkdir -p "$root/etc" && cp -r /etc/fonts "$root/etc/fonts"; fi
if [ -d /usr/share/fonts/truetype/dejavu ]; then
  mkdir -p "$root/usr/share/fonts/truetype" && cp -r /usr/share/fonts/truetype/dejavu "$root/usr/share/fonts/truetype/"
fi

# LANG=C.UTF-8 needs glibc's C.utf8 locale files: without them Java decodes the environment (passwords
# with å/ä/ö in TRYGGVE_ADMIN_PASSWORD) as ASCII
if [ -d /usr/lib/locale/C.utf8 ]; then mkdir -p "$root/usr/lib/locale" && cp -r /usr/lib/locale/C.utf8 "$root/usr/lib/locale/"; fi
mkdir -p "$root/etc" "$root/tmp" "$root/var/lib/tryggve"
chmod 1777 "$root/tmp"
printf 'root:x:0:0:root:/root:/sbin/nologin\ntryggve:x:10001:10001:Tryggve:/var/lib/tryggve:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\ntryggve:x:10001:\n' > "$root/etc/group"
printf 'hosts: files dns\n' > "$root/etc/nsswitch.conf"

# one layer, a config with PATH and JAVA_HOME, a docker-save manifest
tar --numeric-owner --owner=0 --group=0 -C "$root" -cf "$work/layer.tar" .
python3 - "$work" "$out" <<'PY'
import hashlib, json, os, sys, tarfile
work, out = sys.argv[1], sys.argv[2]
layer = os.path.join(work, "layer.tar")
digest = hashlib.sha256(open(layer, "rb").read()).hexdigest()
config = {
    "architecture": "amd64", "os": "linux",
    "config": {"Env": ["PATH=/opt/java/bin:/usr/local/bin:/usr/bin:/bin", "JAVA_HOME=/opt/java", "LANG=C.UTF-8"]},
    "rootfs": {"type": "layers", "diff_ids": ["sha256:" + digest]},
    "history": [{"created_by": "deploy/offline-base.sh (jlink of the build machine's JDK 17)"}],
}
cfg = json.dumps(config).encode()
cfg_name = hashlib.sha256(cfg).hexdigest() + ".json"
open(os.path.join(work, cfg_name), "wb").write(cfg)
manifest = [{"Config": cfg_name, "RepoTags": ["tryggve-offline-base:17"], "Layers": [digest + "/layer.tar"]}]
with tarfile.open(out, "w") as t:
    t.add(os.path.join(work, cfg_name), cfg_name)
    t.add(layer, digest + "/layer.tar")
    m = json.dumps(manifest).encode()
    mp = os.path.join(work, "manifest.json"); open(mp, "wb").write(m)
    t.add(mp, "manifest.json")
PY
echo "$out"
