#!/usr/bin/env python3
"""Structural check of the image tarball Jib writes (target/jib-image.tar, OCI or Docker format):
the manifest and config are readable, the user is not root, the entrypoint starts Tryggve's main
class, TRYGGVE_DATA_DIR is set and a volume, port 8080 is exposed, and the layers hold the
application (classes, dependencies, resources). With --rootfs DIR the layers are also unpacked
into DIR (for a start with chroot as the image's user; see docs/operations.md).
Usage: python3 deploy/verify-image.py [target/jib-image.tar] [--rootfs DIR]"""
import io
import json
import sys
import tarfile

args = [a for a in sys.argv[1:] if not a.startswith("--")]
path = args[0] if args else "target/jib-image.tar"
rootfs = sys.argv[sys.argv.index("--rootfs") + 1] if "--rootfs" in sys.argv else None
problems = []
tar = tarfile.open(path)
names = tar.getnames()


def read(name):
    return tar.extractfile(name).read()


def blob(digest):
    return "blobs/sha256/" + digest.split(":", 1)[1]


if "index.json" in names:  # OCI layout
    index = json.loads(read("index.json"))
    manifest = json.loads(read(blob(index["manifests"][0]["digest"])))
    config = json.loads(read(blob(manifest["config"]["digest"])))
    layers = [blob(l["digest"]) for l in manifest["layers"]]
    kind = "OCI"
else:  # docker save
    manifest = json.loads(read("manifest.json"))[0]
    config = json.loads(read(manifest["Config"]))
    layers = manifest["Layers"]
    kind = "Docker"

c = config["config"]
env = dict(e.split("=", 1) for e in c.get("Env", []))
user = c.get("User", "")
entry = c.get("Entrypoint") or []
print(f"format: {kind}, {len(layers)} layers")
print(f"user: {user}")
print(f"entrypoint: {' '.join(entry)}")
print(f"env TRYGGVE_DATA_DIR={env.get('TRYGGVE_DATA_DIR')}  PATH={env.get('PATH')}")
print(f"exposed ports: {list((c.get('ExposedPorts') or {}).keys())}, volumes: {list((c.get('Volumes') or {}).keys())}")

if not user or user.split(":")[0] in ("", "0", "root"):
    problems.append("runs as root")
if "se.tryggve.TryggveApplication" not in entry:
    problems.append("entrypoint does not start se.tryggve.TryggveApplication")
if env.get("TRYGGVE_DATA_DIR") != "/var/lib/tryggve":
    problems.append("TRYGGVE_DATA_DIR is not /var/lib/tryggve")
if "8080/tcp" not in (c.get("ExposedPorts") or {}):
    problems.append("port 8080 not exposed")
if "/var/lib/tryggve" not in (c.get("Volumes") or {}):
    problems.append("/var/lib/tryggve is not a volume")

files = set()
for layer in layers:
    data = read(layer)
    with tarfile.open(fileobj=io.BytesIO(data)) as lt:  # gzip or plain, detected
        files.update(n.lstrip("./") for n in lt.getnames())
        if rootfs:
            lt.extractall(rootfs, filter=lambda m, p: m) if sys.version_info >= (3, 12) else lt.extractall(rootfs)
wanted = ["app/classes/se/tryggve/TryggveApplication.class", "app/resources/application.yaml",
          "app/resources/templates/operations/system.html", "app/resources/META-INF/build-info.properties"]
for w in wanted:
    if w not in files:
        problems.append("missing in the layers: " + w)
libs = [f for f in files if f.startswith("app/libs/") and f.endswith(".jar")]
print(f"layers hold {len(files)} entries, {len(libs)} jars in /app/libs")
if not any("spring-boot-4" in l for l in libs) or not any("postgresql" in l for l in libs):
    problems.append("dependencies missing in /app/libs")
if problems:
    print("PROBLEMS:\n  " + "\n  ".join(problems))
    sys.exit(1)
print("OK")
